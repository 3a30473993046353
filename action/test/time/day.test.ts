// Calendar days as UTC midnights and day numbers, and the one test that a day exists (time/day.ts).
import { describe, expect, it } from 'vitest';
import { isRealDay, parseIsoDay, utcDayMs } from '../../src/time/day.ts';

describe('calendar days', () => {
  it('reads a real YYYY-MM-DD day as its UTC midnight', () => {
    expect(utcDayMs('2026-12-07')).toBe(Date.UTC(2026, 11, 7));
    expect(utcDayMs('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(parseIsoDay('1970-01-02')).toBe(1);
  });

  it.each([
    '2026-02-30',
    '2027-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-12-7',
    '2026-12-07T00:00Z',
    ' 2026-12-07',
    '',
  ])('refuses %j, which is not a day as written', (text) => {
    expect(utcDayMs(text)).toBeUndefined();
    expect(isRealDay(text)).toBe(false);
  });
});
