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

const sampled = (status: GateReading['status'], value: string, sampledAt: string): GateReading => ({
  ...reading(status, value),
  sampledAt,
});

describe('recordReadings', () => {
  it('adds no day for a run that read nothing: a kept reading stays on the day it was read', () => {
    const first = recordReadings(undefined, [reading('rollback', '120')], at('2026-12-03T23:25:00Z')).record;
    // Past midnight, within the gate's interval: not read again, so nothing was measured that day.
    const kept = { ...reading('rollback', '120'), kept: true as const };
    const next = recordReadings(first, [kept], at('2026-12-04T00:25:00Z'));
    expect(next).toEqual({ record: first, changed: false });
    // Read again that day: the day gets its row, and the earlier day keeps its own.
    const read = recordReadings(first, [reading('rollback', '125')], at('2026-12-04T01:25:00Z'));
    expect(read.changed).toBe(true);
    expect(read.record.days.map((d) => [d.day, d.gates.error_rate?.value])).toEqual([
      ['2026-12-03', '120'],
      ['2026-12-04', '125'],
    ]);
  });

  it("keeps today's row for a kept gate beside one read again", () => {
    const gates = [reading('fail', '0.08'), reading('pass', '12', 'latency')];
    const first = recordReadings(undefined, gates, at('2026-12-04T01:00:00Z')).record;
    const next = recordReadings(
      first,
      [{ ...reading('fail', '0.08'), kept: true as const }, reading('rollback', '30', 'latency')],
      at('2026-12-04T02:00:00Z'),
    );
    expect(next.record.days).toEqual([
      {
        day: '2026-12-04',
        gates: { error_rate: { status: 'fail', value: '0.08' }, latency: { status: 'rollback', value: '30' } },
      },
    ]);
  });

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

  it("carries the newest sample's time from the gate's measurement, in whole seconds", () => {
    const metric: GateResult = {
      id: 'g1',
      kind: 'metric',
      title: 'error_rate',
      status: 'pass',
      summary: '',
      metric: {
        name: 'error_rate',
        provider: 'prometheus',
        compare: 'absolute',
        direction: 'lower-is-better',
        signal: 'negative',
        query: 'x',
        value: 0.004,
        sampledAt: new Date('2026-12-06T04:09:58.250Z'),
        thresholds: { max: 0.01 },
      },
    };
    expect(toReading(metric, '≤ 0.01')).toMatchObject({ value: '0.004', sampledAt: '2026-12-06T04:09:58Z' });
  });

  it('a newer sample alone writes nothing; the next change stores its own sample time', () => {
    const first = recordReadings(
      undefined,
      [sampled('pass', '0.01', '2026-12-06T02:59:30Z')],
      at('2026-12-06T03:00:00Z'),
    ).record;
    const later = recordReadings(first, [sampled('pass', '0.01', '2026-12-06T08:59:45Z')], at('2026-12-06T09:00:00Z'));
    expect(later.changed).toBe(false);
    expect(later.record).toBe(first);
    const moved = recordReadings(first, [sampled('fail', '0.2', '2026-12-06T09:59:45Z')], at('2026-12-06T10:00:00Z'));
    expect(moved.changed).toBe(true);
    expect(moved.record.gates[0]!.sampledAt).toBe('2026-12-06T09:59:45Z');
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

  it('round-trips a sample time, to the same line', () => {
    const dated = recordReadings(
      undefined,
      [sampled('pass', '0.01', '2026-12-06T02:58:00Z')],
      at('2026-12-06T03:00:00Z'),
    ).record;
    const line = encodeReadings(dated);
    expect(decodeReadings([line])).toEqual(dated);
    expect(encodeReadings(decodeReadings([line])!)).toBe(line);
  });

  it('refuses a malformed or impossible sample time', () => {
    const dated = recordReadings(
      undefined,
      [sampled('pass', '0.01', '2026-12-06T02:58:00Z')],
      at('2026-12-06T03:00:00Z'),
    ).record;
    const line = encodeReadings(dated);
    for (const forged of [
      '"2026-12-06 02:58"',
      '"2026-13-45T99:00:00Z"',
      '"2026-02-30T02:58:00Z"',
      '1796000000',
      'null',
      // Further after the evaluation than any provider answers.
      '"2026-12-07T03:00:01Z"',
    ]) {
      const text = line.replace('"2026-12-06T02:58:00Z"', forged);
      expect(text).not.toBe(line);
      expect(decodeReadings([text]), forged).toBeUndefined();
    }
    // Within the lead a snapshot may have (a json-file value a little after the evaluation), it reads.
    expect(decodeReadings([line.replace('"2026-12-06T02:58:00Z"', '"2026-12-06T03:20:00Z"')])).toBeDefined();
    // A forged evaluation time is refused as before, a real-looking impossible one too.
    expect(decodeReadings([line.replace('"2026-12-06T03:00:00Z"', '"2026-02-31T03:00:00Z"')])).toBeUndefined();
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
    expect(lines).toContain('| error\\_rate | 0.2 \\| \\<b> | ≤ 0.05 | ❌ fail | not dated |');
    const days = lines.filter((l) => /^\| 2026-12-0\d/.test(l));
    expect(days).toEqual(['| 2026-12-06 | ❌ fail 0.2 \\| \\<b> |', '| 2026-12-05 | ✅ pass 0.01 |']);
  });

  it('leaves the history out when asked (a body near the size limit)', () => {
    const { record } = recordReadings(undefined, [reading('pass', '0.01')], at('2026-12-06T03:00:00Z'));
    expect(renderReadings(record).some((l) => l.startsWith('| 2026-12-06'))).toBe(true);
    const bare = renderReadings(record, { withoutHistory: true });
    expect(bare.some((l) => l.startsWith('| 2026-12-06') || l.includes('Daily history'))).toBe(false);
    expect(bare).toContain('| error\\_rate | 0.01 | ≤ 0.05 | ✅ pass | not dated |');
  });

  it("shows the newest sample's time and its age at the evaluation, never against the clock", () => {
    const { record } = recordReadings(
      undefined,
      [
        sampled('pass', '0.01', '2026-12-06T02:57:30Z'),
        { ...sampled('pass', '3', '2026-12-06T03:00:00Z'), gate: 'latency', title: 'latency' },
        { ...sampled('pass', '5', '2026-12-06T03:20:00Z'), gate: 'orders', title: 'orders' },
        { ...reading('inconclusive', 'no data (empty)'), gate: 'success', title: 'success' },
      ],
      at('2026-12-06T03:00:00Z'),
    );
    const table = renderReadings(record, { withoutHistory: true }).filter(
      (l) => l.startsWith('| ') && !l.startsWith('| -'),
    );
    expect(table).toEqual([
      '| Gate | Value | Threshold | Status | Newest sample |',
      '| error\\_rate | 0.01 | ≤ 0.05 | ✅ pass | 2026-12-06 02:57 UTC (3m before evaluation) |',
      '| latency | 3 | ≤ 0.05 | ✅ pass | 2026-12-06 03:00 UTC (at evaluation) |',
      '| orders | 5 | ≤ 0.05 | ✅ pass | 2026-12-06 03:20 UTC (20m after evaluation) |',
      '| success | no data (empty) | ≤ 0.05 | ❔ no data | — |',
    ]);
  });
});
