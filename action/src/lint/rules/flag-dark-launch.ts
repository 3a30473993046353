// Policy rule flag-dark-launch: every flag ships with `default: off`; one shipped on is reported
// at its `default`.
import type { Rule } from '../rule.ts';

export const flagDarkLaunch: Rule = {
  id: 'flag-dark-launch',
  title: 'Flags ship dark',
  defaultSeverity: 'error',
  rationale:
    'Deploying code with its feature off makes the binary rollout a no-op: if the deploy goes wrong it is a plain revert, and the feature is turned on later, gradually, by a switch that can be flipped back in seconds.',
  fix: 'Set `default: off` on the flag (or leave it out: off is the default) and turn it on with flag steps.',
  check(plan) {
    return (plan.flags ?? []).flatMap((flag, i) =>
      flag.default === 'on'
        ? [
            {
              path: ['flags', i, 'default'],
              message: `flag "${flag.key}" ships turned on`,
              expected: '`default: off` (dark launch)',
              hint: 'ship it off and add a flag step with a ramp',
            },
          ]
        : [],
    );
  },
};
