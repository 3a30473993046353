// A policy rule: a stable id, a default severity, why it exists, and a pure check.
import type { Finding } from '../plan/finding.ts';
import type { DataPath } from '../plan/locate.ts';
import type { Freeze, RolloutPlan } from '../plan/schema.ts';

export type RuleSeverity = 'error' | 'warning' | 'off';

/** Stricter severities rank higher. */
export const SEVERITY_RANK: Readonly<Record<RuleSeverity, number>> = { off: 0, warning: 1, error: 2 };

export interface LintContext {
  /** Start of the rollout for calendar-based rules: YYYY-MM-DD, or a time with Z or an offset. */
  start: string;
  noFridays: boolean;
  /** No phase starts on a Saturday or Sunday. Default: as noFridays. */
  noWeekends?: boolean;
  /** Lead-in freezes lessons add to this plan (lessons/freeze-guard.ts); calendar rules count them. */
  guardFreezes?: readonly Freeze[];
}

/** The calendar options of a lint context. */
export function calendarOptionsOf(context: LintContext): { noFridays: boolean; noWeekends: boolean } {
  return { noFridays: context.noFridays, noWeekends: context.noWeekends ?? context.noFridays };
}

export type RuleFinding = Omit<Finding, 'code'> & {
  /**
   * Another part of the plan the finding rests on besides its place (a phase's gates, for a
   * missing sign-off). On a plan with schema errors, a part cut there leaves the finding out too:
   * the cut gate may have been the one it says is missing.
   */
  restsOn?: DataPath;
};

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
