// A KPI that is to be reviewed against its metric (`metric` and `reviewAfter`) must have an
// `expect` the review can read (plan/expect.ts); free text elsewhere stays a note.
import { kpiThreshold } from '../../plan/kpi-threshold.ts';
import type { Rule, RuleFinding } from '../rule.ts';

export const kpiMeasurable: Rule = {
  id: 'kpi-measurable',
  title: 'A reviewed KPI has a measurable expectation',
  defaultSeverity: 'warning',
  rationale:
    'The KPI review measures each KPI that has a metric and a `reviewAfter`, and compares it with `expect`. Free text such as "better than before" cannot be compared, so the review would report "not measurable" and nobody would learn whether the rollout paid off.',
  fix: 'Start `expect` with a comparison and a number in the metric\'s unit: ">= 99.5%", "<= 12 ms", or a change against the baseline such as "-20%". Text after the number is kept as a note.',
  check(plan) {
    const out: RuleFinding[] = [];
    plan.story.impact.forEach((impact, i) => {
      if (impact.metric === undefined || impact.reviewAfter === undefined) return;
      const reading = kpiThreshold(impact, plan.metrics);
      if (reading.measurable) return;
      out.push({
        path: ['story', 'impact', i, 'expect'],
        message: `the review of "${impact.kpi}" cannot measure its expectation: ${reading.reason}`,
        expected: 'a comparison and a number, such as ">= 99.5%", "<= 12 ms" or "-20%"',
        hint: reading.hint,
      });
    });
    return out;
  },
};
