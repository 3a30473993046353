// A policy rule: a stable id, a default severity, why it exists, and a pure check.
import type { Finding } from '../plan/crossref.ts';
import type { RolloutPlan } from '../plan/schema.ts';

export type RuleSeverity = 'error' | 'warning' | 'off';

/** Stricter severities rank higher. */
export const SEVERITY_RANK: Readonly<Record<RuleSeverity, number>> = { off: 0, warning: 1, error: 2 };

export interface LintContext {
  /** First day of the rollout for calendar-based rules, YYYY-MM-DD. */
  start: string;
  noFridays: boolean;
}

export type RuleFinding = Omit<Finding, 'code'>;

export interface Rule {
  id: string;
  title: string;
  defaultSeverity: Exclude<RuleSeverity, 'off'>;
  /** Why the rule exists: the failure it prevents. Printed by `rollbook explain`. */
  rationale: string;
  /** What a passing plan looks like. */
  fix: string;
  /**
   * Parts of the plan whose entries the rule weighs against each other (the order of phases, the
   * set of metrics). On a plan with schema errors, whose invalid parts are left out
   * (plan/salvage.ts), the rule runs only when nothing was left out of these: a missing staging
   * phase would make it report what is not so.
   */
  comparesAcross?: readonly (keyof RolloutPlan)[];
  check(plan: RolloutPlan, context: LintContext): RuleFinding[];
}
