// Wall-clock time in an IANA time zone, from the platform's Intl data (no time zone package).
// The calendar reads weekdays, change-window hours and deadlines in a plan's zone; everything
// else in Rollbook is UTC instants. A local time resolves to the first instant whose wall clock
// shows it or later: a time a DST change skips (02:30 on a spring-forward day) is the instant
// the clocks jump (03:00), and a time that happens twice is its first occurrence.
import { DAY_MS, MINUTE_MS } from './units.ts';

export const UTC_ZONE = 'UTC';
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

/** A moment as a wall clock in some zone shows it. */
export interface LocalTime {
  /** Days since 1970-01-01 of the local calendar date. */
  day: number;
  /** Minutes since local midnight, 0–1439. */
  minute: number;
  weekday: WeekdayName;
  /** Local time minus UTC, in minutes (60 for Europe/Berlin in winter). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** What a time zone name looks like: `Europe/Berlin`, `America/Argentina/Buenos_Aires`, `UTC`; not an offset. */
export const TIME_ZONE_PATTERN = '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$';
const TIME_ZONE_NAME = new RegExp(TIME_ZONE_PATTERN);

/** Is `zone` a time zone name the platform knows (`Europe/Berlin`, `UTC`)? Offsets such as `+01:00` are not names. */
export function isKnownTimeZone(zone: string): boolean {
  if (!TIME_ZONE_NAME.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The platform's time zone names, for "did you mean" hints. */
export function knownTimeZones(): readonly string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** Local time minus UTC at `ms`, in milliseconds (whole seconds), straight from Intl (~15 µs). */
function intlOffsetMs(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** How many UTC days of offsets are remembered per zone before the memory starts over. */
export const MAX_CACHED_OFFSET_DAYS = 4096;
/** Per zone, per UTC day: the offset all day, or null when it changes that day. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * Local time minus UTC at `ms`, in milliseconds. A UTC day whose first and last second share an
 * offset has it throughout (no zone changes its offset twice in a day), so Intl is asked twice
 * per day and zone, and only again inside a day with a change.
 */
export function zoneOffsetMs(ms: number, zone: string): number {
  if (zone === UTC_ZONE) return 0;
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(ms / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = intlOffsetMs(day * DAY_MS, zone);
    offset = first === intlOffsetMs((day + 1) * DAY_MS - 1000, zone) ? first : null;
    if (days.size >= MAX_CACHED_OFFSET_DAYS) days.clear();
    days.set(day, offset);
  }
  return offset ?? intlOffsetMs(ms, zone);
}

/** The wall clock in `zone` at `ms`. */
export function localTime(ms: number, zone: string): LocalTime {
  const offset = zoneOffsetMs(ms, zone);
  const wall = ms + offset;
  const day = Math.floor(wall / DAY_MS);
  return {
    day,
    minute: Math.floor((wall - day * DAY_MS) / MINUTE_MS),
    weekday: weekdayOfDay(day),
    offsetMinutes: Math.round(offset / MINUTE_MS),
  };
}

/** `sun`…`sat` for a day number (days since 1970-01-01, a Thursday). */
export function weekdayOfDay(day: number): WeekdayName {
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7]!;
}

/**
 * The first instant a wall clock in `zone` shows `day` (days since 1970-01-01) at `minute` past
 * midnight, or later: a skipped local time gives the instant the gap ends; a repeated one its
 * first occurrence.
 */
export function zonedInstant(day: number, minute: number, zone: string): number {
  const wall = day * DAY_MS + minute * MINUTE_MS;
  if (zone === UTC_ZONE) return wall;
  // The offsets in force a day either side cover any single transition near this wall time.
  const before = zoneOffsetMs(wall - DAY_MS, zone);
  const after = zoneOffsetMs(wall + DAY_MS, zone);
  const candidates = [wall - before, wall - after].filter((ms) => ms + zoneOffsetMs(ms, zone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the clocks jump somewhere between reading the wall time with the offset after the
  // change (still before the jump) and with the offset before it (already after). Find the minute.
  let low = wall - after;
  let high = wall - before;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.max(1, Math.floor((high - low) / 2 / MINUTE_MS)) * MINUTE_MS;
    if (middle + zoneOffsetMs(middle, zone) >= wall) high = middle;
    else low = middle;
  }
  return high;
}

/** The first instant of the local day after the one `ms` falls on. */
export function nextLocalMidnight(ms: number, zone: string): number {
  return zonedInstant(localTime(ms, zone).day + 1, 0, zone);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2026-11-02` for a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `HH:MM` for minutes past midnight. */
export function formatClock(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** `+01:00`, `-03:30`, `+00:00`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${formatClock(abs)}`;
}

/** `2026-11-02T09:00Z`: an instant in UTC to the minute. */
export function formatUtcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/** `2026-11-02T10:00+01:00`: the instant as the wall clock in `zone` shows it, with its offset. */
export function formatZonedMinute(ms: number, zone: string): string {
  const local = localTime(ms, zone);
  return `${formatDay(local.day)}T${formatClock(local.minute)}${formatOffset(local.offsetMinutes)}`;
}
