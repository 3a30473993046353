// A KPI's `expect` in its metric's unit: the number a measured value is compared with, or why it
// cannot be measured (docs/adr/0021-kpi-expect-grammar.md). Pure.

import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units.ts';
import { type ExpectOperator, type ExpectThreshold, parseExpect, parseQuantity } from './expect.ts';
import { own } from './own.ts';
import type { Metric, RolloutPlan } from './schema.ts';

type Impact = RolloutPlan['story']['impact'][number];

export interface KpiThreshold {
  op: ExpectOperator;
  /** In the metric's unit. */
  value: number;
  /** The baseline in the metric's unit, for a relative expectation. */
  baseline?: number;
  parsed: ExpectThreshold;
}

export type KpiReading =
  | { measurable: true; threshold: KpiThreshold }
  | { measurable: false; reason: string; hint: string };

/** Milliseconds per time unit word, so `200 ms` compares with a metric in `s`. */
const TIME_UNITS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  seconds: 1000,
  min: MINUTE_MS,
  minutes: MINUTE_MS,
  h: HOUR_MS,
  hours: HOUR_MS,
  d: DAY_MS,
  days: DAY_MS,
};
const PERCENT_UNITS = new Set(['%', 'percent']);

/** A value in `unit` converted into `metricUnit`, or why it cannot be. */
export function convertUnit(
  value: number,
  unit: string | undefined,
  metricUnit: string | undefined,
): { value: number } | { reason: string } {
  const target = metricUnit?.trim().toLowerCase();
  if (unit === undefined || unit.toLowerCase() === target) return { value };
  if (PERCENT_UNITS.has(unit)) {
    if (target === 'ratio') return { value: value / 100 };
    if (target !== undefined && PERCENT_UNITS.has(target)) return { value };
  }
  if (unit === 'x' && target === 'ratio') return { value };
  const from = TIME_UNITS[unit];
  const to = target === undefined ? undefined : TIME_UNITS[target];
  if (from !== undefined && to !== undefined) return { value: (value * from) / to };
  return {
    reason: `it is in ${unit}, but the metric is ${target === undefined ? 'without a unit' : `in ${metricUnit}`}`,
  };
}

export function kpiThreshold(impact: Impact, metrics: RolloutPlan['metrics']): KpiReading {
  const parsed = parseExpect(impact.expect);
  if (!parsed.measurable) return parsed;
  const { threshold } = parsed;
  const metric: Metric | undefined = impact.metric === undefined ? undefined : own(metrics, impact.metric);
  if (!metric)
    return {
      measurable: false,
      reason: impact.metric === undefined ? 'the KPI names no metric' : `there is no metric "${impact.metric}"`,
      hint: 'set `metric:` to a metric of `metrics` that measures the KPI',
    };
  if (threshold.relative) {
    const base = impact.baseline === undefined ? undefined : parseQuantity(impact.baseline);
    if (!base)
      return {
        measurable: false,
        reason: 'a change against the baseline needs a baseline with a number',
        hint: 'give `baseline:` the KPI today, such as "180 ms"',
      };
    const converted = convertUnit(base.value, base.unit, metric.unit);
    if ('reason' in converted)
      return {
        measurable: false,
        reason: `the baseline ${converted.reason}`,
        hint: "write the baseline in the metric's unit (a percentage for a ratio)",
      };
    return {
      measurable: true,
      threshold: {
        op: threshold.op,
        value: converted.value * (1 + threshold.value / 100),
        baseline: converted.value,
        parsed: threshold,
      },
    };
  }
  const converted = convertUnit(threshold.value, threshold.unit, metric.unit);
  if ('reason' in converted)
    return {
      measurable: false,
      reason: converted.reason,
      hint:
        threshold.unit !== undefined && PERCENT_UNITS.has(threshold.unit)
          ? 'give the metric `unit: ratio` (0 to 1) or `unit: "%"`'
          : "write the number in the metric's unit",
    };
  return { measurable: true, threshold: { op: threshold.op, value: converted.value, parsed: threshold } };
}

/** Relative tolerance for `=`: the same number after unit conversion. */
const EQUAL_TOLERANCE = 1e-9;

/** Does `measured` meet the threshold? */
export function meetsThreshold(measured: number, threshold: Pick<KpiThreshold, 'op' | 'value'>): boolean {
  const { op, value } = threshold;
  switch (op) {
    case '>=':
      return measured >= value;
    case '<=':
      return measured <= value;
    case '>':
      return measured > value;
    case '<':
      return measured < value;
    case '=':
      return Math.abs(measured - value) <= EQUAL_TOLERANCE * Math.max(1, Math.abs(value));
  }
}
