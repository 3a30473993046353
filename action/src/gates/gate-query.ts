// The queries one metric gate sends in one phase: the gate's own `query:` or the metric's,
// its `baseline:`, with `{window}` and the phase's variables filled in (plan/query-template.ts).
// Collecting and reporting both read them here, so the report shows exactly what was sent.
import { type FilledQuery, fillQuery, phaseVariables } from '../plan/query-template.ts';
import type { Gate, Metric, Phase, RolloutPlan } from '../plan/schema.ts';
import { effectiveWindow } from './window.ts';

export interface GateQueries {
  /** The gate's window, else the metric's. */
  window?: string;
  value: FilledQuery;
  /** The control query, for `compare: baseline`. */
  baseline?: FilledQuery;
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
  if ((gate.compare ?? 'absolute') === 'baseline' && gate.baseline !== undefined) {
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
