// Guard matching. Every criterion a `match` gives must hold; a list holds when any of its
// values does. Plan criteria (services, tags, breaking, migrations) pick plans; phase criteria
// (environments, strategies, stepKinds, irreversible, audienceUnits) pick phases within them.
// With no phase criteria, every phase of a matching plan matches; `match: {}` matches every
// phase of every plan. `except` takes the same criteria and leaves out the phases (or plans)
// for which all of its criteria hold. Criteria read facts of the plan, not only its tags
// (docs/adr/0030-facts-units-and-reversibility.md).
import { phaseUnits } from '../plan/audience.ts';
import { isIrreversible } from '../plan/reversibility.ts';
import type { Phase, RolloutPlan } from '../plan/schema.ts';
import type { GuardExcept, GuardMatch } from './schema.ts';

type Criteria = GuardExcept;

const anyOf = <T>(wanted: readonly T[] | undefined, actual: readonly T[]) =>
  wanted === undefined || wanted.some((value) => actual.includes(value));

const is = (wanted: boolean | undefined, actual: boolean) => wanted === undefined || wanted === actual;

export function planMatches(match: Criteria, plan: RolloutPlan): boolean {
  return (
    anyOf(match.services, plan.metadata.services) &&
    anyOf(match.tags, plan.metadata.tags ?? []) &&
    is(match.breaking, plan.compatibility.breaking === true) &&
    is(match.migrations, (plan.compatibility.migrations ?? []).length > 0)
  );
}

export function phaseMatches(match: Criteria, phase: Phase): boolean {
  return (
    anyOf(match.environments, [phase.environment]) &&
    anyOf(match.strategies, [phase.strategy]) &&
    anyOf(
      match.stepKinds,
      phase.steps.map((s) => s.kind),
    ) &&
    is(match.irreversible, isIrreversible(phase)) &&
    anyOf(match.audienceUnits, phaseUnits(phase))
  );
}

/** The phases of `plan` the guard applies to; empty when the plan does not match. */
export function matchingPhases(match: GuardMatch, plan: RolloutPlan): Phase[] {
  if (!planMatches(match, plan)) return [];
  const { except } = match;
  const excluded = (phase: Phase) => except !== undefined && planMatches(except, plan) && phaseMatches(except, phase);
  return plan.phases.filter((phase) => phaseMatches(match, phase) && !excluded(phase));
}
