// Times as Rollbook shows them to people: deterministic, no locale, always UTC.

/** `2026-11-23 09:00 UTC`, from a Date or an ISO 8601 string in UTC. */
export function formatTime(date: Date | string): string {
  const iso = typeof date === 'string' ? date : date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** `2026-11-23`. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
