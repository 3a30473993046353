import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { lintPlan } from '../../src/lint/lint.ts';
import type { RuleSeverity } from '../../src/lint/rule.ts';
import { parsePlan } from '../../src/plan/parse.ts';

/** Parse + cross-reference + lint, as `rollbook validate` does for one file. */
export function checkText(
  text: string,
  severities?: Record<string, RuleSeverity>,
  file = 'plan.rollout.yaml',
): Diagnostic[] {
  const parsed = parsePlan(text, file);
  return [
    ...parsed.diagnostics,
    ...lintPlan(parsed, { start: '2026-11-23', noFridays: true, ...(severities ? { severities } : {}) }),
  ];
}
