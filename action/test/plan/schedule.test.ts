// A plan's change windows as the calendar reads them (plan/schedule.ts).
import { describe, expect, it } from 'vitest';
import { changeWindows, windowHours } from '../../src/plan/schedule.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';

const withWindows = (windows: NonNullable<RolloutPlan['schedule']>['windows']) =>
  ({ schedule: { windows } }) as RolloutPlan;

describe('change windows', () => {
  it('reads a window without hours as the whole day, and keeps the hours it gives', () => {
    expect(windowHours({})).toEqual({ from: '00:00', to: '24:00' });
    expect(windowHours({ from: '09:00' })).toEqual({ from: '09:00', to: '24:00' });
    expect(windowHours({ to: '17:30' })).toEqual({ from: '00:00', to: '17:30' });
  });

  it('turns windows into minute ranges, dropping one that never opens', () => {
    const rules = changeWindows(
      withWindows([{ days: ['mon'], from: '09:00', to: '17:00' }, { to: '06:00' }, { from: '18:00', to: '08:00' }]),
    );
    expect(rules.map((r) => [r.from, r.to, r.days && [...r.days]])).toEqual([
      [540, 1020, ['mon']],
      [0, 360, undefined],
    ]);
  });
});
