// The plan's `schedule:` read for the calendar: its time zone, its change windows as minute
// ranges, and times (the deadline, the projection's start) as instants. Pure. Values that do not
// validate fall back quietly (an unknown zone reads as UTC, an empty window is dropped): the
// validator reports them at their place (plan/schedule-check.ts), so the calendar need not.

import { utcDayMs } from '../time/day.ts';
import { parseInstant } from '../time/instant.ts';
import { DAY_MS, MINUTE_MS } from '../time/units.ts';
import { formatUtcMinute, isKnownTimeZone, UTC_ZONE, type WeekdayName, zonedInstant } from '../time/zone.ts';
import type { ChangeWindow, RolloutPlan } from './schema.ts';

export const MINUTES_PER_DAY = 1440;

/** A change window as minutes past local midnight: open on `days` from `from` up to (not including) `to`. */
export interface WindowRule {
  days: ReadonlySet<WeekdayName> | undefined;
  from: number;
  to: number;
  environments: readonly string[] | undefined;
}

/** The zone the plan's calendar is read in: `schedule.timeZone` when the platform knows it, else UTC. */
export function planTimeZone(plan: RolloutPlan): string {
  const zone = plan.schedule?.timeZone;
  return zone !== undefined && isKnownTimeZone(zone) ? zone : UTC_ZONE;
}

/** Minutes past midnight for `HH:MM` (`24:00` is 1440), or undefined. */
export function parseClock(text: string): number | undefined {
  const match = /^([0-9]{2}):([0-9]{2})$/.exec(text);
  if (!match) return undefined;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minute <= MINUTES_PER_DAY ? minute : undefined;
}

/** Where a change window's day starts and ends when it leaves `from` or `to` out. */
export const WINDOW_DAY_START = '00:00';
export const WINDOW_DAY_END = '24:00';

/** A change window's hours as written, the whole day where it leaves them out. */
export function windowHours(window: Pick<ChangeWindow, 'from' | 'to'>): { from: string; to: string } {
  return { from: window.from ?? WINDOW_DAY_START, to: window.to ?? WINDOW_DAY_END };
}

/** The plan's change windows that can ever open (`from` before `to`), in plan order. */
export function changeWindows(plan: RolloutPlan): WindowRule[] {
  return (plan.schedule?.windows ?? []).flatMap((window) => {
    const hours = windowHours(window);
    const from = parseClock(hours.from);
    const to = parseClock(hours.to);
    if (from === undefined || to === undefined || from >= to) return [];
    return [{ days: window.days ? new Set(window.days) : undefined, from, to, environments: window.environments }];
  });
}

export type TimeParse = { ok: true; ms: number } | { ok: false; error: string };

const LOCAL_TIME = /^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?)?$/;

/**
 * An instant from a date (`2026-12-01`: its first moment in `zone`), a time with `Z` or an
 * offset, or, when `localTimes` allows it, a time without a zone, read as the wall clock in
 * `zone`. The CLI's `--start` does not allow the last form: a command line has no plan zone to
 * lean on, and the rest of the CLI refuses zone-less times.
 */
export function parsePlanTime(text: string, zone: string, localTimes: boolean): TimeParse {
  const local = LOCAL_TIME.exec(text);
  if (local) {
    const [, date, hours, minutes, seconds] = local;
    const utcDay = utcDayMs(date!);
    if (utcDay === undefined) return { ok: false, error: 'is not a real date' };
    if (hours !== undefined && !localTimes) {
      return { ok: false, error: `has no time zone: add Z or an offset, e.g. ${date}T${hours}:${minutes}Z` };
    }
    const minute = hours === undefined ? 0 : Number(hours) * 60 + Number(minutes);
    if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59)) {
      return { ok: false, error: 'is not a real time of day' };
    }
    return { ok: true, ms: zonedInstant(utcDay / DAY_MS, minute, zone) + Number(seconds ?? 0) * 1000 };
  }
  const instant = parseInstant(text);
  return instant.ok ? { ok: true, ms: instant.date.getTime() } : { ok: false, error: instant.error };
}

export type StartParse = { ok: true; start: string } | { ok: false; error: string };

/**
 * A calendar start as the CLI and the action take it: a real date, kept as written (the calendar
 * reads it in each plan's zone), or a time with `Z` or an offset, normalized to UTC to the minute
 * (rounded up): `2026-11-02T10:00:30+01:00` is `2026-11-02T09:01Z`.
 */
export function normalizeCalendarStart(text: string): StartParse {
  const parsed = parsePlanTime(text, 'UTC', false);
  if (!parsed.ok) return parsed;
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return { ok: true, start: text };
  return { ok: true, start: formatUtcMinute(Math.ceil(parsed.ms / MINUTE_MS) * MINUTE_MS) };
}

/** The instant of `schedule.finishBefore`, or undefined when the plan has none or it does not parse. */
export function planDeadline(plan: RolloutPlan): number | undefined {
  const text = plan.schedule?.finishBefore;
  if (text === undefined) return undefined;
  const parsed = parsePlanTime(text, planTimeZone(plan), true);
  return parsed.ok ? parsed.ms : undefined;
}
