// Points in time written by people or by other tools: CLI options (--at, --activated-at) and the
// times in metric files and series. One rule everywhere: a time of day must say its zone (`Z` or
// an offset), because JavaScript reads `2026-11-30T12:00:00` in the machine's local zone, which
// silently shifts a bake or an evaluation by hours. A date alone (`2026-11-30`) is midnight UTC.
import { isRealDay } from './day.ts';

/** `2026-11-30`, `2026-11-30T12:00Z`, `2026-11-30 12:00:00.5+01:00`; the zone is group 3. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|z|[+-]\d{2}:?\d{2})?)?$/;

export const INSTANT_EXAMPLE = '2026-11-23T09:00:00Z';

export type InstantParse = { ok: true; date: Date } | { ok: false; error: string };

/** Reads an ISO 8601 time that carries its zone, or a bare date (UTC midnight). */
export function parseInstant(text: string): InstantParse {
  const match = INSTANT.exec(text);
  if (!match) return { ok: false, error: `is not an ISO 8601 time such as ${INSTANT_EXAMPLE}` };
  const [, day, time, zone] = match;
  if (time !== undefined && zone === undefined) {
    return { ok: false, error: `has no time zone: add Z or an offset, e.g. ${day}T${time}Z` };
  }
  const date = new Date(time === undefined ? `${day}T00:00:00Z` : text.replace(' ', 'T'));
  // Date rolls 2026-02-30 over to March; a calendar day must exist as written.
  if (Number.isNaN(date.getTime()) || !isRealDay(day!)) {
    return { ok: false, error: `is not a real date and time` };
  }
  return { ok: true, date };
}
