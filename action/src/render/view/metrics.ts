// "Metrics to watch" for a phase: the metrics its gates read and the KPI metrics of the story,
// split into positive signals (the feature works) and negative ones (harm). A phase that names
// no metric lists the whole catalogue, so there is always something to watch. Queries are shown
// as this phase sends them: its variables and the metric's window filled in (query-template.ts).
import { isGateOfKind } from '../../plan/gate-kind.ts';
import { goodWhen } from '../../plan/metric-direction.ts';
import { fillQuery, phaseVariables } from '../../plan/query-template.ts';
import type { Metric, Phase, RolloutPlan } from '../../plan/schema.ts';
import { markdownLink } from '../../text/markdown-link.ts';
import { cell, codeCell, EMPTY_CELL } from './format.ts';
import type { MetricRow, WatchView } from './types.ts';

function metricRow(name: string, metric: Metric, gated: boolean, query: string): MetricRow {
  return {
    name: codeCell(name),
    goodWhen: cell(goodWhen(metric)),
    unit: cell(metric.unit),
    window: cell(metric.window),
    provider: cell(metric.provider),
    query: codeCell(metric.field === undefined ? query : `${query} → ${metric.field}`),
    description: cell(metric.description),
    dashboard: metric.dashboard === undefined ? EMPTY_CELL : markdownLink('dashboard', metric.dashboard),
    gated,
  };
}

/**
 * A metric's table row depends only on the metric, its query as the phase sends it and whether
 * this phase gates it, yet every phase lists the catalogue: rows are built once per runbook and
 * shared by the phases that send the same query.
 */
export type MetricRowCache = Map<string, MetricRow>;

function cachedRow(
  cache: MetricRowCache | undefined,
  name: string,
  metric: Metric,
  gated: boolean,
  query: string,
): MetricRow {
  if (!cache) return metricRow(name, metric, gated, query);
  const key = `${gated ? 'gated' : 'watched'}:${name}:${query}`;
  let row = cache.get(key);
  if (!row) {
    row = metricRow(name, metric, gated, query);
    cache.set(key, row);
  }
  return row;
}

export function watchList(phase: Phase, plan: RolloutPlan, cache?: MetricRowCache): WatchView {
  const gated = new Set((phase.gates ?? []).flatMap((gate) => (isGateOfKind(gate, 'metric') ? [gate.metric] : [])));
  const kpis = new Set(plan.story.impact.flatMap((impact) => (impact.metric === undefined ? [] : [impact.metric])));
  const catalogue = Object.entries(plan.metrics);
  const named = catalogue.filter(([name]) => gated.has(name) || kpis.has(name));
  const wholeCatalogue = named.length === 0;
  const variables = phaseVariables(plan, phase);
  const rows = (wholeCatalogue ? catalogue : named).map(([name, metric]) => {
    const query = fillQuery(metric.query, { variables, window: metric.window, provider: metric.provider }).text;
    return { signal: metric.signal, row: cachedRow(cache, name, metric, gated.has(name), query) };
  });
  return {
    positive: rows.filter((r) => r.signal === 'positive').map((r) => r.row),
    negative: rows.filter((r) => r.signal !== 'positive').map((r) => r.row),
    wholeCatalogue,
  };
}
