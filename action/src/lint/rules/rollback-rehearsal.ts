// Policy rule rollback-rehearsal: every phase says in `rehearsal:` how its rollback is drilled;
// reported at the phase's id.
import type { Rule } from '../rule.ts';

export const rollbackRehearsal: Rule = {
  id: 'rollback-rehearsal',
  title: 'Every phase rehearses its rollback',
  defaultSeverity: 'error',
  rationale:
    'A rollback that was never run is a hypothesis. Rollbacks fail on expired credentials, missing old artifacts, schema changes and forgotten manual steps; rehearsing in each phase finds that before production needs it.',
  fix: 'Add `rehearsal:` to each phase: how and when its rollback is exercised (e.g. "roll back and forward once in staging before the bake starts").',
  check(plan) {
    return plan.phases.flatMap((phase, p) =>
      phase.rehearsal === undefined
        ? [
            {
              path: ['phases', p, 'id'],
              message: `phase "${phase.id}" does not say how its rollback is rehearsed`,
              expected: '`rehearsal:` describing the rollback drill',
              hint: 'e.g. `rehearsal: "Run the rollback steps on one canary host, then roll forward again"`',
            },
          ]
        : [],
    );
  },
};
