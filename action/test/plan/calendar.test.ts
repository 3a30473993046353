// The projected calendar, case by case: each row is a plan, a start and the phases' projected
// windows as "start → end" in UTC with the delays that moved each start.
import { describe, expect, it } from 'vitest';
import {
  type CalendarOptions,
  MAX_LOOKAHEAD_DAYS,
  type PhaseWindow,
  projectCalendar,
} from '../../src/plan/calendar.ts';
import type { ChangeWindow, Freeze, Phase, RolloutPlan, Schedule } from '../../src/plan/schema.ts';
import { minimalPlan, phase } from '../render/support/minimal-plan.ts';

// 2025-06-02 is a Monday; 2025-06-06 a Friday.
const MONDAY = '2025-06-02';

function planWith(phases: Phase[], extra: { freezes?: Freeze[]; schedule?: Schedule } = {}): RolloutPlan {
  return { ...minimalPlan(phases, extra.freezes ?? []), ...(extra.schedule ? { schedule: extra.schedule } : {}) };
}

/** "2025-06-02T00:00Z → 2025-06-03T00:00Z [no-friday 1440, freeze:launch 60]" */
function line(w: PhaseWindow): string {
  const delays = w.delays.map((d) => `${d.reason}${d.freeze ? `:${d.freeze}` : ''} ${d.minutes}`).join(', ');
  return `${w.phaseId} ${w.start} → ${w.end}${delays ? ` [${delays}]` : ''}${w.scheduled ? '' : ' UNSCHEDULED'}`;
}

interface Case {
  name: string;
  plan: RolloutPlan;
  start: string;
  options?: CalendarOptions;
  want: string[];
}

const weekdays = (...days: ChangeWindow['days'] & {}) => days;
const officeHours: ChangeWindow = { days: weekdays('mon', 'tue', 'wed', 'thu'), from: '09:00', to: '16:00' };

const CASES: Case[] = [
  // Minute resolution.
  {
    name: 'chains phases to the minute: a 2h bake is two hours, not a day',
    plan: planWith([phase('a', { bake: '24h' }), phase('b', { bake: '36h' }), phase('c', { bake: '2h' }), phase('d')]),
    start: MONDAY,
    want: [
      'a 2025-06-02T00:00Z → 2025-06-03T00:00Z',
      'b 2025-06-03T00:00Z → 2025-06-04T12:00Z',
      'c 2025-06-04T12:00Z → 2025-06-04T14:00Z',
      'd 2025-06-04T14:00Z → 2025-06-04T14:00Z',
    ],
  },
  {
    name: 'four 10-minute holds take forty minutes',
    plan: planWith(['a', 'b', 'c', 'd'].map((id) => phase(id, { bake: '10m' }))),
    start: '2025-06-02T09:00Z',
    want: [
      'a 2025-06-02T09:00Z → 2025-06-02T09:10Z',
      'b 2025-06-02T09:10Z → 2025-06-02T09:20Z',
      'c 2025-06-02T09:20Z → 2025-06-02T09:30Z',
      'd 2025-06-02T09:30Z → 2025-06-02T09:40Z',
    ],
  },
  {
    name: 'a ramp adds its stage holds before the bake: 10m + 15m + no hold, then 1h',
    plan: planWith([
      phase('a', {
        bake: '1h',
        stages: [{ percent: 5, hold: '10m' }, { percent: 25, hold: '15m', pause: 'Look' }, { percent: 100 }],
      }),
      phase('b', {
        stages: [
          { percent: 50, hold: '30m' },
          { percent: 100, hold: '5m' },
        ],
      }),
    ]),
    start: '2025-06-02T09:00Z',
    want: ['a 2025-06-02T09:00Z → 2025-06-02T10:25Z', 'b 2025-06-02T10:25Z → 2025-06-02T11:00Z'],
  },
  {
    name: 'a start with an offset is an instant; seconds round up to the next minute',
    plan: planWith([phase('a', { bake: '1h30m' })]),
    start: '2025-06-02T10:15:30+02:00',
    want: ['a 2025-06-02T08:16Z → 2025-06-02T09:46Z'],
  },
  // Weekday rules.
  {
    name: 'no Friday start, and by default no weekend start either',
    plan: planWith([phase('a', { bake: '1h' })]),
    start: '2025-06-06T10:00Z',
    want: ['a 2025-06-09T00:00Z → 2025-06-09T01:00Z [no-friday 840, no-weekend 2880]'],
  },
  {
    name: 'noFridays: false allows weekends too unless noWeekends says otherwise',
    plan: planWith([phase('a')]),
    start: '2025-06-06',
    options: { noFridays: false },
    want: ['a 2025-06-06T00:00Z → 2025-06-06T00:00Z'],
  },
  {
    name: 'noWeekends alone',
    plan: planWith([phase('a')]),
    start: '2025-06-07T12:00Z',
    options: { noFridays: false, noWeekends: true },
    want: ['a 2025-06-09T00:00Z → 2025-06-09T00:00Z [no-weekend 2160]'],
  },
  {
    name: 'a bake may end on a Friday or a weekend; the next start moves',
    plan: planWith([phase('a', { bake: '4d' }), phase('b')]),
    start: MONDAY,
    want: [
      'a 2025-06-02T00:00Z → 2025-06-06T00:00Z',
      'b 2025-06-09T00:00Z → 2025-06-09T00:00Z [no-friday 1440, no-weekend 2880]',
    ],
  },
  // Freezes (UTC days).
  {
    name: 'a dated freeze moves the start to the day after it, counted against it',
    plan: planWith([phase('a', { bake: '1d' }), phase('b')], {
      freezes: [{ name: 'launch', from: '2025-06-03', to: '2025-06-04', reason: 'Launch event' }],
    }),
    start: MONDAY,
    want: ['a 2025-06-02T00:00Z → 2025-06-03T00:00Z', 'b 2025-06-05T00:00Z → 2025-06-05T00:00Z [freeze:launch 2880]'],
  },
  {
    name: 'a recurring freeze within its dates; the first freeze in plan order takes the blame',
    plan: planWith([phase('a')], {
      freezes: [
        { name: 'first', from: '2025-06-04', to: '2025-06-04', reason: 'r' },
        { name: 'midweek', every: ['wed', 'thu'], from: '2025-06-01', reason: 'r' },
      ],
    }),
    start: '2025-06-04',
    options: { noFridays: false, noWeekends: false },
    want: ['a 2025-06-06T00:00Z → 2025-06-06T00:00Z [freeze:first 1440, freeze:midweek 1440]'],
  },
  {
    name: 'a freeze applies only to the environments it lists',
    plan: planWith([phase('s', { environment: 'staging' }), phase('p')], {
      freezes: [{ name: 'prod-only', from: MONDAY, to: '2025-06-03', reason: 'r', environments: ['production'] }],
    }),
    start: MONDAY,
    want: [
      's 2025-06-02T00:00Z → 2025-06-02T00:00Z',
      'p 2025-06-04T00:00Z → 2025-06-04T00:00Z [freeze:prod-only 2880]',
    ],
  },
  {
    name: 'crosses the year boundary: a freeze, then a Friday, then a weekend',
    plan: planWith([phase('a', { bake: '3d' }), phase('b', { bake: '1w' })], {
      freezes: [{ name: 'holidays', from: '2025-12-24', to: '2026-01-01', reason: 'r' }],
    }),
    start: '2025-12-22',
    want: [
      'a 2025-12-22T00:00Z → 2025-12-25T00:00Z',
      'b 2026-01-05T00:00Z → 2026-01-12T00:00Z [freeze:holidays 11520, no-friday 1440, no-weekend 2880]',
    ],
  },
  {
    name: 'ignores freezes whose dates are not real dates',
    plan: planWith([phase('a')], { freezes: [{ name: 'bad', from: '2025-02-30', to: '2025-03-40', reason: 'r' }] }),
    start: MONDAY,
    want: ['a 2025-06-02T00:00Z → 2025-06-02T00:00Z'],
  },
  // Change windows.
  {
    name: 'a phase starts only inside a change window; its bake runs past the window',
    plan: planWith([phase('a', { bake: '8h' }), phase('b', { bake: '10m' })], { schedule: { windows: [officeHours] } }),
    start: MONDAY,
    want: [
      'a 2025-06-02T09:00Z → 2025-06-02T17:00Z [window 540]',
      'b 2025-06-03T09:00Z → 2025-06-03T09:10Z [window 960]',
    ],
  },
  {
    name: 'after the last window of a Thursday comes Monday: Friday and the weekend are rules, not windows',
    plan: planWith([phase('a')], { schedule: { windows: [officeHours] } }),
    start: '2025-06-05T16:00Z',
    want: ['a 2025-06-09T09:00Z → 2025-06-09T09:00Z [window 1020, no-friday 1440, no-weekend 2880]'],
  },
  {
    name: 'several windows in a day: the next opening wins, windows of other environments do not count',
    plan: planWith([phase('a')], {
      schedule: {
        windows: [
          { from: '14:00', to: '15:00' },
          { from: '10:00', to: '11:00' },
          { from: '08:00', to: '09:00', environments: ['staging'] },
        ],
      },
    }),
    start: '2025-06-02T07:30Z',
    want: ['a 2025-06-02T10:00Z → 2025-06-02T10:00Z [window 150]'],
  },
  {
    name: 'a window that ends at 24:00 includes 23:59',
    plan: planWith([phase('a')], { schedule: { windows: [{ from: '22:00', to: '24:00' }] } }),
    start: '2025-06-02T23:59Z',
    want: ['a 2025-06-02T23:59Z → 2025-06-02T23:59Z'],
  },
  // Minimum waits.
  {
    name: 'a minimum wait counts from the previous phase finish, then the rules apply',
    plan: planWith([phase('expand', { bake: '1d' }), phase('contract', { minWait: '14d' })]),
    start: '2025-06-02T09:00Z',
    want: [
      'expand 2025-06-02T09:00Z → 2025-06-03T09:00Z',
      'contract 2025-06-17T09:00Z → 2025-06-17T09:00Z [wait 20160]',
    ],
  },
  {
    name: 'a wait that ends on a Saturday moves on to Monday',
    plan: planWith([phase('a'), phase('b', { minWait: '5d' })]),
    start: MONDAY,
    want: [
      'a 2025-06-02T00:00Z → 2025-06-02T00:00Z',
      'b 2025-06-09T00:00Z → 2025-06-09T00:00Z [wait 7200, no-weekend 2880]',
    ],
  },
  // Time zones.
  {
    name: 'a start date is its midnight in the plan time zone; windows are read in that zone',
    plan: planWith([phase('a', { bake: '30m' })], { schedule: { timeZone: 'Europe/Berlin', windows: [officeHours] } }),
    start: MONDAY,
    // Berlin is UTC+2 in June: midnight is 22:00Z the day before, 09:00 is 07:00Z.
    want: ['a 2025-06-02T07:00Z → 2025-06-02T07:30Z [window 540]'],
  },
  {
    name: 'weekdays are the plan zone’s: Friday in Auckland is still Thursday in UTC',
    plan: planWith([phase('a')], { schedule: { timeZone: 'Pacific/Auckland' } }),
    // 2025-06-05T13:00Z is Friday 01:00 in Auckland (UTC+12).
    start: '2025-06-05T13:00Z',
    // Monday 00:00 in Auckland is Sunday 12:00Z.
    want: ['a 2025-06-08T12:00Z → 2025-06-08T12:00Z [no-friday 1380, no-weekend 2880]'],
  },
  {
    name: 'DST spring forward: a 02:30 window opening that does not exist opens at 03:00 local',
    plan: planWith([phase('a')], {
      schedule: { timeZone: 'America/New_York', windows: [{ days: weekdays('sun'), from: '02:30', to: '04:00' }] },
    }),
    start: '2026-03-08',
    options: { noFridays: false, noWeekends: false },
    // 2026-03-08 00:00 EST is 05:00Z; clocks jump from 02:00 EST to 03:00 EDT (07:00Z).
    want: ['a 2026-03-08T07:00Z → 2026-03-08T07:00Z [window 120]'],
  },
  {
    name: 'DST fall back: the weekend is 49 hours long, and a 09:00 window is 09:00 in the new offset',
    plan: planWith([phase('a', { bake: '1h' })], {
      schedule: { timeZone: 'Europe/Berlin', windows: [{ from: '09:00', to: '17:00' }] },
    }),
    // Saturday 2025-10-25 00:00 Berlin (CEST) is 2025-10-24T22:00Z; Monday 00:00 (CET) is 2025-10-26T23:00Z.
    start: '2025-10-25',
    want: ['a 2025-10-27T08:00Z → 2025-10-27T09:00Z [no-weekend 2940, window 540]'],
  },
  {
    name: 'freeze days stay UTC days, in any zone',
    plan: planWith([phase('a')], {
      schedule: { timeZone: 'America/New_York' },
      freezes: [{ name: 'utc-day', from: '2025-06-03', to: '2025-06-03', reason: 'r' }],
    }),
    // 22:00 in New York on the 2nd is 02:00Z on the 3rd: frozen until the UTC day ends.
    start: '2025-06-02T22:00-04:00',
    want: ['a 2025-06-04T00:00Z → 2025-06-04T00:00Z [freeze:utc-day 1320]'],
  },
  {
    name: 'an unknown zone reads as UTC (validation reports it)',
    plan: planWith([phase('a')], { schedule: { timeZone: 'Mars/Olympus_Mons' } }),
    start: MONDAY,
    want: ['a 2025-06-02T00:00Z → 2025-06-02T00:00Z'],
  },
];

describe('projectCalendar', () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(projectCalendar(c.plan, c.start, c.options).map(line)).toEqual(c.want);
    });
  }

  it('shows start and finish in the plan zone with their offset, and only when the plan names a zone', () => {
    const zoned = planWith([phase('a', { bake: '2h' })], { schedule: { timeZone: 'Europe/Berlin' } });
    expect(projectCalendar(zoned, '2025-06-02T07:00Z')[0]).toMatchObject({
      startZoned: '2025-06-02T09:00+02:00',
      endZoned: '2025-06-02T11:00+02:00',
      durationMinutes: 120,
    });
    expect(projectCalendar(planWith([phase('a')]), MONDAY)[0]).toMatchObject({ startZoned: null, endZoned: null });
  });

  it('reports freezes between start and finish as touching, also for very long bakes', () => {
    const plan = planWith([phase('a', { bake: '5000w' })], {
      freezes: [
        { name: 'midweek', every: ['wed'], reason: 'r' },
        { name: 'later', from: '2030-01-01', to: '2030-01-02', reason: 'r' },
        { name: 'before', from: '2020-01-01', to: '2020-01-02', reason: 'r' },
      ],
    });
    expect(projectCalendar(plan, MONDAY)[0]!.touching).toEqual(['midweek', 'later']);
    const short = planWith([phase('a', { bake: '1d' })], { freezes: [{ name: 'f', from: '2025-06-03', reason: 'r' }] });
    // A phase that finishes exactly at midnight does not touch the day that begins then.
    expect(projectCalendar(short, MONDAY)[0]!.touching).toEqual([]);
  });

  it('reports a phase it cannot schedule instead of looping, after the lookahead', () => {
    const always: Freeze = { name: 'always', every: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], reason: 'r' };
    const [a, b] = projectCalendar(planWith([phase('a'), phase('b')], { freezes: [always] }), MONDAY);
    expect(a!.scheduled).toBe(false);
    expect(a!.delays).toEqual([{ reason: 'freeze', freeze: 'always', minutes: MAX_LOOKAHEAD_DAYS * 1440 }]);
    expect(b!.scheduled).toBe(false);
    // A window on a weekday the rules forbid never opens either.
    const never = planWith([phase('a')], { schedule: { windows: [{ days: ['sat'] }] } });
    expect(projectCalendar(never, MONDAY)[0]!.scheduled).toBe(false);
  });

  it('rejects a start that is not a real date, or a time without a zone', () => {
    const plan = planWith([phase('a')]);
    expect(() => projectCalendar(plan, '2025-13-01')).toThrow(RangeError);
    expect(() => projectCalendar(plan, '2025-06-02T09:00')).toThrow(/time zone/);
    expect(() => projectCalendar(plan, 'tomorrow')).toThrow(RangeError);
  });
});
