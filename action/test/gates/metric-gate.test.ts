import { describe, expect, it } from 'vitest';
import { evaluateMetricGate, parsePercent, regression } from '../../src/gates/metric-gate.ts';
import type { GateStatus, MetricGateReadings } from '../../src/gates/model.ts';
import { goodWhen, metricDirection } from '../../src/plan/metric-direction.ts';
import type { Gate, Metric } from '../../src/plan/schema.ts';
import { failed, nan, noData, ok, SOURCE } from './helpers.ts';

const errors: Metric = { provider: 'prometheus', query: 'errors', unit: 'ratio', signal: 'negative' };
const success: Metric = { provider: 'prometheus', query: 'success', unit: 'ratio', signal: 'positive' };
const latency: Metric = { provider: 'prometheus', query: 'p99', unit: 'ms', signal: 'negative' };
const orders: Metric = { provider: 'prometheus', query: 'orders', signal: 'positive' };

function run(metric: Metric, gate: Omit<Gate, 'metric'>, readings: MetricGateReadings | undefined) {
  return evaluateMetricGate({ id: 'g', gate: { metric: 'm', ...gate }, metricName: 'm', metric, readings });
}

describe('absolute thresholds', () => {
  const cases: [string, Metric, Omit<Gate, 'metric'>, MetricGateReadings | undefined, GateStatus][] = [
    ['below max passes', errors, { max: 0.01 }, { current: ok(0.009) }, 'pass'],
    ['exactly max passes', errors, { max: 0.01 }, { current: ok(0.01) }, 'pass'],
    ['above max fails', errors, { max: 0.01 }, { current: ok(0.0100001) }, 'fail'],
    ['above min passes', success, { min: 0.99 }, { current: ok(0.995) }, 'pass'],
    ['exactly min passes', success, { min: 0.99 }, { current: ok(0.99) }, 'pass'],
    ['below min fails', success, { min: 0.99 }, { current: ok(0.9899) }, 'fail'],
    ['inside a min/max band passes', latency, { min: 10, max: 500 }, { current: ok(200) }, 'pass'],
    ['no reading at all is inconclusive', errors, { max: 0.01 }, undefined, 'inconclusive'],
    ['an empty vector is inconclusive', errors, { max: 0.01 }, { current: noData() }, 'inconclusive'],
    ['NaN is inconclusive, never a pass', errors, { max: 0.01 }, { current: nan() }, 'inconclusive'],
    ['+Inf is inconclusive', errors, { max: 0.01 }, { current: noData('+Inf', 'infinite') }, 'inconclusive'],
    ['a provider error is error', errors, { max: 0.01 }, { current: failed() }, 'error'],
    ['zero passes a max of zero', errors, { max: 0 }, { current: ok(0) }, 'pass'],
  ];
  it.each(cases)('%s', (_, metric, gate, readings, status) => {
    expect(run(metric, gate, readings).status).toBe(status);
  });

  it('words a breach with the measured value, unit and threshold', () => {
    const result = run(errors, { max: 0.01 }, { current: ok(0.012) });
    expect(result.reason).toBe('m: 1.2% is above max 1%');
    expect(result.metric).toMatchObject({ value: 0.012, source: SOURCE, thresholds: { max: 0.01 } });
  });

  it('names the provider and the cause of an error', () => {
    const result = run(errors, { max: 0.01 }, { current: failed('unreachable (ECONNREFUSED)') });
    expect(result.reason).toBe(`m: ${SOURCE}: unreachable (ECONNREFUSED)`);
    expect(result.metric?.problem).toContain('ECONNREFUSED');
  });

  it('says no data and where from for NaN', () => {
    expect(run(errors, { max: 0.01 }, { current: nan() }).reason).toBe(`m: no data (NaN) from ${SOURCE}`);
  });

  it('holds an unknown metric as inconclusive', () => {
    const result = evaluateMetricGate({
      id: 'g',
      gate: { metric: 'nope' },
      metricName: 'nope',
      metric: undefined,
      readings: undefined,
    });
    expect(result.status).toBe('inconclusive');
  });
});

describe('rollback thresholds', () => {
  const cases: [string, Metric, Omit<Gate, 'metric'>, number, GateStatus][] = [
    ['negative signal above rollbackAt', errors, { max: 0.01, rollbackAt: 0.05 }, 0.08, 'rollback'],
    ['negative signal exactly at rollbackAt only fails max', errors, { max: 0.01, rollbackAt: 0.05 }, 0.05, 'fail'],
    ['negative signal under rollbackAt but over max', errors, { max: 0.01, rollbackAt: 0.05 }, 0.03, 'fail'],
    ['positive signal below rollbackAt', success, { min: 0.99, rollbackAt: 0.95 }, 0.9, 'rollback'],
    ['positive signal exactly at rollbackAt', success, { min: 0.99, rollbackAt: 0.95 }, 0.95, 'fail'],
    ['positive signal above rollbackAt and min', success, { min: 0.99, rollbackAt: 0.95 }, 0.999, 'pass'],
    ['rollbackAt alone, not crossed', errors, { rollbackAt: 0.05 }, 0.02, 'pass'],
    [
      'an explicit direction wins over the signal',
      { ...errors, direction: 'higher-is-better' },
      { rollbackAt: 10 },
      5,
      'rollback',
    ],
  ];
  it.each(cases)('%s', (_, metric, gate, value, status) => {
    expect(run(metric, gate, { current: ok(value) }).status).toBe(status);
  });

  it('wins over a failing reference', () => {
    const result = run(
      errors,
      { compare: 'baseline', baseline: 'control', maxRegression: '10%', rollbackAt: 0.05 },
      {
        current: ok(0.2),
        baseline: failed(),
      },
    );
    expect(result.status).toBe('rollback');
    expect(result.reason).toBe('m: 20% is above the rollback threshold 5%');
  });
});

describe('baseline comparison', () => {
  const gate = { compare: 'baseline' as const, baseline: 'control', maxRegression: '10%' };
  const cases: [string, Metric, number, MetricGateReadings['baseline'], GateStatus][] = [
    ['within the regression allowed', latency, 105, ok(100), 'pass'],
    ['exactly at the regression allowed', latency, 110, ok(100), 'pass'],
    ['beyond the regression allowed', latency, 111, ok(100), 'fail'],
    ['better than the control', latency, 50, ok(100), 'pass'],
    ['higher-is-better: a drop beyond the limit', success, 0.85, ok(1), 'fail'],
    ['higher-is-better: a rise', success, 1, ok(0.8), 'pass'],
    ['zero control, zero canary', errors, 0, ok(0), 'pass'],
    ['zero control, any canary errors', errors, 0.001, ok(0), 'fail'],
    ['zero control, better', success, 0.5, ok(0), 'pass'],
    ['control has no data', latency, 100, noData(), 'inconclusive'],
    ['control is NaN', latency, 100, nan(), 'inconclusive'],
    ['control errored', latency, 100, failed(), 'error'],
    ['control not measured', latency, 100, undefined, 'inconclusive'],
    ['negative control values use the magnitude', { ...latency, direction: 'lower-is-better' }, -89, ok(-100), 'fail'],
  ];
  it.each(cases)('%s', (_, metric, value, baseline, status) => {
    const readings: MetricGateReadings = baseline ? { current: ok(value), baseline } : { current: ok(value) };
    expect(run(metric, gate, readings).status).toBe(status);
  });

  it('reports the regression against the control', () => {
    const result = run(latency, gate, { current: ok(120), baseline: ok(100) });
    expect(result.metric).toMatchObject({ value: 120, reference: 100, regression: 0.2, baselineQuery: 'control' });
    expect(result.reason).toBe('m: 120 ms is 20% worse than the control 100 ms (max 10%)');
  });

  it('passes a regression of exactly the limit that division lands a hair past, and prints a near miss precisely', () => {
    // 0.33 / 0.3 − 1 is 0.10000000000000009 in floating point; 0.0055 / 0.005 − 1 likewise.
    expect(run(latency, gate, { current: ok(0.33), baseline: ok(0.3) }).status).toBe('pass');
    expect(run(errors, gate, { current: ok(0.0055), baseline: ok(0.005) }).status).toBe('pass');
    const near = run(latency, { ...gate, maxRegression: '0%' }, { current: ok(0.0100001), baseline: ok(0.01) });
    expect(near.status).toBe('fail');
    // Not "0% worse … (max 0%)": the amount shows the digits that make it more than the limit.
    expect(near.reason).toMatch(/is 0\.001% worse than the control .* \(max 0%\)$/);
  });

  it('calls a regression from a zero control unbounded', () => {
    expect(run(errors, gate, { current: ok(0.001), baseline: ok(0) }).reason).toContain('unbounded');
  });

  it('a breach of max is reported even when the control is missing', () => {
    const result = run(latency, { ...gate, max: 100 }, { current: ok(150), baseline: failed() });
    expect(result.status).toBe('fail');
    expect(result.reason).toContain('above max 100');
  });

  it('without a baseline query it cannot pass', () => {
    expect(run(latency, { compare: 'baseline', maxRegression: '10%' }, { current: ok(1) }).status).toBe('inconclusive');
  });

  it('without maxRegression tolerates no regression', () => {
    expect(run(latency, { compare: 'baseline', baseline: 'c' }, { current: ok(100.1), baseline: ok(100) }).status).toBe(
      'fail',
    );
  });
});

describe('week-over-week', () => {
  const gate = { compare: 'week-over-week' as const, maxRegression: '5%' };
  const cases: [string, Metric, number, number, GateStatus][] = [
    ['positive metric grew', orders, 120, 100, 'pass'],
    ['positive metric fell within 5%', orders, 96, 100, 'pass'],
    ['positive metric fell exactly 5%', orders, 95, 100, 'pass'],
    ['positive metric fell beyond 5%', orders, 94, 100, 'fail'],
    ['negative metric rose beyond 5%', errors, 0.0106, 0.01, 'fail'],
    ['negative metric fell', errors, 0.005, 0.01, 'pass'],
  ];
  it.each(cases)('%s', (_, metric, now, lastWeek, status) => {
    expect(run(metric, gate, { current: ok(now), lastWeek: ok(lastWeek) }).status).toBe(status);
  });

  it('names last week in the reason', () => {
    expect(run(orders, gate, { current: ok(80), lastWeek: ok(100) }).reason).toBe(
      'm: 80 is 20% worse than last week 100 (max 5%)',
    );
  });

  it('last week without data is inconclusive', () => {
    expect(run(orders, gate, { current: ok(100), lastWeek: noData() }).status).toBe('inconclusive');
  });
});

describe('helpers', () => {
  it('defaults the direction from the signal', () => {
    expect(metricDirection(errors)).toBe('lower-is-better');
    expect(metricDirection(success)).toBe('higher-is-better');
    expect(metricDirection({ signal: 'positive', direction: 'lower-is-better' })).toBe('lower-is-better');
    expect(goodWhen({ signal: 'positive', direction: 'lower-is-better' })).toBe('lower');
    expect(goodWhen({ signal: 'negative', direction: 'higher-is-better' })).toBe('higher');
    expect(goodWhen(errors)).toBe('lower');
  });

  it('parses percentages', () => {
    expect(parsePercent('10%')).toBe(0.1);
    expect(parsePercent('2.5%')).toBe(0.025);
    expect(parsePercent('ten')).toBeUndefined();
  });

  it('computes regression toward worse', () => {
    expect(regression(110, 100, 'lower-is-better')).toBeCloseTo(0.1);
    expect(regression(90, 100, 'higher-is-better')).toBeCloseTo(0.1);
    expect(regression(90, 100, 'lower-is-better')).toBeCloseTo(-0.1);
    expect(regression(1, 0, 'lower-is-better')).toBe(Number.POSITIVE_INFINITY);
    expect(regression(0, 0, 'lower-is-better')).toBe(0);
  });

  it('fills the window into the query, the gate window over the metric window', () => {
    const metric: Metric = { ...errors, query: 'rate(e[{window}])', window: '5m' };
    const fromMetric = evaluateMetricGate({
      id: 'g',
      gate: { metric: 'm', max: 1 },
      metricName: 'm',
      metric,
      readings: undefined,
    });
    const fromGate = evaluateMetricGate({
      id: 'g',
      gate: { metric: 'm', max: 1, window: '1h' },
      metricName: 'm',
      metric,
      readings: undefined,
    });
    expect(fromMetric.metric?.query).toBe('rate(e[5m])');
    expect(fromGate.metric?.query).toBe('rate(e[1h])');
  });
});
