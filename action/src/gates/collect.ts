// The I/O edge of gate evaluation: fetch every reading the gates of the phase being left
// need, through providers passed in (wrap them in a SharedQueries pool so identical
// (query, window) requests go out once). Never throws for a metric: a missing provider
// or a failed request becomes an error reading that the report shows.

import { compareMode } from '../plan/gate-defaults.ts';
import { isGateOfKind } from '../plan/gate-kind.ts';
import { idRecord, idRecordFrom, own } from '../plan/own.ts';
import type { Gate, Metric, Phase, RolloutPlan } from '../plan/schema.ts';
import { phaseTransition } from './evaluate-phase.ts';
import { gateIds } from './gate-id.ts';
import { gateQueries, unfilledProblem } from './gate-query.ts';
import { historyWindow } from './history-window.ts';
import type { Measurements, MetricGateReadings, MetricReading, RangeReading } from './model.ts';
import type { InstantRequest, MetricProvider, RangeRequest } from './providers/types.ts';
import { WEEK_MS } from './providers/week-over-week.ts';

export interface MetricSource {
  provider: MetricProvider;
  query: string;
  field?: string;
  /** For http-json: where the response says when the value was measured (freshness). */
  timeField?: string;
}

export interface SourceRequest {
  metricName: string;
  metric: Metric;
  /** `value`: the metric's own query; `baseline`: the gate's control query. */
  role: 'value' | 'baseline';
  /** The query with its window and the phase's variables filled in. */
  query: string;
}

/** Where to read a metric from; `{ error }` when nothing can answer it (no provider configured). */
export type SourceResolver = (request: SourceRequest) => MetricSource | { source: string; error: string };

/** The plan's own providers by name (`prometheus`, `http-json`, `json-file`), querying what the plan says. */
export function planSources(providers: Readonly<Partial<Record<string, MetricProvider>>>): SourceResolver {
  return ({ metric, query }) => {
    const provider = providers[metric.provider];
    if (!provider) return { source: metric.provider, error: `no ${metric.provider} provider is configured` };
    const source: MetricSource = { provider, query };
    if (metric.field !== undefined) source.field = metric.field;
    if (metric.timeField !== undefined) source.timeField = metric.timeField;
    return source;
  };
}

export interface CollectInput {
  plan: RolloutPlan;
  /** The phase promoted to; the gates read are those of the phase before it. */
  target: string;
  at: Date;
  /** When the phase being left was activated; starts the history range. */
  activatedAt?: Date;
  resolve: SourceResolver;
  /** Also read series for the history table and charts (default true). */
  history?: boolean;
}

export async function collectMeasurements(input: CollectInput): Promise<Measurements> {
  const { from } = phaseTransition(input.plan, input.target);
  if (!from) return idRecord();
  return collectPhaseMeasurements({ ...input, phase: from });
}

/** The readings of one phase's own metric gates (the watch of an active phase reads these). */
export async function collectPhaseMeasurements(
  input: Omit<CollectInput, 'target'> & {
    phase: Phase;
    /** Read only these gates (by gate id); default: every metric gate. */
    only?: ReadonlySet<string>;
  },
): Promise<Measurements> {
  const { plan, at, phase: from } = input;
  const ids = gateIds(from);
  const window = input.history === false ? undefined : historyWindow(from.bake, input.activatedAt, at);
  const entries = await Promise.all(
    (from.gates ?? []).map(async (gate, i) => {
      if (!isGateOfKind(gate, 'metric') || (input.only && !input.only.has(ids[i]!))) return undefined;
      const metric = own(plan.metrics, gate.metric);
      if (!metric) return undefined;
      const read = { plan, phase: from, gate, metricName: gate.metric, metric };
      return [ids[i]!, await readGate(read, at, window, input.resolve)] as const;
    }),
  );
  return idRecordFrom(entries.filter((e) => e !== undefined));
}

interface GateToRead {
  plan: RolloutPlan;
  phase: Phase;
  gate: Gate;
  metricName: string;
  metric: Metric;
}

/** The resolved source of a filled query, or an error source when placeholders are left: it is never sent. */
function resolveFilled(
  resolve: SourceResolver,
  { metricName, metric }: GateToRead,
  role: SourceRequest['role'],
  query: ReturnType<typeof gateQueries>['value'],
): Resolved {
  const problem = unfilledProblem(query);
  if (problem !== undefined) return { source: metric.provider, error: problem };
  return resolve({ metricName, metric, role, query: query.text });
}

async function readGate(
  read: GateToRead,
  at: Date,
  window: { start: Date; end: Date; stepSeconds: number } | undefined,
  resolve: SourceResolver,
): Promise<MetricGateReadings> {
  const { gate } = read;
  const compare = compareMode(gate);
  const queries = gateQueries(read.plan, read.phase, gate, read.metric);
  const value = resolveFilled(resolve, read, 'value', queries.value);
  const control = queries.baseline ? resolveFilled(resolve, read, 'baseline', queries.baseline) : undefined;
  const lastWeekAt = new Date(at.getTime() - WEEK_MS);

  const lastWeekWindow =
    window && compare === 'week-over-week'
      ? { ...window, start: minusWeek(window.start), end: minusWeek(window.end) }
      : undefined;

  const { maxAgeMs } = queries;
  const [current, baseline, lastWeek, series, reference] = await Promise.all([
    instant(value, at, maxAgeMs),
    control ? instant(control, at, maxAgeMs) : undefined,
    compare === 'week-over-week' ? instant(value, lastWeekAt, maxAgeMs) : undefined,
    window ? range(value, window) : undefined,
    window && control
      ? range(control, window)
      : lastWeekWindow
        ? range(value, lastWeekWindow).then(moveForwardAWeek)
        : undefined,
  ]);
  const readings: MetricGateReadings = { current };
  if (baseline) readings.baseline = baseline;
  if (lastWeek) readings.lastWeek = lastWeek;
  if (series && series.status !== 'unsupported') {
    readings.history = { series };
    if (reference && reference.status !== 'unsupported') readings.history.reference = reference;
  }
  return readings;
}

type Resolved = ReturnType<SourceResolver>;

function instant(source: Resolved, at: Date, maxAgeMs: number | undefined): Promise<MetricReading> {
  if ('error' in source) return Promise.resolve(unresolved(source));
  const { provider, query, field, timeField } = source;
  const request: InstantRequest = { query, at };
  if (field !== undefined) request.field = field;
  if (timeField !== undefined) request.timeField = timeField;
  if (maxAgeMs !== undefined) request.maxAgeMs = maxAgeMs;
  return provider.instant(request);
}

type MaybeRange = RangeReading | { status: 'unsupported' };

async function range(source: Resolved, window: Omit<RangeRequest, 'query'>): Promise<MaybeRange> {
  if ('error' in source) return unresolved(source);
  const { provider, query, field } = source;
  // A provider without ranges simply gives no history; the gate itself is unaffected.
  if (!provider.range) return { status: 'unsupported' };
  const request: RangeRequest = { query, start: window.start, end: window.end, stepSeconds: window.stepSeconds };
  if (field !== undefined) request.field = field;
  return provider.range(request);
}

function unresolved(source: { source: string; error: string }) {
  return { status: 'error', source: source.source, error: `${source.source}: ${source.error}` } as const;
}

const minusWeek = (date: Date) => new Date(date.getTime() - WEEK_MS);

/** Last week's series re-dated to line up with this week's points. */
function moveForwardAWeek(reading: MaybeRange): MaybeRange {
  if (reading.status !== 'ok') return reading;
  return {
    ...reading,
    points: reading.points.map((p) => ({ at: new Date(p.at.getTime() + WEEK_MS), value: p.value })),
  };
}
