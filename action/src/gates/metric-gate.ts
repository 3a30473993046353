// One metric gate against readings that were already fetched. Pure. Rules:
// - no reading, no data, NaN or ±Inf is inconclusive, never a pass;
// - a provider error is `error`, and its message (which names the provider) is the reason;
// - exactly at a threshold passes; `rollbackAt` is crossed only strictly beyond it;
// - "worse" follows the metric's direction, which defaults from its signal.

import { compareMode } from '../plan/gate-defaults.ts';
import { type Direction, isWorseThan, metricDirection, worseSide } from '../plan/metric-direction.ts';
import type { Gate, Metric, Phase, RolloutPlan } from '../plan/schema.ts';
import { formatMeasured, formatPercent, formatThreshold } from '../text/number.ts';
import { gateQueries } from './gate-query.ts';
import type { Compare, GateResult, MetricDetail, MetricGateReadings, MetricReading } from './model.ts';

/** `10%` → 0.1. */
export function parsePercent(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(text);
  return match ? Number(match[1]) / 100 : undefined;
}

/**
 * How much worse `value` is than `reference`, as a fraction of the reference: 0.2 is 20%
 * worse, negative is better. A zero reference makes any worsening unbounded (Infinity):
 * against a control with no errors, a canary with errors is a regression however small.
 */
export function regression(value: number, reference: number, direction: Direction): number {
  const worseBy = direction === 'lower-is-better' ? value - reference : reference - value;
  if (worseBy === 0) return 0;
  if (reference === 0) return worseBy > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  return worseBy / Math.abs(reference);
}

/** How far past `maxRegression` floating-point division may land for a regression of exactly the limit. */
const REGRESSION_TOLERANCE = 1e-9;

const REFERENCE_LABEL: Record<Exclude<Compare, 'absolute'>, string> = {
  baseline: 'the control',
  'week-over-week': 'last week',
};

/** The absolute thresholds a measured value is compared with, so it never prints equal to one it differs from. */
export function thresholdValues(detail: Pick<MetricDetail, 'thresholds'>): number[] {
  const { max, min, rollbackAt } = detail.thresholds;
  return [max, min, rollbackAt].filter((v): v is number => v !== undefined);
}

/** A measured value of this gate's metric in words: `2.98%` for a ratio, precise enough to compare with its thresholds. */
export function measuredText(
  detail: Pick<MetricDetail, 'thresholds' | 'unit'>,
  value: number,
  also: number[] = [],
): string {
  return formatMeasured(value, detail.unit, [...thresholdValues(detail), ...also]);
}

/**
 * The thresholds in words, in the metric's unit: `≤ 1%, roll back above 5%`, `≥ 99.9%`,
 * `≤ 10% worse than the control`; `act` names the response to the last threshold (`roll forward`
 * where nothing can roll back).
 */
export function describeThresholds(detail: MetricDetail, act = 'roll back'): string {
  const { max, min, maxRegression, rollbackAt } = detail.thresholds;
  const parts: string[] = [];
  if (max !== undefined) parts.push(`≤ ${formatThreshold(max, detail.unit)}`);
  if (min !== undefined) parts.push(`≥ ${formatThreshold(min, detail.unit)}`);
  if (detail.compare !== 'absolute') {
    parts.push(`≤ ${formatPercent(maxRegression ?? 0)} worse than ${REFERENCE_LABEL[detail.compare]}`);
  }
  if (rollbackAt !== undefined) {
    parts.push(`${act} ${worseSide(detail.direction)} ${formatThreshold(rollbackAt, detail.unit)}`);
  }
  return parts.join(', ') || 'none';
}

export interface MetricGateInput {
  id: string;
  gate: Gate;
  metricName: string;
  /** Undefined when the plan names a metric it does not define. */
  metric: Metric | undefined;
  readings: MetricGateReadings | undefined;
  /** The plan and the phase whose gate this is: their variables fill the query (none when absent). */
  plan?: Pick<RolloutPlan, 'variables'>;
  phase?: Pick<Phase, 'variables'>;
}

type Outcome = Pick<GateResult, 'status' | 'summary' | 'reason'>;

export function evaluateMetricGate(input: MetricGateInput): GateResult {
  const { id, metricName, metric, readings } = input;
  const base = { id, kind: 'metric' as const, title: metricName };
  if (!metric) {
    const reason = `${metricName}: not in the plan's metrics catalogue`;
    return { ...base, status: 'inconclusive', summary: 'unknown metric', reason };
  }
  const detail = metricDetail(input, metricName, metric);
  const outcome = judge(detail, readings);
  return { ...base, ...outcome, metric: detail };
}

function metricDetail({ gate, plan = {}, phase = {} }: MetricGateInput, name: string, metric: Metric): MetricDetail {
  const compare = compareMode(gate);
  const queries = gateQueries(plan, phase, gate, metric);
  const { window } = queries;
  const detail: MetricDetail = {
    name,
    provider: metric.provider,
    compare,
    direction: metricDirection(metric),
    signal: metric.signal,
    query: queries.value.text,
    thresholds: {},
  };
  if (metric.unit !== undefined) detail.unit = metric.unit;
  if (window !== undefined) detail.window = window;
  if (queries.baseline) detail.baselineQuery = queries.baseline.text;
  if (gate.max !== undefined) detail.thresholds.max = gate.max;
  if (gate.min !== undefined) detail.thresholds.min = gate.min;
  if (gate.rollbackAt !== undefined) detail.thresholds.rollbackAt = gate.rollbackAt;
  // A relative gate without maxRegression is a plan error; tolerate none rather than pass anything.
  if (compare !== 'absolute') detail.thresholds.maxRegression = parsePercent(gate.maxRegression) ?? 0;
  return detail;
}

function judge(detail: MetricDetail, readings: MetricGateReadings | undefined): Outcome {
  const { name } = detail;
  if (!readings) {
    return { status: 'inconclusive', summary: 'not measured', reason: `${name}: not measured` };
  }
  const current = readings.current;
  detail.source = current.source;
  if (current.status === 'error') {
    detail.problem = current.error;
    return { status: 'error', summary: `error: ${current.error}`, reason: `${name}: ${current.error}` };
  }
  if (current.status === 'no-data') {
    detail.problem = `no data (${current.detail})`;
    return {
      status: 'inconclusive',
      summary: detail.problem,
      reason: `${name}: no data (${current.detail}) from ${current.source}`,
    };
  }
  const value = current.value;
  detail.value = value;
  if (current.sampledAt) detail.sampledAt = current.sampledAt;
  const measured = measuredText(detail, value);
  const { max, min, rollbackAt } = detail.thresholds;

  // The rollback threshold is checked first: it wins over every other finding.
  if (rollbackAt !== undefined && isWorseThan(value, rollbackAt, detail.direction)) {
    const text = `${measured} is ${worseSide(detail.direction)} the rollback threshold ${formatThreshold(rollbackAt, detail.unit)}`;
    return { status: 'rollback', summary: text, reason: `${name}: ${text}` };
  }
  const failures: string[] = [];
  if (max !== undefined && value > max) failures.push(`${measured} is above max ${formatThreshold(max, detail.unit)}`);
  if (min !== undefined && value < min) failures.push(`${measured} is below min ${formatThreshold(min, detail.unit)}`);

  let relative: Outcome | undefined;
  if (detail.compare !== 'absolute') {
    relative = judgeRelative(detail, value, measured, referenceReading(detail, readings));
    if (relative.status === 'fail') failures.push(relative.summary);
  }
  // A measured breach is more useful to report than a missing reference, so fail comes first.
  if (failures.length > 0) {
    const summary = failures.join('; ');
    return { status: 'fail', summary, reason: `${name}: ${summary}` };
  }
  if (relative && relative.status !== 'pass') return relative;
  return { status: 'pass', summary: relative?.summary ?? measured };
}

function referenceReading(detail: MetricDetail, readings: MetricGateReadings): MetricReading | undefined {
  return detail.compare === 'baseline' ? readings.baseline : readings.lastWeek;
}

function judgeRelative(
  detail: MetricDetail,
  value: number,
  measured: string,
  reference: MetricReading | undefined,
): Outcome {
  const { name } = detail;
  const label = REFERENCE_LABEL[detail.compare as Exclude<Compare, 'absolute'>];
  if (detail.compare === 'baseline' && detail.baselineQuery === undefined) {
    const reason = `${name}: no baseline query to compare with`;
    detail.problem = 'no baseline query';
    return { status: 'inconclusive', summary: `${measured}; no baseline query`, reason };
  }
  if (!reference) {
    detail.problem = `${label} not measured`;
    return {
      status: 'inconclusive',
      summary: `${measured}; ${label} not measured`,
      reason: `${name}: ${label} not measured`,
    };
  }
  if (reference.status === 'error') {
    detail.problem = `${label}: ${reference.error}`;
    return { status: 'error', summary: `${measured}; ${detail.problem}`, reason: `${name}: ${detail.problem}` };
  }
  if (reference.status === 'no-data') {
    detail.problem = `no data for ${label} (${reference.detail})`;
    return {
      status: 'inconclusive',
      summary: `${measured}; ${detail.problem}`,
      reason: `${name}: ${detail.problem} from ${reference.source}`,
    };
  }
  const change = regression(value, reference.value, detail.direction);
  detail.reference = reference.value;
  detail.regression = change;
  const limit = detail.thresholds.maxRegression ?? 0;
  // Value and reference each precise enough not to print equal when they differ.
  const precise = measuredText(detail, value, [reference.value]);
  const against = `${label} ${measuredText(detail, reference.value, [value])}`;
  // A regression of exactly the limit passes: 0.33 s against 0.3 s is 10% worse, though the
  // division gives 0.10000000000000009.
  if (change > limit + REGRESSION_TOLERANCE) {
    // Precise enough not to print as the limit it exceeds ("0.001% worse … (max 0%)").
    const amount = Number.isFinite(change)
      ? `${formatMeasured(change, 'ratio', [limit])} worse than`
      : 'worse than (unbounded, from 0)';
    return { status: 'fail', summary: `${precise} is ${amount} ${against} (max ${formatPercent(limit)})` };
  }
  const how =
    change > 0
      ? `${formatPercent(change)} worse than`
      : change < 0
        ? `${formatPercent(-change)} better than`
        : 'same as';
  return { status: 'pass', summary: `${precise}, ${how} ${against}` };
}
