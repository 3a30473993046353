// Every plan's projected calendar for the build, computed together once (the engine's
// projectPlans): a phase that depends on another plan's phase (`dependsOn`) starts when that one
// is projected to finish, so each plan page shows the times the others imply. Lessons' lead-in
// freezes move phases as the plan's own freezes do.
import {
  type CalendarRules,
  type PhaseWindow,
  projectPlans,
  type RolloutPlan,
  withGuardFreezes,
} from '../../../action/src/site-api.ts';
import { planGuards } from './guard-index.ts';
import type { LessonEntry, PlanEntry } from './types.ts';

interface Built {
  start: string;
  entries: readonly PlanEntry[];
  calendars: Map<string, PhaseWindow[]>;
}

/** The last projection: every plan page of a build asks with the same plans (a dev server's edits make new entries). */
let last: Built | undefined;

function project(entries: readonly PlanEntry[], lessons: readonly LessonEntry[], start: string) {
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
  return projectPlans(plans, start, (plan) => rules.get(plan) ?? {});
}

/** The calendar of plan `name` among all the site's plans (`entries`), from `start`. */
export function planCalendar(
  name: string,
  entries: readonly PlanEntry[],
  lessons: readonly LessonEntry[],
  start: string,
): PhaseWindow[] {
  const same =
    last?.start === start && last.entries.length === entries.length && last.entries.every((e, i) => e === entries[i]);
  if (!same) last = { start, entries, calendars: project(entries, lessons, start) };
  return last!.calendars.get(name) ?? [];
}
