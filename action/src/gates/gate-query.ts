// The queries one metric gate sends in one phase: the gate's own `query:` or the metric's,
// its `baseline:`, with `{window}` and the phase's variables filled in (plan/query-template.ts).
// Collecting and reporting both read them here, so the report shows exactly what was sent.
// Also the reading's max age (freshness): the gate's `maxAge:`, else the metric's, else a third
// of the window and at least MIN_DERIVED_MAX_AGE_MS; none without a window or a max age.
import { parseDuration } from '../plan/duration.ts';
import { compareMode, effectiveWindow } from '../plan/gate-defaults.ts';
import { type FilledQuery, fillQuery, phaseVariables } from '../plan/query-template.ts';
import type { Gate, Metric, Phase, RolloutPlan } from '../plan/schema.ts';

export interface GateQueries {
  /** The gate's window, else the metric's. */
  window?: string;
  value: FilledQuery;
  /** The control query, for `compare: baseline`. */
  baseline?: FilledQuery;
  /** A reading whose newest sample is older than this is no data. */
  maxAgeMs?: number;
}

/** The derived max age is this fraction of the window: a 15m window wants data from the last 5m. */
export const DERIVED_MAX_AGE_FRACTION = 1 / 3;
/** …but never less than this, so a short window does not outrun a usual 1m scrape interval. */
export const MIN_DERIVED_MAX_AGE_MS = 2 * 60_000;

export function maxAgeMs(gate: Pick<Gate, 'maxAge' | 'window'>, metric: Pick<Metric, 'maxAge' | 'window'>) {
  const explicit = gate.maxAge ?? metric.maxAge;
  if (explicit !== undefined) return parseDuration(explicit);
  const window = effectiveWindow(gate, metric);
  const windowMs = window === undefined ? undefined : parseDuration(window);
  if (windowMs === undefined) return undefined;
  return Math.max(MIN_DERIVED_MAX_AGE_MS, Math.round(windowMs * DERIVED_MAX_AGE_FRACTION));
}

export function gateQueries(
  plan: Pick<RolloutPlan, 'variables'>,
  phase: Pick<Phase, 'variables'>,
  gate: Gate,
  metric: Metric,
): GateQueries {
  const window = effectiveWindow(gate, metric);
  const options = { variables: phaseVariables(plan, phase), window, provider: metric.provider };
  const queries: GateQueries = { value: fillQuery(gate.query ?? metric.query, options) };
  if (window !== undefined) queries.window = window;
  const maxAge = maxAgeMs(gate, metric);
  if (maxAge !== undefined) queries.maxAgeMs = maxAge;
  if (compareMode(gate) === 'baseline' && gate.baseline !== undefined) {
    queries.baseline = fillQuery(gate.baseline, options);
  }
  return queries;
}

/** Why a query with placeholders left is not sent: names them, for the gate's reason. */
export function unfilledProblem(query: FilledQuery): string | undefined {
  if (query.unfilled.length === 0) return undefined;
  const names = query.unfilled.map((name) => `{${name}}`).join(', ');
  return `not sent: the query has ${names} with no value in this phase (run rollbook validate)`;
}
