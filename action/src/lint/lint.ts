// Runs the policy rules over a schema-valid plan, or over the valid rest of one with schema errors
// (plan/salvage.ts): findings there are mapped back to the file, and those about a removed part
// are left out. Severity comes from, in order: the rule's
// default, the repo config, then the plan's own waivers (which must carry a reason), and last
// any lesson guard raising the rule, which only a lesson waiver can lift. What the lessons say
// about the plan comes in as a LessonLint (lessons/lint-guards.ts lessonLintOf builds it), so
// lint does not depend on lessons.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { findingToDiagnostic, type ParsedPlan } from '../plan/parse.ts';
import { findingInFile } from '../plan/salvage.ts';
import type { Freeze } from '../plan/schema.ts';
import { type LintContext, type Rule, type RuleFinding, type RuleSeverity, SEVERITY_RANK } from './rule.ts';
import { RULES, RULES_BY_ID } from './rules.ts';
import { RULE_ID_EXPECTED, unknownRuleHint } from './unknown-rule.ts';

/** A lesson guard raising a rule: findings of the rule get at least this severity. */
export interface RaiseHit {
  to: 'warning' | 'error';
  lesson: { id: string; title: string };
  key: string;
}

/** What the repository's lessons say about one plan: their own findings, and floors under rule severities. */
export interface LessonLint {
  diagnostics: Diagnostic[];
  /** Rules some guard raises in this plan: lint must run them even when configured off. */
  raisedRules: ReadonlySet<string>;
  /**
   * The strictest raise of `rule` in a phase (or, for findings outside any phase, in any phase
   * where it is not waived). Undefined when no lesson guards this rule here.
   */
  raiseFor(rule: string, phaseId: string | undefined): RaiseHit | undefined;
  /** Lead-in freezes the lessons' freeze guards add to this plan; calendar rules count them. */
  guardFreezes?: readonly Freeze[];
}

export interface LintOptions extends LintContext {
  /** Per-repo severities from rollbook.config.yaml. */
  severities?: Readonly<Record<string, RuleSeverity>>;
  /** What the repository's lessons say about this plan. Without it, lesson waivers and guards are not checked. */
  lessons?: LessonLint;
}

/** The severity after a lesson's floor: a raise only ever makes a finding stricter. */
function withFloor(severity: RuleSeverity, raise: RaiseHit | undefined): RuleSeverity {
  return raise && SEVERITY_RANK[raise.to] > SEVERITY_RANK[severity] ? raise.to : severity;
}

function phaseIndexOf(finding: RuleFinding): number | undefined {
  return finding.path[0] === 'phases' && typeof finding.path[1] === 'number' ? finding.path[1] : undefined;
}

/** Was anything left out of the parts `rule` weighs against each other? (`removedParts`: the top-level keys something was removed from.) */
function comparesRemoved(rule: Rule, removedParts: ReadonlySet<unknown>): boolean {
  return (rule.comparesAcross ?? []).some((part) => removedParts.has(part));
}

export function lintPlan(parsed: ParsedPlan, options: LintOptions): Diagnostic[] {
  const { locator, salvaged } = parsed;
  const plan = parsed.plan ?? salvaged?.plan;
  if (!plan || !locator) return [];
  const toFile = (finding: RuleFinding): RuleFinding | undefined =>
    !salvaged || parsed.plan ? finding : findingInFile(salvaged, finding);
  const out: Diagnostic[] = [];
  const waivers = plan.waive ?? [];
  const { lessons } = options;
  if (lessons) out.push(...lessons.diagnostics);
  const context: LintContext = lessons?.guardFreezes ? { ...options, guardFreezes: lessons.guardFreezes } : options;
  waivers.forEach((waiver, w) => {
    const finding = toFile({ path: ['waive', w, 'rule'], message: '' });
    if (finding && waiver.rule !== undefined && !RULES_BY_ID.has(waiver.rule)) {
      out.push(
        findingToDiagnostic(
          {
            path: finding.path,
            code: 'ref/unknown-rule',
            message: `waiver names rule "${waiver.rule}", which does not exist`,
            expected: RULE_ID_EXPECTED,
            hint: unknownRuleHint(waiver.rule),
          },
          parsed.file,
          locator,
          'error',
        ),
      );
    }
  });
  const removedParts = !parsed.plan && salvaged ? new Set<unknown>(salvaged.removed.map((path) => path[0])) : undefined;
  for (const rule of RULES) {
    const configured = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (configured === 'off' && !lessons?.raisedRules.has(rule.id)) continue;
    if (removedParts && comparesRemoved(rule, removedParts)) continue;
    for (const found of rule.check(plan, context)) {
      const finding = toFile(found);
      if (!finding) continue;
      // The phase id, from the plan the rule saw (a salvaged plan's phases are renumbered).
      const seenIndex = phaseIndexOf(found);
      const phaseId = seenIndex === undefined ? undefined : plan.phases[seenIndex]?.id;
      const waiver = waivers.find(
        (w) => w.rule === rule.id && (w.phases === undefined || (phaseId !== undefined && w.phases.includes(phaseId))),
      );
      const raise = lessons?.raiseFor(rule.id, phaseId);
      const severity = withFloor(waiver ? (waiver.severity ?? 'off') : configured, raise);
      if (severity === 'off') continue;
      const diagnostic = findingToDiagnostic({ ...finding, code: rule.id }, parsed.file, locator, severity);
      if (diagnostic.hint === undefined) diagnostic.hint = `see \`rollbook explain ${rule.id}\``;
      if (raise) diagnostic.lesson = raise.lesson;
      out.push(diagnostic);
    }
  }
  return out;
}
