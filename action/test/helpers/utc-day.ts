// Keeping a test's later runs on the UTC day of its first one. Daily histories (the gate report's
// "History since the phase started", the watch's daily readings) start a new row on each UTC day,
// and a new row is rightly a write. Tests whose clocks sit minutes or hours after the real clock
// would cross a UTC midnight when the suite runs late in the day, and then see that write.

/** `later`, or the last second of `first`'s UTC day when `later` falls on a later day. */
export function sameUtcDayAs(first: Date, later: Date): Date {
  const lastSecond = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate(), 23, 59, 59);
  return new Date(Math.min(later.getTime(), lastSecond));
}

/**
 * 01:00 UTC on the UTC day `days` before `at`'s: an activation time whose history has exactly
 * `days` full days and today, whatever the time of day. (`at` minus `days` days is not: late in
 * the evening the history window's first point rounds up past midnight, and a day is lost.)
 */
export function earlyOnUtcDayBefore(at: Date, days: number): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - days, 1));
}
