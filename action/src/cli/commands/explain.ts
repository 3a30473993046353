// `rollbook explain`: the policy rules from lint/rules.ts, listed with their default severity, or
// one rule's rationale and fix (a did-you-mean for an unknown id). Reads nothing but the catalogue.
import { RULES, RULES_BY_ID } from '../../lint/rules.ts';
import { ruleSuggestion } from '../../lint/unknown-rule.ts';
import { type Command, EXIT, UsageError } from '../command.ts';

export const explainCommand: Command = {
  name: 'explain',
  help: `Usage: rollbook explain [rule] [options]

Without a rule, lists every policy rule with its default severity. With a rule id, prints
its rationale and what a passing plan looks like.

Options:
  --json      print as JSON
  -h, --help  show this help

Exit codes: 0 listed or explained, 2 bad usage (unknown option, unknown rule).`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const [id, extra] = positionals;
    if (extra !== undefined) throw new UsageError('explain takes at most one rule id');
    if (id === undefined) {
      if (values.json) {
        io.stdout(
          `${JSON.stringify(
            RULES.map(({ check: _, ...rule }) => rule),
            null,
            2,
          )}\n`,
        );
        return EXIT.ok;
      }
      const width = Math.max(...RULES.map((r) => r.id.length));
      io.stdout(
        `${RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.title}`).join('\n')}\n`,
      );
      return EXIT.ok;
    }
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      const suggestion = ruleSuggestion(id);
      throw new UsageError(`unknown rule "${id}": ${suggestion ?? "'rollbook explain' lists the rules"}`);
    }
    if (values.json) {
      const { check: _, ...rest } = rule;
      io.stdout(`${JSON.stringify(rest, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout(
      `${rule.id} (${rule.defaultSeverity} by default)\n${rule.title}\n\nWhy:\n  ${rule.rationale}\n\nHow to pass:\n  ${rule.fix}\n\nChange its severity in rollbook.config.yaml (rules: {${rule.id}: warning}), or waive it in one plan\nwith \`waive: [{rule: ${rule.id}, reason: "…"}]\`.\n`,
    );
    return EXIT.ok;
  },
};
