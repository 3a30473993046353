import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/gates/model.ts';
import { decodeReadings, encodeReadings } from '../../src/watch/codec.ts';
import {
  type GateReading,
  HISTORY_DAYS,
  recordReadings,
  toReading,
  type WatchRecord,
  worseStatus,
} from '../../src/watch/readings.ts';
import { renderReadings } from '../../src/watch/render.ts';

const reading = (status: GateReading['status'], value: string, gate = 'error_rate'): GateReading => ({
  gate,
  title: gate,
  status,
  value,
  threshold: '≤ 0.05',
});

const at = (iso: string) => new Date(iso);

describe('recordReadings', () => {
  it('starts a record with a table and one day row', () => {
    const { record, changed } = recordReadings(undefined, [reading('pass', '0.01')], at('2026-12-06T03:00:00Z'));
    expect(changed).toBe(true);
    expect(record.evaluatedAt).toBe('2026-12-06T03:00:00Z');
    expect(record.days).toEqual([{ day: '2026-12-06', gates: { error_rate: { status: 'pass', value: '0.01' } } }]);
  });

  it('writes nothing when a later run reads the same, hours apart', () => {
    const first = recordReadings(undefined, [reading('pass', '0.01')], at('2026-12-06T03:00:00Z')).record;
    const again = recordReadings(first, [reading('pass', '0.01')], at('2026-12-06T09:00:00Z'));
    expect(again.changed).toBe(false);
    expect(again.record).toBe(first);
    expect(encodeReadings(again.record)).toBe(encodeReadings(first));
  });

  it('rewrites when the displayed value changes, and keeps the worst status of the day', () => {
    const first = recordReadings(undefined, [reading('fail', '0.09')], at('2026-12-06T03:00:00Z')).record;
    const next = recordReadings(first, [reading('pass', '0.01')], at('2026-12-06T04:00:00Z'));
    expect(next.changed).toBe(true);
    expect(next.record.gates[0]!.status).toBe('pass');
    expect(next.record.evaluatedAt).toBe('2026-12-06T04:00:00Z');
    expect(next.record.days.at(-1)!.gates.error_rate).toEqual({ status: 'fail', value: '0.09' });
  });

  it('adds one row per day and keeps only the last HISTORY_DAYS days', () => {
    let record: WatchRecord | undefined;
    const start = Date.parse('2026-10-01T12:00:00Z');
    for (let d = 0; d < HISTORY_DAYS + 5; d++)
      record = recordReadings(record, [reading('pass', '0.01')], new Date(start + d * 86_400_000)).record;
    expect(record!.days).toHaveLength(HISTORY_DAYS);
    expect(record!.days[0]!.day).toBe('2026-10-06');
    expect(record!.days.at(-1)!.day).toBe('2026-11-04');
  });

  it("clips a day row's value, so a month of rows stays small", () => {
    const long = 'no data (newest sample 4m old, max age 2m) and more words';
    const { record } = recordReadings(undefined, [reading('inconclusive', long)], at('2026-12-06T03:00:00Z'));
    expect(record.gates[0]!.value).toBe(long);
    const kept = record.days[0]!.gates.error_rate!.value;
    expect(kept.length).toBeLessThanOrEqual(32);
    expect(kept.endsWith('…')).toBe(true);
  });

  it('orders statuses by harm', () => {
    expect(worseStatus('pass', 'fail')).toBe('fail');
    expect(worseStatus('rollback', 'fail')).toBe('rollback');
    expect(worseStatus('inconclusive', 'pending')).toBe('inconclusive');
  });

  it('watches metric gates only', () => {
    const metric: GateResult = { id: 'g1', kind: 'metric', title: 'latency', status: 'pass', summary: '412 ms' };
    const manual: GateResult = { id: 'g2', kind: 'manual', title: 'dashboards', status: 'pending', summary: 'open' };
    expect(toReading(metric, '≤ 500 ms')).toEqual({
      gate: 'g1',
      title: 'latency',
      status: 'pass',
      value: '412 ms',
      threshold: '≤ 500 ms',
    });
    expect(toReading(manual, '')).toBeUndefined();
  });
});

describe('the readings marker', () => {
  const record = recordReadings(
    undefined,
    [reading('fail', 'a--b --> <!-- x', 'error_rate'), reading('pass', '3', 'latency')],
    at('2026-12-06T03:00:00Z'),
  ).record;

  it('round-trips and never closes its comment early', () => {
    const line = encodeReadings(record);
    expect(line.slice(4, -3)).not.toContain('--');
    expect(line.slice(0, -3)).not.toContain('-->');
    expect(decodeReadings(['text', line])).toEqual(record);
  });

  it('refuses a forged or malformed record', () => {
    const line = encodeReadings(record);
    expect(decodeReadings([line.replace('"fail"', '"great"')])).toBeUndefined();
    expect(decodeReadings(['<!-- rollbook:readings {not json} -->'])).toBeUndefined();
    expect(decodeReadings(['no marker here'])).toBeUndefined();
    const tooLong = { ...record, days: Array.from({ length: HISTORY_DAYS + 1 }, () => record.days[0]!) };
    expect(decodeReadings([encodeReadings(tooLong)])).toBeUndefined();
  });
});

describe('renderReadings', () => {
  it('shows the table and the history newest first, escaping provider text', () => {
    let record = recordReadings(undefined, [reading('pass', '0.01')], at('2026-12-05T03:00:00Z')).record;
    record = recordReadings(record, [reading('fail', '0.2 | <b>')], at('2026-12-06T03:00:00Z')).record;
    const lines = renderReadings(record);
    expect(lines[0]).toBe('**Gate readings** (measured by Rollbook; evaluated 2026-12-06 03:00 UTC)');
    expect(lines).toContain('| error\\_rate | 0.2 \\| \\<b> | ≤ 0.05 | ❌ fail |');
    const days = lines.filter((l) => /^\| 2026-12-0\d/.test(l));
    expect(days).toEqual(['| 2026-12-06 | ❌ fail 0.2 \\| \\<b> |', '| 2026-12-05 | ✅ pass 0.01 |']);
  });

  it('leaves the history out when asked (a body near the size limit)', () => {
    const { record } = recordReadings(undefined, [reading('pass', '0.01')], at('2026-12-06T03:00:00Z'));
    expect(renderReadings(record).some((l) => l.startsWith('| 2026-12-06'))).toBe(true);
    const bare = renderReadings(record, { withoutHistory: true });
    expect(bare.some((l) => l.startsWith('| 2026-12-06') || l.includes('Daily history'))).toBe(false);
    expect(bare).toContain('| error\\_rate | 0.01 | ≤ 0.05 | ✅ pass |');
  });
});
