// The hint for a YYYY-MM-DD that is not on the calendar, shared by plan checks (freeze dates), a
// lesson's date and the CLI's date options: it says which part is wrong, so "2026-02-30" gets
// "2026-02 has 28 days".

/** What is wrong with a YYYY-MM-DD that is not a calendar date: its month, or its day in that month. */
export function calendarDateHint(text: string): string {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!match) return 'write it as YYYY-MM-DD, e.g. 2026-12-20';
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12) return 'months run from 01 to 12';
  if (day < 1) return 'days start at 01';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${match[1]}-${match[2]} has ${days} days`;
}
