// INTERIM projected calendar, until the runbook renderer's projectCalendar (action/src/plan/
// calendar.ts) lands: phases run back to back, each for its bake time (at least a day), never
// starting on a Friday (unless calendar.noFridays is false) or inside a freeze that covers its
// environment. Days are UTC.
import { parseDuration } from '../../../action/src/plan/duration.ts';
import type { Freeze, Phase, RolloutPlan } from '../../../action/src/plan/schema.ts';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Stop looking for a free start day after a year: the plan's freezes never end. */
const MAX_SHIFT_DAYS = 366;

export interface CalendarRow {
  phaseId: string;
  title: string;
  environment: Phase['environment'];
  /** YYYY-MM-DD */
  start: string;
  /** Earliest day the next phase may start, YYYY-MM-DD. */
  end: string;
  /** Why the start moved, if it did. */
  notes: string[];
}

const iso = (day: number) => new Date(day).toISOString().slice(0, 10);
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
export const weekdayOf = (date: string) => WEEKDAYS[new Date(dayOf(date)).getUTCDay()]!;

function freezeCovers(freeze: Freeze, day: number, environment: Phase['environment']): boolean {
  if (freeze.environments && !freeze.environments.includes(environment)) return false;
  if (freeze.from === undefined && freeze.to === undefined && !freeze.every) return false;
  if (freeze.from !== undefined && day < dayOf(freeze.from)) return false;
  if (freeze.to !== undefined && day > dayOf(freeze.to)) return false;
  return !freeze.every || freeze.every.includes(WEEKDAYS[new Date(day).getUTCDay()]!);
}

export function projectCalendar(plan: RolloutPlan, start: string, options: { noFridays: boolean }): CalendarRow[] {
  let cursor = dayOf(start);
  return plan.phases.map((phase) => {
    const notes = new Set<string>();
    for (let n = 0; n < MAX_SHIFT_DAYS; n++) {
      const freeze = (plan.freezes ?? []).find((f) => freezeCovers(f, cursor, phase.environment));
      const friday = options.noFridays && new Date(cursor).getUTCDay() === 5;
      if (!freeze && !friday) break;
      notes.add(freeze ? `after the ${freeze.name} freeze` : 'no Friday starts');
      cursor += DAY_MS;
    }
    const bakeDays = Math.max(1, Math.ceil((parseDuration(phase.bake ?? '') ?? 0) / DAY_MS));
    const row: CalendarRow = {
      phaseId: phase.id,
      title: phase.title,
      environment: phase.environment,
      start: iso(cursor),
      end: iso(cursor + bakeDays * DAY_MS),
      notes: [...notes],
    };
    cursor += bakeDays * DAY_MS;
    return row;
  });
}
