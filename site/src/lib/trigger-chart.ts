// Lessons by trigger as an inline SVG bar chart, drawn at build time. The same numbers are in
// the <desc> (for screen readers) and in the "By trigger" list next to it.
import { escapeXml } from './escape.ts';

export interface ChartBar {
  label: string;
  count: number;
}

const LABEL_W = 200;
const BAR_MAX = 360;
const ROW_H = 30;
const BAR_H = 20;
const PAD = 6;

export function renderBarChart(bars: readonly ChartBar[], options: { idPrefix: string; title: string }): string {
  const id = (name: string) => `${options.idPrefix}-${name}`;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = LABEL_W + BAR_MAX + 60;
  const height = PAD * 2 + Math.max(1, bars.length) * ROW_H;
  const desc = bars.length ? bars.map((b) => `${b.label}: ${b.count}`).join(', ') : 'No lessons yet.';
  const rows = bars.map((bar, i) => {
    const y = PAD + i * ROW_H;
    const w = Math.max(2, Math.round((bar.count / max) * BAR_MAX));
    return [
      `<text class="chart-label" x="${LABEL_W - 10}" y="${y + BAR_H - 5}" text-anchor="end">${escapeXml(bar.label)}</text>`,
      `<rect class="chart-bar" x="${LABEL_W}" y="${y}" width="${w}" height="${BAR_H}" rx="3"/>`,
      `<text class="chart-value" x="${LABEL_W + w + 8}" y="${y + BAR_H - 5}">${bar.count}</text>`,
    ].join('');
  });
  return [
    `<svg class="bar-chart" role="img" aria-labelledby="${id('title')} ${id('desc')}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id('title')}">${escapeXml(options.title)}</title>`,
    `<desc id="${id('desc')}">${escapeXml(desc)}</desc>`,
    ...rows,
    '</svg>',
  ].join('\n');
}
