import type { Rule, RuleFinding } from '../rule.ts';

export const FULL_ROLLOUT_PERCENT = 100;

export const flagFirstRamp: Rule = {
  id: 'flag-first-ramp',
  title: 'No flag goes straight to 100% of users',
  defaultSeverity: 'error',
  rationale:
    'The first activation is when unknown bugs meet real traffic. Turning a flag on for everyone at once skips the small cohort (employees, a few percent) whose problems are cheap to find and fix.',
  fix: 'In the first canary or production phase that turns the flag on, start the ramp with a small cohort, e.g. `ramp: [{percent: 1, cohort: employees}, {percent: 5}]`, and grow it over phases.',
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
        if (first && first.percent >= FULL_ROLLOUT_PERCENT) {
          out.push({
            path: ['phases', p, 'steps', s, 'ramp', 0, 'percent'],
            message: `flag "${step.flag}" is first turned on at ${first.percent}% in phase "${phase.id}"`,
            expected: 'a first ramp stage below 100%, for a small cohort',
            hint: 'start with employees or 1%, then grow the ramp in later stages or phases',
          });
        }
      });
    });
    return out;
  },
};
