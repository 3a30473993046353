import { describe, expect, it } from 'vitest';
import { parseExpect, parseQuantity } from '../../src/plan/expect.ts';
import { convertUnit, kpiThreshold, meetsThreshold } from '../../src/plan/kpi-threshold.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';

describe('parseExpect', () => {
  const read = (text: string) => {
    const parsed = parseExpect(text);
    return parsed.measurable ? parsed.threshold : undefined;
  };

  it('reads an operator, a number and a unit, and keeps what follows as a note', () => {
    expect(read('>= 99.5%')).toEqual({ op: '>=', value: 99.5, unit: '%', relative: false });
    expect(read('<= 12 ms fleet-wide; cold reads alone may reach 60 ms')).toEqual({
      op: '<=',
      value: 12,
      unit: 'ms',
      relative: false,
      note: 'fleet-wide; cold reads alone may reach 60 ms',
    });
    expect(read('>= 40% free once wave 2 has baked')).toMatchObject({
      value: 40,
      unit: '%',
      note: 'free once wave 2 has baked',
    });
    expect(read('<= 14,000 a month')).toEqual({ op: '<=', value: 14000, relative: false, note: 'a month' });
    expect(read('< 0.5')).toEqual({ op: '<', value: 0.5, relative: false });
    expect(read('≤ 3 s')).toMatchObject({ op: '<=', value: 3, unit: 's' });
    expect(read('≥ 99.5%')).toMatchObject({ op: '>=', value: 99.5, unit: '%' });
    expect(read('= 0')).toMatchObject({ op: '=', value: 0 });
    expect(read('<= 860 ms (at most +5%)')).toMatchObject({ value: 860, unit: 'ms', note: '(at most +5%)' });
  });

  it('reads a signed percentage as a change against the baseline, with or without an operator', () => {
    expect(read('+5%')).toEqual({ op: '>=', value: 5, unit: '%', relative: true });
    expect(read('-20% p99 latency')).toEqual({ op: '<=', value: -20, unit: '%', relative: true, note: 'p99 latency' });
    expect(read('<= +5%')).toEqual({ op: '<=', value: 5, unit: '%', relative: true });
  });

  it('does not measure free text, and says why', () => {
    for (const text of ['1.4 (RS 10+4 on HDD)', '$0 in Q1 2027', 'better', '0 in the first quarter', '>= many'])
      expect(parseExpect(text).measurable, text).toBe(false);
    const glued = parseExpect('>= 0.98abc');
    expect(glued).toMatchObject({ measurable: false });
    if (!glued.measurable) expect(glued.reason).toContain('not a known unit');
  });

  it('stays linear on long hostile input', () => {
    const long = `>= ${'1'.repeat(200_000)}${',1'.repeat(50_000)}x`;
    expect(parseExpect(long).measurable).toBe(false);
    expect(parseQuantity(`${'9,'.repeat(100_000)}`)?.value).toBe(9);
  });
});

describe('parseQuantity', () => {
  it('takes the first number of a baseline and its unit', () => {
    expect(parseQuantity('71% (2026-09)')).toEqual({ value: 71, unit: '%' });
    expect(parseQuantity('1,870 in 2026-Q2')).toEqual({ value: 1870 });
    expect(parseQuantity('about 30 hours a month')).toEqual({ value: 30, unit: 'hours' });
    expect(parseQuantity('none yet')).toBeUndefined();
  });
});

describe('kpiThreshold', () => {
  const metrics = {
    ratio: { provider: 'prometheus', query: 'q', signal: 'positive', unit: 'ratio' },
    seconds: { provider: 'prometheus', query: 'q', signal: 'negative', unit: 's' },
    bare: { provider: 'prometheus', query: 'q', signal: 'negative' },
  } as RolloutPlan['metrics'];
  const kpi = (expectText: string, metric?: string, baseline?: string) =>
    kpiThreshold(
      { kpi: 'k', expect: expectText, ...(metric ? { metric } : {}), ...(baseline ? { baseline } : {}) },
      metrics,
    );

  it('puts the threshold in the metric unit', () => {
    expect(kpi('>= 99.5%', 'ratio')).toMatchObject({ measurable: true, threshold: { op: '>=', value: 0.995 } });
    expect(kpi('<= 200 ms', 'seconds')).toMatchObject({ measurable: true, threshold: { value: 0.2 } });
    expect(kpi('<= 0.5', 'bare')).toMatchObject({ measurable: true, threshold: { value: 0.5 } });
  });

  it('computes a relative threshold from the baseline', () => {
    const reading = kpi('-20%', 'seconds', '500 ms');
    expect(reading).toMatchObject({ measurable: true, threshold: { op: '<=', baseline: 0.5 } });
    if (reading.measurable) expect(reading.threshold.value).toBeCloseTo(0.4, 12);
    expect(kpi('+5%', 'ratio', '71% (2026-09)')).toMatchObject({ measurable: true });
    expect(kpi('+5%', 'ratio')).toMatchObject({ measurable: false, reason: expect.stringContaining('baseline') });
  });

  it('says why a threshold cannot be compared', () => {
    expect(kpi('>= 99%', 'bare')).toMatchObject({ measurable: false, hint: expect.stringContaining('unit: ratio') });
    expect(kpi('<= 5 hours', 'ratio')).toMatchObject({ measurable: false, reason: expect.stringContaining('hours') });
    expect(kpi('>= 1')).toMatchObject({ measurable: false, reason: 'the KPI names no metric' });
    expect(kpi('>= 1', 'constructor')).toMatchObject({ measurable: false });
  });
});

describe('meetsThreshold and convertUnit', () => {
  it('compares with each operator', () => {
    expect(meetsThreshold(1, { op: '>=', value: 1 })).toBe(true);
    expect(meetsThreshold(1, { op: '>', value: 1 })).toBe(false);
    expect(meetsThreshold(0.9, { op: '<', value: 1 })).toBe(true);
    expect(meetsThreshold(1.1, { op: '<=', value: 1 })).toBe(false);
    expect(meetsThreshold(0.1 + 0.2, { op: '=', value: 0.3 })).toBe(true);
    expect(meetsThreshold(0.31, { op: '=', value: 0.3 })).toBe(false);
  });
  it('converts percentages and times', () => {
    expect(convertUnit(50, '%', 'ratio')).toEqual({ value: 0.5 });
    expect(convertUnit(50, '%', '%')).toEqual({ value: 50 });
    expect(convertUnit(2, 'min', 's')).toEqual({ value: 120 });
    expect(convertUnit(2, 'x', 'ratio')).toEqual({ value: 2 });
    expect(convertUnit(2, 'count', 'ms')).toHaveProperty('reason');
  });
});
