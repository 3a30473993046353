// A ramp inside a phase (`stages:`) climbs to the phase's audience and waits at every stage.
// Stages that go down are a schema-level error (plan/stages.ts); this rule is the policy part.
import { parseAudience } from '../../plan/audience.ts';
import type { Rule, RuleFinding } from '../rule.ts';

export const rampStages: Rule = {
  id: 'ramp-stages',
  title: "A ramp's stages grow, wait, and end at the phase's audience",
  defaultSeverity: 'warning',
  rationale:
    "A stage exists to stop and look before more people are exposed. A stage that neither holds nor pauses is passed straight through; one that repeats the last share for the same cohort exposes nobody new; a ramp that stops short of the phase's audience (or overshoots it) leaves the runbook, the calendar and the gate report describing a different rollout from the one that happens.",
  fix: 'Give every stage but the last a `hold:` (e.g. `10m`) or a `pause:`, make each stage reach a larger share, and end at the `audience:` of the phase.',
  check(plan) {
    const out: RuleFinding[] = [];
    plan.phases.forEach((phase, p) => {
      const stages = phase.stages ?? [];
      stages.forEach((stage, s) => {
        const path = ['phases', p, 'stages', s];
        if (s < stages.length - 1 && stage.hold === undefined && stage.pause === undefined) {
          out.push({
            path,
            message: `stage ${s + 1} of phase "${phase.id}" (${stage.percent}%) neither holds nor pauses`,
            expected: '`hold:` with a duration, or `pause:` saying what a person checks',
            hint: 'add `hold: 10m`, or drop the stage',
          });
        }
        const before = stages[s - 1];
        if (before && stage.percent === before.percent && stage.cohort === before.cohort) {
          out.push({
            path: [...path, 'percent'],
            message: `stage ${s + 1} of phase "${phase.id}" stays at ${stage.percent}% for the same cohort`,
            expected: 'a larger share than the stage before, or another cohort',
            hint: 'merge the two stages: one stage can hold and then pause',
          });
        }
      });
      const last = stages.at(-1);
      const audience = parseAudience(phase.audience)?.percent;
      if (last && audience !== undefined && last.percent !== audience) {
        out.push({
          path: ['phases', p, 'stages', stages.length - 1, 'percent'],
          message: `the last stage of phase "${phase.id}" reaches ${last.percent}%, but the phase's audience is ${phase.audience}`,
          expected: `a last stage at ${audience}%`,
          hint: 'end the ramp at the audience, or change `audience:` to what the phase really reaches',
        });
      }
    });
    return out;
  },
};
