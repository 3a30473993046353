// A Mermaid `xychart-beta` per gated metric over the history window: the measured value
// as the first line, then each threshold (max, min, the regression limit against the
// reference, the rollback threshold) as further lines. xychart has no legend, so every
// chart comes with the list of its lines. GitHub renders Mermaid blocks in comments.

import { own } from '../plan/own.ts';
import { truncate } from '../text/truncate.ts';
import { formatNumber, formatPercent } from './format.ts';
import type { HistoryWindow } from './history-window.ts';
import type { Measurements, MetricDetail, PhaseEvaluation, RangePoint, RangeReading } from './model.ts';

/** Points per chart: more make the x-axis labels unreadable. */
export const MAX_CHART_POINTS = 16;
const MAX_TITLE_CHARS = 80;

export interface ChartLine {
  label: string;
  values: number[];
}

export interface MetricChart {
  gateId: string;
  metric: string;
  title: string;
  /** x-axis labels, `MM-DD HH:mm` UTC. */
  labels: string[];
  lines: ChartLine[];
  /** The Mermaid source, without the code fence. */
  mermaid: string;
}

/**
 * Mermaid label text: letters, digits, spaces and harmless punctuation only. Quotes,
 * backticks, brackets, `%%` and angle brackets could end a string, the code fence or
 * the diagram, or open HTML.
 */
export function mermaidText(text: string): string {
  const cleaned = text
    .replace(/[^\p{L}\p{N} _.,:/()+\-=*≤≥]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(cleaned, MAX_TITLE_CHARS);
}

/** A plain decimal (Mermaid does not read exponents). */
export function mermaidNumber(value: number): string {
  const text = formatNumber(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** The last point of each of `buckets` equal slices of the window, skipping empty slices. */
function sample(points: readonly RangePoint[], window: HistoryWindow, buckets: number): (RangePoint | undefined)[] {
  const start = window.start.getTime();
  const span = Math.max(1, window.end.getTime() - start);
  const picked: (RangePoint | undefined)[] = new Array(buckets).fill(undefined);
  for (const point of points) {
    const t = point.at.getTime();
    if (t < start || t > window.end.getTime()) continue;
    const slot = Math.min(buckets - 1, Math.floor(((t - start) / span) * buckets));
    picked[slot] = point;
  }
  return picked;
}

function referenceAt(reference: RangeReading | undefined, at: Date): number | undefined {
  if (reference?.status !== 'ok') return undefined;
  let found: number | undefined;
  for (const p of reference.points) if (p.at.getTime() <= at.getTime()) found = p.value;
  return found;
}

function label(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

export function buildCharts(
  evaluation: PhaseEvaluation,
  measurements: Measurements,
  window: HistoryWindow | undefined,
): MetricChart[] {
  if (!window) return [];
  const charts: MetricChart[] = [];
  for (const gate of evaluation.gates) {
    const detail = gate.metric;
    const history = own(measurements, gate.id)?.history;
    if (!detail || history?.series.status !== 'ok') continue;
    const chart = metricChart(gate.id, detail, history.series.points, history.reference, window);
    if (chart) charts.push(chart);
  }
  return charts;
}

function metricChart(
  gateId: string,
  detail: MetricDetail,
  points: readonly RangePoint[],
  reference: RangeReading | undefined,
  window: HistoryWindow,
): MetricChart | undefined {
  const { max, min, maxRegression, rollbackAt } = detail.thresholds;
  const sampled = sample(points, window, MAX_CHART_POINTS).filter((p): p is RangePoint => p !== undefined);
  const relative = detail.compare !== 'absolute';
  // With a relative gate, keep only points where the reference is known, so every line has every point.
  const rows = sampled
    .map((p) => ({ point: p, ref: relative ? referenceAt(reference, p.at) : undefined }))
    .filter((r) => !relative || r.ref !== undefined);
  if (rows.length === 0) return undefined;

  const lines: ChartLine[] = [{ label: detail.name, values: rows.map((r) => r.point.value) }];
  if (max !== undefined) lines.push({ label: `max ${formatNumber(max)}`, values: rows.map(() => max) });
  if (min !== undefined) lines.push({ label: `min ${formatNumber(min)}`, values: rows.map(() => min) });
  if (relative) {
    const limit = maxRegression ?? 0;
    const worse = detail.direction === 'lower-is-better' ? 1 : -1;
    const against = detail.compare === 'baseline' ? 'the control' : 'last week';
    lines.push({
      label: `limit: ${formatPercent(limit)} worse than ${against}`,
      values: rows.map((r) => r.ref! + worse * limit * Math.abs(r.ref!)),
    });
  }
  if (rollbackAt !== undefined) {
    lines.push({ label: `rollback at ${formatNumber(rollbackAt)}`, values: rows.map(() => rollbackAt) });
  }
  const labels = rows.map((r) => label(r.point.at));
  const title = mermaidText(detail.unit ? `${detail.name} (${detail.unit})` : detail.name);
  const mermaid = [
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${mermaidText(detail.unit ?? detail.name)}"`,
    ...lines.map((line) => `  line [${line.values.map(mermaidNumber).join(', ')}]`),
  ].join('\n');
  return { gateId, metric: detail.name, title, labels, lines, mermaid };
}
