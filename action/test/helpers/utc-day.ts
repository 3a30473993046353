// Keeping a test's later runs on the UTC day of its first one. Daily histories (the gate report's
// "History since the phase started", the watch's daily readings) start a new row on each UTC day,
// and a new row is rightly a write. Tests whose clocks sit minutes or hours after the real clock
// would cross a UTC midnight when the suite runs late in the day, and then see that write.

/** `later`, or the last second of `first`'s UTC day when `later` falls on a later day. */
export function sameUtcDayAs(first: Date, later: Date): Date {
  const lastSecond = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate(), 23, 59, 59);
  return new Date(Math.min(later.getTime(), lastSecond));
}
