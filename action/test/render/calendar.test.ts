import { describe, expect, it } from 'vitest';
import { MAX_LOOKAHEAD_DAYS, NO_FRIDAY, parseIsoDay, projectCalendar, weekdayOf } from '../../src/plan/calendar.ts';
import { minimalPlan, phase } from './support/minimal-plan.ts';

// 2025-06-02 is a Monday.
const MONDAY = '2025-06-02';

describe('projectCalendar', () => {
  it('chains phases: each starts the day the previous one finishes, bakes rounded up to days', () => {
    const plan = minimalPlan([
      phase('a', { bake: '24h' }),
      phase('b', { bake: '36h' }),
      phase('c', { bake: '2h' }),
      phase('d'),
    ]);
    const windows = projectCalendar(plan, MONDAY);
    expect(windows.map((w) => [w.phaseId, w.start, w.end, w.bakeDays])).toEqual([
      ['a', '2025-06-02', '2025-06-03', 1],
      ['b', '2025-06-03', '2025-06-05', 2],
      // A 2h bake still ends the next day; it may end on a Friday…
      ['c', '2025-06-05', '2025-06-06', 1],
      // …but d may not start on one, so it moves to Saturday.
      ['d', '2025-06-07', '2025-06-07', 0],
    ]);
    expect(windows[2]!.delays).toEqual([]);
    expect(windows[3]!.delays).toEqual([{ freeze: NO_FRIDAY, days: 1 }]);
  });

  it('does not start a phase on a Friday unless noFridays is false', () => {
    const plan = minimalPlan([phase('a')]);
    expect(projectCalendar(plan, '2025-06-06')[0]).toMatchObject({
      start: '2025-06-07',
      delays: [{ freeze: NO_FRIDAY, days: 1 }],
    });
    expect(projectCalendar(plan, '2025-06-06', { noFridays: false })[0]).toMatchObject({
      start: '2025-06-06',
      delays: [],
    });
  });

  it('lets a bake end on a Friday or inside a freeze, and reports the freeze as touching', () => {
    const plan = minimalPlan(
      [phase('a', { bake: '4d' })],
      [{ name: 'f', from: '2025-06-04', to: '2025-06-04', reason: 'r' }],
    );
    const [window] = projectCalendar(plan, MONDAY);
    expect(window).toMatchObject({ start: MONDAY, end: '2025-06-06', delays: [], touching: ['f'] });
  });

  it('moves a start past a dated freeze, counting the days against it', () => {
    const plan = minimalPlan(
      [phase('a', { bake: '1d' }), phase('b')],
      [{ name: 'launch', from: '2025-06-03', to: '2025-06-04', reason: 'Launch event' }],
    );
    const [a, b] = projectCalendar(plan, MONDAY);
    expect(a).toMatchObject({ start: MONDAY, end: '2025-06-03', touching: ['launch'] });
    expect(b).toMatchObject({ start: '2025-06-05', delays: [{ freeze: 'launch', days: 2 }] });
  });

  it('applies recurring weekday freezes, within from/to when given', () => {
    const weekends = { name: 'weekend', every: ['sat' as const, 'sun' as const], reason: 'No weekend changes' };
    const plan = minimalPlan([phase('a')], [weekends]);
    expect(projectCalendar(plan, '2025-06-07')[0]).toMatchObject({
      start: '2025-06-09',
      delays: [{ freeze: 'weekend', days: 2 }],
    });
    const bounded = minimalPlan([phase('a')], [{ ...weekends, from: '2025-06-08', to: '2025-06-30' }]);
    // Saturday the 7th is before the recurrence starts; Sunday the 8th is not.
    expect(projectCalendar(bounded, '2025-06-07')[0]).toMatchObject({ start: '2025-06-07', delays: [] });
    expect(projectCalendar(bounded, '2025-06-08')[0]).toMatchObject({ start: '2025-06-09' });
  });

  it('attributes a day to the first freeze in plan order, then to the Friday rule', () => {
    const plan = minimalPlan(
      [phase('a')],
      [
        { name: 'first', from: '2025-06-06', to: '2025-06-06', reason: 'r' },
        { name: 'second', from: '2025-06-06', to: '2025-06-07', reason: 'r' },
      ],
    );
    expect(projectCalendar(plan, '2025-06-06')[0]!.delays).toEqual([
      { freeze: 'first', days: 1 },
      { freeze: 'second', days: 1 },
    ]);
  });

  it('only applies a freeze to the environments it lists', () => {
    const freeze = { name: 'prod-only', from: MONDAY, to: '2025-06-03', reason: 'r', environments: ['production'] };
    const plan = minimalPlan([phase('s', { environment: 'staging' }), phase('p')], [freeze]);
    const [s, p] = projectCalendar(plan, MONDAY);
    expect(s).toMatchObject({ start: MONDAY, touching: [] });
    expect(p).toMatchObject({ start: '2025-06-04', delays: [{ freeze: 'prod-only', days: 2 }] });
  });

  it('crosses the year boundary', () => {
    const plan = minimalPlan(
      [phase('a', { bake: '3d' }), phase('b', { bake: '1w' })],
      [{ name: 'holidays', from: '2025-12-24', to: '2026-01-01', reason: 'r' }],
    );
    const [a, b] = projectCalendar(plan, '2025-12-22');
    expect(a).toMatchObject({ start: '2025-12-22', end: '2025-12-25', touching: ['holidays'] });
    // b may start on the 25th: frozen to 2026-01-01 (8 days), then 2026-01-02 is a Friday.
    expect(weekdayOf(parseIsoDay('2026-01-02')!)).toBe('fri');
    expect(b).toMatchObject({
      start: '2026-01-03',
      end: '2026-01-10',
      delays: [
        { freeze: 'holidays', days: 8 },
        { freeze: NO_FRIDAY, days: 1 },
      ],
    });
    expect(projectCalendar(plan, '2025-12-22', { noFridays: false })[1]).toMatchObject({ start: '2026-01-02' });
  });

  it('reports a phase it cannot schedule instead of looping', () => {
    const always = { name: 'always', every: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, reason: 'r' };
    const plan = minimalPlan([phase('a'), phase('b')], [{ ...always, every: [...always.every] }]);
    const [a, b] = projectCalendar(plan, MONDAY);
    expect(a!.scheduled).toBe(false);
    expect(a!.delays).toEqual([{ freeze: 'always', days: MAX_LOOKAHEAD_DAYS }]);
    expect(b!.scheduled).toBe(false);
  });

  it('ignores freezes whose dates are not real dates, and rejects a bad start', () => {
    const plan = minimalPlan([phase('a')], [{ name: 'bad', from: '2025-02-30', to: '2025-03-40', reason: 'r' }]);
    expect(projectCalendar(plan, MONDAY)[0]).toMatchObject({ start: MONDAY, delays: [] });
    expect(() => projectCalendar(plan, '2025-13-01')).toThrow(RangeError);
  });

  it('treats a dated freeze without `to` as the single day `from`', () => {
    const plan = minimalPlan([phase('a')], [{ name: 'day', from: MONDAY, reason: 'r' }]);
    expect(projectCalendar(plan, MONDAY)[0]).toMatchObject({
      start: '2025-06-03',
      delays: [{ freeze: 'day', days: 1 }],
    });
  });
});
