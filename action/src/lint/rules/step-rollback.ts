// Policy rule step-rollback: every step has a rollback that is a real way back. Test steps and
// steps marked irreversible (which irreversible-roll-forward covers) are exempt. A missing
// rollback is reported at the step's id, one that says there is none at its `rollback`.
import { isMarkedIrreversible } from '../../plan/reversibility.ts';
import type { Rule, RuleFinding } from '../rule.ts';

const NO_ROLLBACK = /^\s*(none|n\/?a|no|-+|tbd|todo|nothing|not possible)\s*\.?\s*$/i;

export const stepRollback: Rule = {
  id: 'step-rollback',
  title: 'Every step has its own rollback',
  defaultSeverity: 'error',
  rationale:
    'Rollback is the first response to a bad rollout, and it is decided under pressure. A step without a written rollback is the one nobody knows how to undo at 3 a.m.; "we will figure it out" turns a five-minute revert into an outage.',
  fix: 'Give each step that changes something (every kind but `test`) `rollback: "How to undo it"` or `rollback: {do: ..., command: ...}`. If a step truly cannot be undone, mark it `irreversible:` and give its `rollForward:` plan (see irreversible-roll-forward).',
  check(plan) {
    const out: RuleFinding[] = [];
    for (const [p, phase] of plan.phases.entries()) {
      for (const [s, step] of phase.steps.entries()) {
        const text = typeof step.rollback === 'string' ? step.rollback : step.rollback?.do;
        // A test step only reads (runs checks, compares output); there is nothing to undo.
        if (text === undefined && step.kind === 'test') continue;
        // An irreversible step has no rollback by definition: irreversible-roll-forward asks
        // for its roll-forward plan instead.
        if (isMarkedIrreversible(step)) continue;
        if (text === undefined) {
          out.push({
            path: ['phases', p, 'steps', s, 'id'],
            message: `step "${step.id}" in phase "${phase.id}" has no rollback`,
            expected: 'a `rollback:` describing how to undo this step',
            hint: 'add `rollback: {do: "…", command: "…"}` right under the step',
          });
        } else if (NO_ROLLBACK.test(text)) {
          out.push({
            path: ['phases', p, 'steps', s, 'rollback'],
            message: `step "${step.id}" says it has no rollback ("${text.trim()}")`,
            expected: 'a real way back, or what limits the damage',
            hint: 'put the irreversible part behind a flag or keep the old data; if it truly cannot be undone, mark it `irreversible:` with a `rollForward:` plan',
          });
        }
      }
    }
    return out;
  },
};
