// Policy rule phase-gate: every phase has at least one gate of any kind; reported at the phase's id.
import type { Rule } from '../rule.ts';

export const phaseGate: Rule = {
  id: 'phase-gate',
  title: 'Every phase has at least one gate',
  defaultSeverity: 'error',
  rationale:
    'A gate is the condition for moving on. Without one, promotion is a feeling: the rollout ramps past a bad metric because nothing said stop.',
  fix: 'Add `gates:` with at least one metric threshold, check, sign-off or manual condition.',
  check(plan) {
    return plan.phases.flatMap((phase, p) =>
      (phase.gates ?? []).length > 0
        ? []
        : [
            {
              path: ['phases', p, 'id'],
              message: `phase "${phase.id}" has no gates`,
              expected: 'at least one gate: metric, check, signoff or manual',
              hint: 'add e.g. `gates: [{metric: error_rate, max: 0.001}]`',
            },
          ],
    );
  },
};
