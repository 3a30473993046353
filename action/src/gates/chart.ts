// A Mermaid `xychart-beta` per gated metric over the history window: the measured value
// as the first line, then each threshold (max, min, the regression limit against the
// reference, the rollback threshold) as further lines. xychart has no legend, so every
// chart comes with the list of its lines. GitHub renders Mermaid blocks in comments.

import { own } from '../plan/own.ts';
import { chartValue, displayUnit, formatNumber, formatPercent, formatThreshold } from '../text/number.ts';
import { truncate } from '../text/truncate.ts';
import { MINUTE_MS } from '../time/units.ts';
import type { HistoryWindow } from './history-window.ts';
import type { Measurements, MetricDetail, PhaseEvaluation, RangePoint, RangeReading } from './model.ts';

/** Points per chart: more make the x-axis labels unreadable. */
export const MAX_CHART_POINTS = 16;
const MAX_TITLE_CHARS = 80;
/** Points further apart than this many times the usual spacing have a gap between them. */
export const GAP_STEPS = 2;

/** A span with no data between two points, ISO times of the points around it. */
export interface DataGap {
  from: string;
  to: string;
}

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
  /** Where the series has no data; the chart's line runs straight across these. */
  gaps: DataGap[];
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

/** Chart slice widths, minutes: the finest that fits the window in MAX_CHART_POINTS slices. */
const SLICE_MINUTES = [5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 5760] as const;

/**
 * The last point of each slice of the window, skipping empty slices. Slices lie on a fixed UTC
 * grid (multiples of their width since the epoch), not on the evaluation time: a run minutes
 * later picks the same points, so an unchanged series draws an unchanged chart.
 */
function sample(points: readonly RangePoint[], window: HistoryWindow): RangePoint[] {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const minutes =
    SLICE_MINUTES.find(
      (m) => Math.floor(end / (m * MINUTE_MS)) - Math.floor(start / (m * MINUTE_MS)) < MAX_CHART_POINTS,
    ) ?? SLICE_MINUTES.at(-1)!;
  const width = minutes * MINUTE_MS;
  const picked = new Map<number, RangePoint>();
  for (const point of points) {
    const t = point.at.getTime();
    if (t < start || t > end) continue;
    picked.set(Math.floor(t / width), point);
  }
  return [...picked.entries()]
    .sort(([a], [b]) => a - b)
    .slice(-MAX_CHART_POINTS)
    .map(([, point]) => point);
}

/**
 * Spans without data: consecutive points further apart than GAP_STEPS times the series' usual
 * spacing (its median, never less than the range step). The chart draws straight across them,
 * so the report names them.
 */
export function dataGaps(points: readonly RangePoint[], window: HistoryWindow): DataGap[] {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const inside = points.filter((p) => p.at.getTime() >= start && p.at.getTime() <= end);
  const spacings = inside
    .slice(1)
    .map((p, i) => p.at.getTime() - inside[i]!.at.getTime())
    .sort((a, b) => a - b);
  const usual = Math.max(window.stepSeconds * 1000, spacings[Math.floor(spacings.length / 2)] ?? 0);
  const limit = GAP_STEPS * usual;
  const gaps: DataGap[] = [];
  for (let i = 1; i < inside.length; i++) {
    const before = inside[i - 1]!.at;
    const after = inside[i]!.at;
    if (after.getTime() - before.getTime() > limit) gaps.push({ from: before.toISOString(), to: after.toISOString() });
  }
  return gaps;
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
  const sampled = sample(points, window);
  const relative = detail.compare !== 'absolute';
  // With a relative gate, keep only points where the reference is known, so every line has every point.
  const rows = sampled
    .map((p) => ({ point: p, ref: relative ? referenceAt(reference, p.at) : undefined }))
    .filter((r) => !relative || r.ref !== undefined);
  if (rows.length === 0) return undefined;

  const lines: ChartLine[] = [{ label: detail.name, values: rows.map((r) => r.point.value) }];
  if (max !== undefined) lines.push({ label: `max ${formatThreshold(max, detail.unit)}`, values: rows.map(() => max) });
  if (min !== undefined) lines.push({ label: `min ${formatThreshold(min, detail.unit)}`, values: rows.map(() => min) });
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
    lines.push({
      label: `rollback at ${formatThreshold(rollbackAt, detail.unit)}`,
      values: rows.map(() => rollbackAt),
    });
  }
  const labels = rows.map((r) => label(r.point.at));
  // Lines keep the metric's own values; the drawing shows them as the report does (a ratio in %).
  // `%` cannot stand in Mermaid text (`%%` starts a comment): the axis says `percent`.
  const shown = displayUnit(detail.unit).name;
  const unitName = shown === '%' ? 'percent' : shown;
  const title = mermaidText(unitName ? `${detail.name} (${unitName})` : detail.name);
  const mermaid = [
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${mermaidText(unitName ?? detail.name)}"`,
    ...lines.map((line) => `  line [${line.values.map((v) => mermaidNumber(chartValue(v, detail.unit))).join(', ')}]`),
  ].join('\n');
  return { gateId, metric: detail.name, title, labels, lines, mermaid, gaps: dataGaps(points, window) };
}
