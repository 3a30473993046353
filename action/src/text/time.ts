// Times as Rollbook shows them to people: deterministic, no locale, always UTC.

/** `2026-11-23 09:00 UTC`, from a Date or an ISO 8601 string in UTC. */
export function formatTime(date: Date | string): string {
  const iso = typeof date === 'string' ? date : date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** `2026-11-23`: the UTC day of a time (today's, for a clock's now). */
export function formatUtcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Every time Rollbook stores (state block, audit trail): UTC, whole seconds, `2026-11-23T09:00:00Z`. */
export function isoSeconds(time: Date | string): string {
  const date = typeof time === 'string' ? new Date(time) : time;
  if (Number.isNaN(date.getTime())) throw new Error(`"${String(time)}" is not a time`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const STATUS_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** A UTC time to the second, as the status file writes every time (`2026-11-20T09:00:00Z`). */
export const isStatusTime = (v: unknown): v is string =>
  typeof v === 'string' && STATUS_TIME.test(v) && !Number.isNaN(Date.parse(v));
