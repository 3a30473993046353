import { describe, expect, it } from 'vitest';
import {
  formatZonedMinute,
  isKnownTimeZone,
  localTime,
  nextLocalMidnight,
  zonedInstant,
  zoneOffsetMs,
} from '../../src/time/zone.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('time zones from Intl', () => {
  it.each([
    ['Europe/Berlin', true],
    ['America/Argentina/Buenos_Aires', true],
    ['UTC', true],
    ['Etc/GMT+5', true],
    ['Mars/Olympus_Mons', false],
    ['+01:00', false],
    ['', false],
    ['Europe/Berlin; rm -rf', false],
  ])('%s is known: %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });

  it.each([
    // zone, instant, offset minutes, local wall clock
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 60, '2026-01-15T13:00+01:00'],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 120, '2026-07-15T14:00+02:00'],
    ['America/New_York', '2026-03-08T06:59:00Z', -300, '2026-03-08T01:59-05:00'],
    ['America/New_York', '2026-03-08T07:00:00Z', -240, '2026-03-08T03:00-04:00'],
    ['Asia/Kolkata', '2026-01-01T00:00:00Z', 330, '2026-01-01T05:30+05:30'],
    ['Pacific/Chatham', '2026-01-01T00:00:00Z', 825, '2026-01-01T13:45+13:45'],
    ['UTC', '2026-01-01T00:00:00Z', 0, '2026-01-01T00:00+00:00'],
  ])('%s at %s is UTC%+d min', (zone, iso, offset, wall) => {
    expect(zoneOffsetMs(at(iso), zone)).toBe(offset * 60_000);
    expect(localTime(at(iso), zone).offsetMinutes).toBe(offset);
    expect(formatZonedMinute(at(iso), zone)).toBe(wall);
  });

  it.each([
    // zone, local day, local time, instant
    ['Europe/Berlin', '2026-06-01', '09:00', '2026-06-01T07:00:00Z'],
    // A skipped time is the instant the clocks jump.
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:00:00Z'],
    ['Europe/Berlin', '2026-03-29', '02:00', '2026-03-29T01:00:00Z'],
    // A repeated time is its first occurrence (still summer time).
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00Z'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00Z'],
    // Midnight that does not exist (Chile's spring forward at 00:00) is 01:00.
    ['America/Santiago', '2026-09-06', '00:00', '2026-09-06T04:00:00Z'],
  ])('%s %s %s is %s', (zone, localDay, clock, iso) => {
    const [h, m] = clock.split(':').map(Number);
    expect(new Date(zonedInstant(day(localDay), h! * 60 + m!, zone)).toISOString()).toBe(new Date(iso).toISOString());
  });

  it('finds the next local midnight across a DST change', () => {
    // Berlin's Sunday 2026-03-29 has 23 hours: it starts at 23:00Z on the 28th and the next day at 22:00Z on the 29th.
    expect(new Date(nextLocalMidnight(at('2026-03-29T12:00:00Z'), 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(localTime(at('2026-03-29T12:00:00Z'), 'Europe/Berlin')).toMatchObject({ weekday: 'sun', minute: 14 * 60 });
  });
});
