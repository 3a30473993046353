// The KPI review's measurements (issue 18): each KPI with a `reviewAfter`, measured through the
// same providers and query filling as the gates (its metric's query, `{window}` from the KPI's
// `window` or the metric's, variables as in the last phase: the whole rollout), at completion plus
// its `reviewAfter`, and compared with `expect` (plan/kpi-threshold.ts). I/O only through the
// resolver passed in.

import { reviewedImpact } from '../checklist/completion.ts';
import type { SourceResolver } from '../gates/collect.ts';
import { gateQueries, unfilledProblem } from '../gates/gate-query.ts';
import { parseDuration } from '../plan/duration.ts';
import { type KpiThreshold, kpiThreshold, meetsThreshold } from '../plan/kpi-threshold.ts';
import { own } from '../plan/own.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { isoSeconds } from '../text/time.ts';

export type KpiOutcome = 'met' | 'missed' | 'no-data';

export interface KpiResult {
  kpi: string;
  baseline?: string;
  expect: string;
  metric?: string;
  unit?: string;
  /** When it was measured: completion plus its `reviewAfter`. */
  at: string;
  window?: string;
  outcome: KpiOutcome;
  measured?: number;
  threshold?: KpiThreshold;
  /** Why there is no data (not measurable, no provider, no series…). */
  reason?: string;
  /** No data only because this run has no provider of the metric's name: a later run may measure it (ADR 53). */
  awaitsProvider?: true;
}

export interface MeasureInput {
  plan: RolloutPlan;
  /** When the last phase was done. */
  completedAt: string;
  resolve: SourceResolver;
  /** Provider names configured for this run; others are "no data". */
  configured: ReadonlySet<string>;
}

type Impact = RolloutPlan['story']['impact'][number];

async function measureOne(input: MeasureInput, impact: Impact): Promise<KpiResult> {
  const { plan } = input;
  const at = new Date(Date.parse(input.completedAt) + (parseDuration(impact.reviewAfter ?? '') ?? 0));
  const metric = own(plan.metrics, impact.metric);
  const base: KpiResult = {
    kpi: impact.kpi,
    ...(impact.baseline ? { baseline: impact.baseline } : {}),
    expect: impact.expect,
    ...(impact.metric ? { metric: impact.metric } : {}),
    ...(metric?.unit ? { unit: metric.unit } : {}),
    at: isoSeconds(at),
    outcome: 'no-data',
  };
  const reading = kpiThreshold(impact, plan.metrics);
  if (!reading.measurable) return { ...base, reason: `not measurable: ${reading.reason}` };
  if (!metric) return { ...base, reason: 'no metric' };
  const threshold = reading.threshold;
  if (!input.configured.has(metric.provider))
    return {
      ...base,
      threshold,
      reason: `no ${metric.provider} provider is configured for this run`,
      awaitsProvider: true,
    };
  const last = plan.phases.at(-1)!;
  const gate = { metric: impact.metric!, ...(impact.window ? { window: impact.window } : {}) };
  const queries = gateQueries(plan, last, gate, metric);
  const window = queries.window;
  const withWindow = { ...base, threshold, ...(window ? { window } : {}) };
  const problem = unfilledProblem(queries.value);
  if (problem) return { ...withWindow, reason: problem };
  const source = input.resolve({ metricName: impact.metric!, metric, role: 'value', query: queries.value.text });
  if ('error' in source) return { ...withWindow, reason: source.error };
  const value = await source.provider.instant({
    query: source.query,
    at,
    ...(source.field ? { field: source.field } : {}),
    ...(source.timeField ? { timeField: source.timeField } : {}),
    ...(queries.maxAgeMs !== undefined ? { maxAgeMs: queries.maxAgeMs } : {}),
  });
  if (value.status === 'error') return { ...withWindow, reason: value.error };
  if (value.status === 'no-data') return { ...withWindow, reason: `no data (${value.reason})` };
  return {
    ...withWindow,
    measured: value.value,
    outcome: meetsThreshold(value.value, threshold) ? 'met' : 'missed',
  };
}

/** Every KPI the plan asks to review, in plan order; with `only`, just the ones at those places. */
export async function measureKpis(input: MeasureInput, only?: ReadonlySet<number>): Promise<KpiResult[]> {
  const reviewed = reviewedImpact(input.plan).filter((_, i) => only === undefined || only.has(i));
  return Promise.all(reviewed.map((impact) => measureOne(input, impact)));
}
