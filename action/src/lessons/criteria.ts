// Guard matching. Every criterion a `match` gives must hold; a list holds when any of its
// values does. Plan criteria (services, tags) pick plans; phase criteria (environments,
// strategies, stepKinds) pick phases within them. With no phase criteria, every phase of a
// matching plan matches; `match: {}` matches every phase of every plan.
import type { Phase, RolloutPlan } from '../plan/schema.ts';
import type { GuardMatch } from './schema.ts';

const anyOf = <T>(wanted: readonly T[] | undefined, actual: readonly T[]) =>
  wanted === undefined || wanted.some((value) => actual.includes(value));

export function planMatches(match: GuardMatch, plan: RolloutPlan): boolean {
  return anyOf(match.services, plan.metadata.services) && anyOf(match.tags, plan.metadata.tags ?? []);
}

export function phaseMatches(match: GuardMatch, phase: Phase): boolean {
  return (
    anyOf(match.environments, [phase.environment]) &&
    anyOf(match.strategies, [phase.strategy]) &&
    anyOf(
      match.stepKinds,
      phase.steps.map((s) => s.kind),
    )
  );
}

/** The phases of `plan` the guard applies to; empty when the plan does not match. */
export function matchingPhases(match: GuardMatch, plan: RolloutPlan): Phase[] {
  return planMatches(match, plan) ? plan.phases.filter((phase) => phaseMatches(match, phase)) : [];
}
