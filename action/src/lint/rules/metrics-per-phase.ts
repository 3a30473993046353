// Policy rule metrics-per-phase: a phase gates on at most MAX_METRICS_PER_PHASE distinct metrics,
// so each gate is one someone would act on. Reported at the phase's `gates:` key.
import { metricGates } from '../plan-facts.ts';
import type { Rule } from '../rule.ts';

export const MAX_METRICS_PER_PHASE = 12;

export const metricsPerPhase: Rule = {
  id: 'metrics-per-phase',
  title: `At most ${MAX_METRICS_PER_PHASE} metrics per phase`,
  defaultSeverity: 'warning',
  rationale:
    'Every extra metric is another chance of a false alarm and another number a tired person must read. A phase gated on dozens of metrics is either always red or ignored; choose the few that decide.',
  fix: `Keep at most ${MAX_METRICS_PER_PHASE} distinct metrics in a phase's gates; move the rest to dashboards.`,
  check(plan) {
    return plan.phases.flatMap((phase, p) => {
      const distinct = new Set(metricGates(phase).map((g) => g.metric));
      return distinct.size > MAX_METRICS_PER_PHASE
        ? [
            {
              path: ['phases', p, 'gates'],
              anchor: 'key' as const,
              message: `phase "${phase.id}" gates on ${distinct.size} metrics`,
              expected: `at most ${MAX_METRICS_PER_PHASE}`,
              hint: 'keep the metrics that would make you stop, and watch the rest on a dashboard',
            },
          ]
        : [];
    });
  },
};
