// Policy rule waiver-reason: every waiver (of a rule or a lesson) gives a reason of at least
// MIN_WAIVER_REASON_CHARS that is not a placeholder. Reported at the waiver's `reason`.
import type { Rule } from '../rule.ts';

export const MIN_WAIVER_REASON_CHARS = 15;
const PLACEHOLDER = /^\s*(n\/?a|none|todo|tbd|because|not needed|no|-+|\.+)\s*$/i;

export const waiverReason: Rule = {
  id: 'waiver-reason',
  title: 'A waiver explains itself',
  defaultSeverity: 'error',
  rationale:
    'Waivers are how a plan says "this rule does not fit here". Without a reason, the next reader cannot tell a considered exception from a silenced warning, and lessons get skipped by habit.',
  fix: `Write a reason of at least ${MIN_WAIVER_REASON_CHARS} characters saying why the rule or lesson does not apply.`,
  check(plan) {
    return (plan.waive ?? []).flatMap((waiver, i) =>
      waiver.reason.trim().length < MIN_WAIVER_REASON_CHARS || PLACEHOLDER.test(waiver.reason)
        ? [
            {
              path: ['waive', i, 'reason'],
              message: `the waiver of ${waiver.rule ? `rule "${waiver.rule}"` : `lesson "${waiver.lesson}"`} gives no real reason`,
              expected: `a reason of at least ${MIN_WAIVER_REASON_CHARS} characters`,
              hint: 'say what makes this plan different, e.g. "read-only config, no user traffic"',
            },
          ]
        : [],
    );
  },
};
