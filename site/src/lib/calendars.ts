// Every plan's projected calendar for the build, computed together once (the engine's
// projectPlans): a phase that depends on another plan's phase (`dependsOn`) starts when that one
// is projected to finish, so each plan page shows the times the others imply. Lessons' lead-in
// freezes move phases as the plan's own freezes do. The calendar files (pages/**/*.ics.ts) take
// the same projections, with the plans as projected (their lessons' freezes added).
import {
  type CalendarRules,
  type PhaseWindow,
  type PlanProjection,
  projectPlans,
  type RolloutPlan,
  withGuardFreezes,
} from '../../../action/src/site-api.ts';
import { lastCallMemo } from './build-memo.ts';
import { planGuards } from './guard-index.ts';
import type { LessonEntry, PlanEntry } from './types.ts';

function project(
  entries: readonly PlanEntry[],
  lessons: readonly LessonEntry[],
  start: string,
): Map<string, PlanProjection> {
  const rules = new Map<RolloutPlan, CalendarRules>();
  const plans = entries.map((entry) => {
    // Only the freezes matter here; lesson links are not shown.
    const guarded = withGuardFreezes(
      entry.plan,
      planGuards(entry, lessons, (id) => id),
    );
    rules.set(guarded, entry.calendarRules);
    return guarded;
  });
  const calendars = projectPlans(plans, start, (plan) => rules.get(plan) ?? {});
  return new Map(plans.map((plan) => [plan.metadata.name, { plan, windows: calendars.get(plan.metadata.name) ?? [] }]));
}

/**
 * Every plan's projection among all the site's plans (`entries`), from `start`, by plan name in
 * `entries` order. Computed once per build: every plan page asks with the same plans.
 */
export const siteProjections = lastCallMemo(project);

/** The calendar of plan `name` among all the site's plans (`entries`), from `start`. */
export function planCalendar(
  name: string,
  entries: readonly PlanEntry[],
  lessons: readonly LessonEntry[],
  start: string,
): readonly PhaseWindow[] {
  return siteProjections(entries, lessons, start).get(name)?.windows ?? [];
}
