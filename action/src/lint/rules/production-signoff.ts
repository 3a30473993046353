// Policy rule production-signoff: a canary or production phase has a `signoff:` gate. Reported at
// the phase's `gates:` key, or its id without gates; the hint offers the plan's first owner.
import { isGateOfKind } from '../../plan/gate-kind.ts';
import { signoffGateHint } from '../plan-facts.ts';
import type { Rule } from '../rule.ts';

export const productionSignoff: Rule = {
  id: 'production-signoff',
  title: 'Canary and production phases need a human sign-off',
  defaultSeverity: 'error',
  rationale:
    'Metrics catch what someone thought to measure. Before real users are exposed, a person who can see the whole picture (support tickets, upcoming events, other rollouts) confirms the move.',
  fix: 'Add a gate `{signoff: ["@team/approvers"], count: 1}` to each canary and production phase.',
  check(plan) {
    return plan.phases.flatMap((phase, p) =>
      (phase.environment === 'canary' || phase.environment === 'production') &&
      !(phase.gates ?? []).some((g) => isGateOfKind(g, 'signoff'))
        ? [
            {
              // At its gates, where one is added; and a gate cut for a schema error (a handle
              // without its @) may have been the sign-off, so the finding is then left out.
              path: ['phases', p, phase.gates ? 'gates' : 'id'],
              anchor: 'key' as const,
              message: `phase "${phase.id}" reaches ${phase.environment} without a sign-off gate`,
              expected: 'a `signoff:` gate',
              hint: signoffGateHint(plan),
            },
          ]
        : [],
    );
  },
};
