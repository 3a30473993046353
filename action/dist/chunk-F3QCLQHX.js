import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./chunk-DXW35SOZ.js";
import {
  RULES,
  RULES_BY_ID,
  ruleSuggestion
} from "./chunk-4UT3FWL7.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-E2OZFMTG.js";
import "./chunk-DSNISORP.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/explain.ts
var explainCommand = {
  name: "explain",
  help: `Usage: rollbook explain [rule] [options]

Without a rule, lists every policy rule with its default severity. With a rule id, prints
its rationale and what a passing plan looks like.

Options:
  --json      print as JSON
  -h, --help  show this help

Exit codes: 0 listed or explained, 2 bad usage (unknown option, unknown rule).`,
  options: { json: { type: "boolean" } },
  async run({ values, positionals }, io) {
    const [id, extra] = positionals;
    if (extra !== void 0) throw new UsageError("explain takes at most one rule id");
    if (id === void 0) {
      if (values.json) {
        io.stdout(
          `${JSON.stringify(
            RULES.map(({ check: _, ...rule2 }) => rule2),
            null,
            2
          )}
`
        );
        return EXIT.ok;
      }
      const width = Math.max(...RULES.map((r) => r.id.length));
      io.stdout(
        `${RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.title}`).join("\n")}
`
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
      io.stdout(`${JSON.stringify(rest, null, 2)}
`);
      return EXIT.ok;
    }
    io.stdout(
      `${rule.id} (${rule.defaultSeverity} by default)
${rule.title}

Why:
  ${rule.rationale}

How to pass:
  ${rule.fix}

Change its severity in rollbook.config.yaml (rules: {${rule.id}: warning}), or waive it in one plan
with \`waive: [{rule: ${rule.id}, reason: "\u2026"}]\`.
`
    );
    return EXIT.ok;
  }
};
export {
  explainCommand
};
