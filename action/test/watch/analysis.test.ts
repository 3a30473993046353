// Analysis semantics of watched metric gates (watch/analysis.ts): the limits a gate takes from the
// plan and itself, consecutive counts that saturate at their limit (so a steady state writes
// nothing), the status the verdict uses, the interval, and the counts' bounds in the stored record.
import { describe, expect, it } from 'vitest';
import type { GateStatus } from '../../src/gates/model.ts';
import { MAX_ANALYSIS_LIMIT } from '../../src/plan/schema.ts';
import { statusReadings } from '../../src/rollout-status/readings.ts';
import {
  analysisLimits,
  countReading,
  DEFAULT_LIMITS,
  failureProgress,
  isDue,
  judgedStatus,
  noDataProgress,
} from '../../src/watch/analysis.ts';
import { decodeReadings, encodeReadings } from '../../src/watch/codec.ts';
import { type GateReading, passingGates, recordReadings, type WatchRecord } from '../../src/watch/readings.ts';
import { renderReadings } from '../../src/watch/render.ts';
import { watchVerdict } from '../../src/watch/verdict.ts';

const T0 = Date.parse('2026-03-02T01:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000);

const reading = (status: GateStatus, value: string, limits: Partial<GateReading> = {}): GateReading => ({
  gate: 'metric-error-rate',
  title: 'error_rate',
  status,
  value,
  threshold: '≤ 1%, roll back above 5%',
  ...limits,
});

/** Runs one reading per hour through recordReadings; returns each run's record and whether it changed. */
function runs(statuses: readonly GateStatus[], limits: Partial<GateReading>) {
  let record: WatchRecord | undefined;
  return statuses.map((status, i) => {
    const value = status === 'rollback' ? '8%' : status === 'fail' ? '3%' : status === 'pass' ? '0.2%' : 'no data';
    const next = recordReadings(record, [reading(status, value, limits)], at(i));
    record = next.record;
    return next;
  });
}

describe('analysis limits', () => {
  it('take the gate’s fields over the plan’s, with defaults that behave as before', () => {
    expect(analysisLimits({}, {})).toEqual(DEFAULT_LIMITS);
    expect(
      analysisLimits(
        { analysis: { interval: '1h', failureLimit: 3, inconclusiveLimit: 4 } },
        { analysis: { failureLimit: 2 } },
      ),
    ).toEqual({ intervalMs: 3_600_000, failureLimit: 2, inconclusiveLimit: 4 });
  });

  it('count consecutive failing readings up to the limit, and start again after a pass or no data', () => {
    const limits = { failureLimit: 3 };
    const counted = (s: GateStatus, previous?: Parameters<typeof countReading>[0]) => countReading(previous, s, limits);
    // The limit rides along, so the record can be judged without the plan.
    expect(counted('fail')).toEqual({ failing: 1, failureLimit: 3 });
    expect(counted('rollback', { status: 'fail', failing: 1 })).toEqual({ failing: 2, failureLimit: 3 });
    expect(counted('fail', { status: 'rollback', failing: 3 })).toEqual({ failing: 3, failureLimit: 3 });
    expect(counted('pass', { status: 'fail', failing: 3 })).toEqual({ failureLimit: 3 });
    expect(counted('fail', { status: 'inconclusive' })).toEqual({ failing: 1, failureLimit: 3 });
    // Default limits count nothing: records stay as they were.
    expect(countReading({ status: 'fail' }, 'fail', { failureLimit: 1 })).toEqual({});
  });

  it('a reading beyond the rollback threshold holds until the failure limit, then asks for a rollback', () => {
    const limits = { failureLimit: 3 };
    const results = runs(['pass', 'rollback', 'rollback', 'rollback', 'rollback'], limits);
    const gate = (i: number) => results[i]!.record.gates[0]!;
    expect([1, 2, 3, 4].map((i) => gate(i).failing)).toEqual([1, 2, 3, 3]);
    expect([1, 2, 3].map((i) => judgedStatus(gate(i)))).toEqual(['fail', 'fail', 'rollback']);
    expect([1, 2, 3].map((i) => watchVerdict(results[i]!.record, 'roll-back').verdict)).toEqual([
      'HOLD',
      'HOLD',
      'ROLL BACK',
    ]);
    expect(watchVerdict(results[3]!.record, 'roll-forward').verdict).toBe('ROLL FORWARD');
    expect(watchVerdict(results[1]!.record, 'roll-back').reasons).toEqual([
      'error_rate reads 8% (≤ 1%, roll back above 5%), failing 1 of 3 readings',
    ]);
    expect(watchVerdict(results[3]!.record, 'roll-back').reasons).toEqual([
      'error_rate reads 8% (≤ 1%, roll back above 5%), 3 failing readings in a row',
    ]);
    // The breach begins when the limit is reached, not at the first reading past the threshold.
    expect([2, 3, 4].map((i) => results[i]!.record.breach)).toEqual([
      undefined,
      at(2).toISOString().replace('.000Z', 'Z'),
      at(2).toISOString().replace('.000Z', 'Z'),
    ]);
    // Saturated: the fourth failing reading changes nothing, so nothing is written.
    expect(results.map((r) => r.changed)).toEqual([true, true, true, true, false]);
    // Only a passing reading ticks the box.
    expect([0, 1, 3].map((i) => passingGates(results[i]!.record).has('metric-error-rate'))).toEqual([
      true,
      false,
      false,
    ]);
    const rows = (i: number) => renderReadings(results[i]!.record).join('\n');
    expect(rows(1)).toContain('| ❌ failing, 1 of 3 before a roll back |');
    expect(rows(1)).toContain('Verdict of the measured gates: **HOLD**.');
    expect(rows(3)).toContain('| 🛑 roll back, 3 in a row |');
    expect(rows(3)).toContain('Verdict of the measured gates: **ROLL BACK**.');
    // The status file (and the site) shows the judged status too.
    expect([1, 3].map((i) => statusReadings(results[i]!.record).gates[0]!.status)).toEqual(['fail', 'rollback']);
  });

  it('with the default failure limit a rollback reading asks for a rollback at once, as before', () => {
    const results = runs(['pass', 'rollback'], {});
    expect(judgedStatus(results[1]!.record.gates[0]!)).toBe('rollback');
    expect(results[1]!.record.gates[0]!.failing).toBeUndefined();
    expect(renderReadings(results[1]!.record).join('\n')).toContain('| 🛑 roll back |');
  });

  it('readings without data for the whole inconclusive limit are raised as a problem', () => {
    const results = runs(['inconclusive', 'error', 'inconclusive', 'inconclusive'], { inconclusiveLimit: 3 });
    expect(results.map((r) => r.record.gates[0]!.noData)).toEqual([1, 2, 3, 3]);
    expect(watchVerdict(results[1]!.record, 'roll-back')).toMatchObject({ verdict: 'HOLD', problems: [] });
    expect(watchVerdict(results[2]!.record, 'roll-back')).toMatchObject({
      verdict: 'HOLD',
      problems: ['error_rate reads no data (≤ 1%, roll back above 5%), no data for 3 readings in a row'],
    });
    expect(renderReadings(results[2]!.record).join('\n')).toContain('| ❔ no data, 3 in a row: a problem |');
    expect(results[3]!.changed).toBe(false);
  });

  it('say where a reading stands against its limits, an absent count being the first in a row', () => {
    expect(failureProgress(reading('fail', '8%', { failureLimit: 3, failing: 2 }))).toEqual({ count: 2, limit: 3 });
    expect(failureProgress(reading('rollback', '8%', { failureLimit: 3 }))).toEqual({ count: 1, limit: 3 });
    expect(failureProgress(reading('fail', '8%'))).toBeUndefined();
    expect(failureProgress(reading('pass', '0.1%', { failureLimit: 3 }))).toBeUndefined();
    expect(noDataProgress(reading('error', 'no data', { inconclusiveLimit: 2, noData: 2 }))).toEqual({
      count: 2,
      limit: 2,
    });
    expect(noDataProgress(reading('inconclusive', 'no data'))).toBeUndefined();
    // A stored record without the count (written before counts existed) reads as one in a row.
    const record: WatchRecord = {
      evaluatedAt: '2026-03-02T01:00:00Z',
      gates: [reading('inconclusive', 'no data', { inconclusiveLimit: 1 })],
      days: [],
    };
    expect(watchVerdict(record, 'roll-back').problems).toEqual([
      'error_rate reads no data (≤ 1%, roll back above 5%), no data for 1 reading in a row',
    ]);
  });

  it('an interval keeps a gate’s reading until it has passed since the reading last changed', () => {
    const limits = { ...DEFAULT_LIMITS, intervalMs: 2 * 3_600_000 };
    const first = recordReadings(undefined, [reading('fail', '3%', { failureLimit: 2 })], at(0)).record;
    const countedAt = first.gates[0]!.countedAt;
    expect(countedAt).toBe('2026-03-02T01:00:00Z');
    expect([isDue(countedAt, limits, at(1)), isDue(countedAt, limits, at(2)), isDue(undefined, limits, at(1))]).toEqual(
      [false, true, true],
    );
    // A kept gate is not counted again: the record stays as it was.
    const kept = recordReadings(first, [{ ...first.gates[0]!, kept: true }], at(1));
    expect(kept).toEqual({ record: first, changed: false });
    // A reading that shows the same keeps the time it last changed.
    const again = recordReadings(
      first,
      [reading('fail', '3%', { failureLimit: 2 }), reading('pass', '1', { gate: 'other' })],
      at(2),
    );
    expect(again.record.gates.map((g) => [g.failing, g.countedAt])).toEqual([
      [2, '2026-03-02T03:00:00Z'],
      [undefined, '2026-03-02T03:00:00Z'],
    ]);
  });
});

describe('analysis counts in the stored record', () => {
  const record = (gate: Record<string, unknown>) =>
    encodeReadings({
      evaluatedAt: '2026-03-02T05:00:00Z',
      gates: [{ ...reading('fail', '3%'), ...gate } as GateReading],
      days: [],
    });
  const decoded = (gate: Record<string, unknown>) => decodeReadings([record(gate)]);

  it('round-trip, and encode the same whatever order the fields were set in', () => {
    const gate = { failing: 2, failureLimit: 3, noData: undefined, countedAt: '2026-03-02T04:00:00Z' };
    expect(decoded(gate)?.gates[0]).toMatchObject({ failing: 2, failureLimit: 3, countedAt: '2026-03-02T04:00:00Z' });
    const reordered = { countedAt: '2026-03-02T04:00:00Z', failureLimit: 3, failing: 2 };
    expect(record(reordered)).toBe(record(gate));
  });

  it.each([
    ['a count above its limit', { failing: 4, failureLimit: 3 }],
    ['a count without its limit', { failing: 2 }],
    ['a fractional count', { failing: 1.5, failureLimit: 3 }],
    ['a limit beyond the largest', { failing: 1, failureLimit: MAX_ANALYSIS_LIMIT + 1 }],
    ['a failure limit of 1 (never stored)', { failureLimit: 1 }],
    ['a no-data count above its limit', { noData: 3, inconclusiveLimit: 2 }],
    ['a count as text', { failing: '2', failureLimit: 3 }],
    ['a last change after the evaluation', { countedAt: '2026-03-02T06:00:00Z' }],
    ['a last change that is no time', { countedAt: '2026-02-30T04:00:00Z' }],
  ])('reject %s (the next run starts afresh)', (_what, gate) => {
    expect(decoded(gate)).toBeUndefined();
  });
});

describe('counting within one run', () => {
  it('folding the same readings at the same time again counts nothing twice (a run recomputes its bodies)', () => {
    const first = recordReadings(undefined, [reading('rollback', '8%', { failureLimit: 3 })], at(0)).record;
    const again = recordReadings(first, [reading('rollback', '8%', { failureLimit: 3 })], at(0));
    expect(again).toEqual({ record: first, changed: false });
    expect(first.gates[0]!.failing).toBe(1);
  });
});
