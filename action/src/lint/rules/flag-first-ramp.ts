// The first time a flag meets real users, it meets a few of them. "First" is measured on the
// whole population: a stage counts by its unit (`of`), so 100% of one cell that carries 6% of
// traffic is a 6% start, not a full one (docs/adr/0030-facts-units-and-reversibility.md).
import { rampExposure, rampText } from '../../plan/audience.ts';
import type { Rule, RuleFinding } from '../rule.ts';

export const FULL_ROLLOUT_PERCENT = 100;

export const flagFirstRamp: Rule = {
  id: 'flag-first-ramp',
  title: 'No flag goes straight to 100% of users',
  defaultSeverity: 'error',
  rationale:
    'The first activation is when unknown bugs meet real traffic. Turning a flag on for everyone at once skips the small cohort (employees, a few percent) whose problems are cheap to find and fix. What counts is the share of the whole population: 100% of one small cell is a small start.',
  fix: "In the first canary or production phase that turns the flag on, start the ramp with a small cohort, e.g. `ramp: [{percent: 1, of: users, cohort: employees}, {percent: 5, of: users}]`, and grow it over phases. A stage that counts within the phase's targets (`of: targets`) needs the phase sized: an `audience` or targets with a `share`.",
  check(plan) {
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    plan.phases.forEach((phase, p) => {
      // Test environments have no users to protect: 100% there is how the feature is tested.
      if (phase.environment !== 'canary' && phase.environment !== 'production') return;
      phase.steps.forEach((step, s) => {
        if (step.flag === undefined || step.ramp === undefined || seen.has(step.flag)) return;
        seen.add(step.flag);
        const first = step.ramp[0];
        if (!first) return;
        const reach = rampExposure(phase, first);
        const path = ['phases', p, 'steps', s, 'ramp', 0, 'percent'];
        if (reach.overall === undefined) {
          if (first.percent < FULL_ROLLOUT_PERCENT) return;
          out.push({
            path,
            message: `flag "${step.flag}" is first turned on for ${rampText(first)} in phase "${phase.id}", and the plan does not say how much of the whole population those targets are`,
            expected:
              'a phase `audience` (e.g. `6% of requests`) or targets with a `share`, so the first stage can be sized',
            hint: 'give each target its share, e.g. `targets: [{name: shard-07, kind: cell, share: 6%}]`',
          });
          return;
        }
        if (reach.overall >= FULL_ROLLOUT_PERCENT) {
          const scaled = reach.of === 'targets' ? `, which is all of ${phase.id}'s population` : '';
          out.push({
            path,
            message: `flag "${step.flag}" is first turned on at ${rampText(first)} in phase "${phase.id}"${scaled}`,
            expected: 'a first ramp stage that reaches part of the population, for a small cohort',
            hint: 'start with employees or 1%, then grow the ramp in later stages or phases',
          });
        }
      });
    });
    return out;
  },
};
