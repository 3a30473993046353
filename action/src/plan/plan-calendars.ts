// Calendars of several plans at once, for `dependsOn`: a phase that waits for another plan's phase
// starts no earlier than that phase is projected to finish. Plans are projected in dependency
// order (links.ts), each with calendar.ts's own rules; a dependency on a plan that is not among
// them, or inside a cycle (an error `validate` reports), does not move anything. Pure.
import { type CalendarOptions, type PhaseWindow, projectCalendar } from './calendar.ts';
import { dependencyOrder } from './links.ts';
import type { RolloutPlan } from './schema.ts';

/** Projected finishes by `plan/phase`. */
export type PhaseFinishes = ReadonlyMap<string, number>;

/** The plan's `notBefore` calendar option from the finishes known so far. */
export function notBeforeOf(plan: RolloutPlan, finishes: PhaseFinishes): CalendarOptions['notBefore'] {
  const out = new Map<string, { phase: string; ms: number }[]>();
  for (const phase of plan.phases) {
    const known = (phase.dependsOn ?? []).flatMap((ref) => {
      const ms = finishes.get(ref);
      return ms === undefined ? [] : [{ phase: ref, ms }];
    });
    if (known.length > 0) out.set(phase.id, known);
  }
  return out.size > 0 ? out : undefined;
}

/** Adds a projected plan's phase finishes to `finishes`. */
export function recordFinishes(
  finishes: Map<string, number>,
  plan: RolloutPlan,
  windows: readonly PhaseWindow[],
): void {
  for (const window of windows) finishes.set(`${plan.metadata.name}/${window.phaseId}`, window.endMs);
}

/** Each plan's calendar by plan name, dependencies between them taken into account. */
export function projectPlans(
  plans: readonly RolloutPlan[],
  start: string,
  optionsOf: (plan: RolloutPlan) => CalendarOptions,
): Map<string, PhaseWindow[]> {
  const finishes = new Map<string, number>();
  const out = new Map<string, PhaseWindow[]>();
  for (const plan of dependencyOrder(plans, (p) => p)) {
    const notBefore = notBeforeOf(plan, finishes);
    const windows = projectCalendar(plan, start, notBefore ? { ...optionsOf(plan), notBefore } : optionsOf(plan));
    recordFinishes(finishes, plan, windows);
    if (!out.has(plan.metadata.name)) out.set(plan.metadata.name, windows);
  }
  return out;
}
