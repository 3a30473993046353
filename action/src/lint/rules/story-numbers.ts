// Policy rule story-numbers: the KPI story's `size` and each impact's `expect` hold a number, so
// the rollout's success can be measured. Reported at the text without one.
import type { Rule, RuleFinding } from '../rule.ts';

const HAS_NUMBER = /[0-9]/;

export const storyNumbers: Rule = {
  id: 'story-numbers',
  title: 'The KPI story has numbers',
  defaultSeverity: 'warning',
  rationale:
    '"Faster" and "more reliable" cannot be checked after the rollout. A problem sized in numbers and an impact stated as a number is how the team learns whether the rollout was worth its risk.',
  fix: 'Put a number in `story.size` and in each `story.impact[].expect` (and baseline).',
  check(plan) {
    const out: RuleFinding[] = [];
    if (!HAS_NUMBER.test(plan.story.size)) {
      out.push({
        path: ['story', 'size'],
        message: 'the size of the problem has no number',
        expected: 'a measured size, e.g. "4.2% of rides, 18,000 a day"',
      });
    }
    plan.story.impact.forEach((impact, i) => {
      if (!HAS_NUMBER.test(impact.expect)) {
        out.push({
          path: ['story', 'impact', i, 'expect'],
          message: `the expected impact on "${impact.kpi}" has no number`,
          expected: 'a target such as ">= 0.98" or "-20% p99"',
        });
      }
    });
    return out;
  },
};
