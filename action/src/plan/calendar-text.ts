// The projected calendar in words, the same for the runbook, the site and lint messages:
// "Mon 2026-11-02 09:00 UTC", or with a plan time zone "Mon 2026-11-02 10:00 Europe/Berlin
// (09:00 UTC)". Raw text: callers escape it for where it goes.

import { DAY_MS } from '../time/units.ts';
import { formatClock, formatDay, localTime, UTC_ZONE } from '../time/zone.ts';
import type { CalendarDelay } from './calendar.ts';
import { planTimeZone } from './schedule.ts';
import type { RolloutPlan } from './schema.ts';

/** A weekday's short title: `Mon` for `mon`. */
export const WEEKDAY_TITLES: Readonly<Record<string, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** `Mon 2026-11-02 10:00` as the wall clock in `zone` shows `ms`. */
export function wallClockText(ms: number, zone: string): string {
  const local = localTime(ms, zone);
  return `${WEEKDAY_TITLES[local.weekday]} ${formatDay(local.day)} ${formatClock(local.minute)}`;
}

/** The zone a plan's calendar shows besides UTC, or null when the plan gives none. */
export function shownTimeZone(plan: RolloutPlan): string | null {
  return plan.schedule?.timeZone === undefined ? null : planTimeZone(plan);
}

/** An instant of the calendar in words: UTC, or the plan's zone first with UTC after it. */
export function calendarTimeText(ms: number, plan: RolloutPlan): string {
  const utc = `${wallClockText(ms, UTC_ZONE)} UTC`;
  const zone = shownTimeZone(plan);
  if (zone === null || zone === UTC_ZONE) return utc;
  const local = localTime(ms, zone);
  const sameDay = local.day === Math.floor(ms / DAY_MS);
  const utcPart = sameDay ? `${formatClock(localTime(ms, UTC_ZONE).minute)} UTC` : utc;
  return `${wallClockText(ms, zone)} ${zone} (${utcPart})`;
}

/** `2d 3h 15m` for a number of minutes, every part that is not zero (`0m` for none). */
export function minutesText(minutes: number): string {
  const parts = [
    [Math.floor(minutes / 1440), 'd'],
    [Math.floor((minutes % 1440) / 60), 'h'],
    [minutes % 60, 'm'],
  ] as const;
  const text = parts.flatMap(([n, unit]) => (n > 0 ? [`${n}${unit}`] : [])).join(' ');
  return text || '0m';
}

/** What moved a start, in words without markup: the freeze name, or "no-Friday rule", "weekend rule", … */
export function delayLabel(delay: CalendarDelay): string {
  switch (delay.reason) {
    case 'freeze':
      return delay.freeze ?? 'freeze';
    case 'no-friday':
      return 'no-Friday rule';
    case 'no-weekend':
      return 'no-weekend rule';
    case 'window':
      return 'change windows';
    case 'wait':
      return 'minimum wait';
    case 'dependency':
      return `waiting for ${delay.phase ?? 'another plan'}`;
  }
}
