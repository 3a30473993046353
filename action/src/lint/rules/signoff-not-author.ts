// Policy rule signoff-not-author: a sign-off gate names at least one approver besides the change's
// author (`metadata.author`, else the plan's owners: selfHandles). Reported at the gate's `signoff`.
import { isGateOfKind } from '../../plan/gate-kind.ts';
import { selfHandles } from '../plan-facts.ts';
import type { Rule, RuleFinding } from '../rule.ts';

export const signoffNotAuthor: Rule = {
  id: 'signoff-not-author',
  title: 'A sign-off is not only by the author',
  defaultSeverity: 'error',
  rationale:
    'A sign-off is a second pair of eyes. When the only approver is the person who wrote the change, the gate records a decision nobody else checked.',
  fix: 'List an approver other than the author (metadata.author, or the owners when no author is set), e.g. a team such as @acme/sre-leads.',
  check(plan) {
    const self = selfHandles(plan);
    const out: RuleFinding[] = [];
    for (const [p, phase] of plan.phases.entries()) {
      for (const [g, gate] of (phase.gates ?? []).entries()) {
        if (!isGateOfKind(gate, 'signoff')) continue;
        if (gate.signoff.every((h) => self.has(h.toLowerCase()))) {
          out.push({
            path: ['phases', p, 'gates', g, 'signoff'],
            message: `the sign-off in phase "${phase.id}" can only come from the change's own author (${gate.signoff.join(', ')})`,
            expected: 'at least one approver who is not the author',
            hint: 'add a reviewer or team, e.g. `signoff: ["@acme/sre-leads"]`',
          });
        }
      }
    }
    return out;
  },
};
