// What cannot be undone needs a way forward and a person who agreed to it. An irreversible phase
// or step (shipped app binaries, a dropped column, a GA feature gate) gets no rollback, so it must
// come with a roll-forward plan (or, for a migration, a kept backup) and a sign-off gate in its phase.
import { isGateOfKind } from '../../plan/gate-kind.ts';
import { isMarkedIrreversible, rollForwardOf } from '../../plan/reversibility.ts';
import type { Phase, RolloutPlan, Step } from '../../plan/schema.ts';
import { signoffGateHint } from '../plan-facts.ts';
import type { Rule, RuleFinding } from '../rule.ts';

/** A migration step whose migration keeps a backup can be restored from it. */
function hasBackup(plan: RolloutPlan, step: Step): boolean {
  if (step.kind !== 'migration' || step.migration === undefined) return false;
  const migration = (plan.compatibility?.migrations ?? []).find((m) => m.id === step.migration);
  return migration?.backup !== undefined;
}

function phaseHasSignoff(phase: Phase): boolean {
  return (phase.gates ?? []).some((gate) => isGateOfKind(gate, 'signoff'));
}

export const irreversibleRollForward: Rule = {
  id: 'irreversible-roll-forward',
  title: 'What cannot be undone has a roll-forward plan and a sign-off',
  defaultSeverity: 'error',
  rationale:
    'Some changes cannot be rolled back: installed app builds stay on phones, a dropped column is gone, a GA feature gate cannot be disabled. When one goes wrong the only way out is forward, and deciding how under pressure is slow. Writing the roll-forward plan (or keeping a backup to restore) beforehand, and having a person sign off before the point of no return, is what makes such a step safe to take.',
  fix: 'Give the irreversible phase or step `rollForward: {do: "…", command: "…"}` (a migration step may instead rely on its migration\'s `backup:`), and add a `{signoff: ["@team/approvers"], count: 1}` gate to its phase.',
  check(plan) {
    const out: RuleFinding[] = [];
    (plan.phases ?? []).forEach((phase, p) => {
      const phaseMarked = isMarkedIrreversible(phase);
      const phasePlan = rollForwardOf(phase);
      if (phaseMarked && !phasePlan && !(phase.steps ?? []).some((step) => hasBackup(plan, step))) {
        out.push({
          path: ['phases', p, 'irreversible'],
          message: `phase "${phase.id}" cannot be undone and has no roll-forward plan`,
          expected:
            '`rollForward:` saying what to fix and ship forward, or a migration step whose migration keeps a `backup:`',
          hint: 'add `rollForward: {do: "Ship the fix as …", command: "…"}` to the phase',
        });
      }
      const marked: number[] = [];
      (phase.steps ?? []).forEach((step, s) => {
        if (!isMarkedIrreversible(step)) return;
        marked.push(s);
        if (rollForwardOf(step) || phasePlan || hasBackup(plan, step)) return;
        const migration =
          step.migration === undefined
            ? undefined
            : (plan.compatibility?.migrations ?? []).find((m) => m.id === step.migration);
        out.push({
          path: ['phases', p, 'steps', s, 'irreversible'],
          message: `step "${step.id}" in phase "${phase.id}" cannot be undone and has neither a roll-forward plan nor a backup`,
          expected: migration
            ? `\`rollForward:\` on the step or its phase, or \`backup:\` on migration "${migration.id}"`
            : '`rollForward:` on the step or its phase',
          hint: 'add `rollForward: {do: "…", command: "…"}` right under the step',
        });
      });
      if ((phaseMarked || marked.length > 0) && !phaseHasSignoff(phase)) {
        const path = phaseMarked ? ['phases', p, 'irreversible'] : ['phases', p, 'steps', marked[0]!, 'irreversible'];
        out.push({
          path,
          // A sign-off gate cut for a schema error (a handle without its @) may have been the one.
          restsOn: ['phases', p, 'gates'],
          message: `phase "${phase.id}" does something that cannot be undone without a sign-off gate`,
          expected: 'a `signoff:` gate in the phase, so a person agrees before the point of no return',
          hint: signoffGateHint(plan),
        });
      }
    });
    return out;
  },
};
