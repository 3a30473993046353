// Policy rule migration-safety: each data migration under `compatibility.migrations` says how it is
// throttled, what backup it keeps and how readers cope with the mixed state. One finding per
// missing part, at the migration's id.
import type { Rule, RuleFinding } from '../rule.ts';

export const migrationSafety: Rule = {
  id: 'migration-safety',
  title: 'A data migration is throttled and backed up',
  defaultSeverity: 'error',
  rationale:
    'An unthrottled migration competes with live traffic and can take the service down by itself; a migration without a kept backup cannot be rolled back once it has rewritten data, and corruption copies to every replica.',
  fix: 'Give each migration `throttle:` (a rate), `backup: {what, keepFor}`, and say in `mixedState:` how the service behaves while data is half migrated.',
  check(plan) {
    const out: RuleFinding[] = [];
    (plan.compatibility.migrations ?? []).forEach((migration, i) => {
      const at = ['compatibility', 'migrations', i, 'id'];
      if (migration.throttle === undefined) {
        out.push({
          path: at,
          message: `migration "${migration.id}" has no throttle`,
          expected: '`throttle:` with a rate limit',
          hint: 'add e.g. `throttle: 500 rows/s per shard, paused above 70% CPU`',
        });
      }
      if (migration.backup === undefined) {
        out.push({
          path: at,
          message: `migration "${migration.id}" keeps no backup`,
          expected: '`backup: {what: …, keepFor: …}`',
          hint: 'take a snapshot before the first batch and keep it until the contract stage is done',
        });
      }
      if (migration.mixedState === undefined) {
        out.push({
          path: at,
          message: `migration "${migration.id}" does not say how the half-migrated state is handled`,
          expected: '`mixedState:` describing reads and writes while data is part old, part new',
          hint: 'e.g. "readers try the new table first and fall back to the old one"',
        });
      }
    });
    return out;
  },
};
