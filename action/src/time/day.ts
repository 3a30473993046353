// Calendar days written as YYYY-MM-DD (freezes, deadlines, lesson dates, CLI options), read as
// UTC midnights. JavaScript's Date rolls an impossible day over (2026-02-30 is 2 March), so a
// day counts only when it reads back as written: the one test of that for every reader.
import { DAY_MS } from './units.ts';

const ISO_DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** Midnight UTC of a YYYY-MM-DD day, in ms; undefined when it is not a real day. */
export function utcDayMs(isoDay: string): number | undefined {
  if (!ISO_DAY.test(isoDay)) return undefined;
  const ms = Date.parse(`${isoDay}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== isoDay ? undefined : ms;
}

/** Whether `isoDay` is a YYYY-MM-DD day that exists (not 2026-02-30, not 2026-13-01). */
export function isRealDay(isoDay: string): boolean {
  return utcDayMs(isoDay) !== undefined;
}

/** Days since 1970-01-01 for a real YYYY-MM-DD day (the calendar's day numbers), or undefined. */
export function parseIsoDay(isoDay: string): number | undefined {
  const ms = utcDayMs(isoDay);
  return ms === undefined ? undefined : ms / DAY_MS;
}
