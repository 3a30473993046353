// Policy rule phase-bake: every phase has a `bake:` above zero. A missing bake is reported at the
// phase's id, a zero one at the bake.
import { parseDuration } from '../../plan/duration.ts';
import type { Rule } from '../rule.ts';

export const phaseBake: Rule = {
  id: 'phase-bake',
  title: 'Every phase has a bake time',
  defaultSeverity: 'error',
  rationale:
    'Many regressions need time or load to show: leaks, slow queues, daily batch jobs, the Monday peak. A bake time makes the rollout wait long enough for the metrics to mean something before the blast radius grows.',
  fix: 'Add `bake: 24h` (or what the phase needs) to the phase.',
  check(plan) {
    return plan.phases.flatMap((phase, p) => {
      if (phase.bake === undefined) {
        return [
          {
            path: ['phases', p, 'id'],
            message: `phase "${phase.id}" has no bake time`,
            expected: '`bake:` with a duration',
            hint: 'add `bake: 24h`; a day covers the daily traffic cycle',
          },
        ];
      }
      return parseDuration(phase.bake) === 0
        ? [
            {
              path: ['phases', p, 'bake'],
              message: `phase "${phase.id}" bakes for zero time`,
              expected: 'a duration above zero',
            },
          ]
        : [];
    });
  },
};
