// Checks of `schedule:` that JSON Schema cannot make: the time zone is one the platform knows,
// change windows open before they close and name real environments, and the deadline is a real
// date and time. Errors, each at its field: the calendar would otherwise quietly read UTC, drop
// the window, or ignore the deadline.
import { isKnownTimeZone, knownTimeZones } from '../time/zone.ts';
import type { Finding } from './finding.ts';
import type { DataPath } from './locate.ts';
import { parseClock, parsePlanTime, planTimeZone, windowHours } from './schedule.ts';
import { ENVIRONMENT_ORDER, type RolloutPlan } from './schema.ts';
import { didYouMean } from './suggest.ts';

function timeZoneFindings(zone: string): Finding[] {
  if (isKnownTimeZone(zone)) return [];
  return [
    {
      path: ['schedule', 'timeZone'],
      code: 'ref/unknown-time-zone',
      message: `"${zone}" is not a time zone this platform knows`,
      expected: 'an IANA time zone name such as Europe/Berlin, America/New_York or UTC',
      hint: didYouMean(zone, knownTimeZones()) ?? 'see the "TZ identifier" column of the tz database list',
    },
  ];
}

export function checkSchedule(plan: RolloutPlan): Finding[] {
  const schedule = plan.schedule;
  if (!schedule) return [];
  const out: Finding[] = schedule.timeZone === undefined ? [] : timeZoneFindings(schedule.timeZone);
  (schedule.windows ?? []).forEach((window, w) => {
    const at: DataPath = ['schedule', 'windows', w];
    const hours = windowHours(window);
    const from = parseClock(hours.from);
    const to = parseClock(hours.to);
    if (from !== undefined && to !== undefined && from >= to) {
      out.push({
        path: [...at, window.to === undefined ? 'from' : 'to'],
        code: 'ref/window-hours',
        message: `this change window closes (${hours.to}) before or when it opens (${hours.from}), so it never opens`,
        expected: '`to:` after `from:` on the same day',
        hint: 'for a window across midnight, declare two: one up to 24:00 and one from 00:00 on the next days',
      });
    }
    (window.environments ?? []).forEach((environment, e) => {
      if ((ENVIRONMENT_ORDER as readonly string[]).includes(environment)) return;
      out.push({
        path: [...at, 'environments', e],
        code: 'ref/unknown-environment',
        message: `change window names environment "${environment}", which no phase can have`,
        expected: `one of ${ENVIRONMENT_ORDER.join(', ')}`,
        hint: didYouMean(environment, ENVIRONMENT_ORDER) ?? 'use the `environment:` of the phases the window is for',
      });
    });
  });
  if (schedule.finishBefore !== undefined) {
    const parsed = parsePlanTime(schedule.finishBefore, planTimeZone(plan), true);
    if (!parsed.ok) {
      out.push({
        path: ['schedule', 'finishBefore'],
        code: 'ref/bad-date',
        message: `${schedule.finishBefore} ${parsed.error}`,
        expected:
          "a real date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM, in the plan's time zone unless it ends in Z or an offset)",
        hint: 'write a date such as "2026-12-01", or a time such as "2026-11-27T17:00"',
      });
    }
  }
  return out;
}
