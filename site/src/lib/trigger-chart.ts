// Lessons by trigger as an inline SVG bar chart, drawn at build time. The same numbers are in
// the <desc> (for screen readers) and in the "By trigger" list next to it. Each label sits above
// its bar, so the chart is narrow (WIDTH) and its 14 px text stays 12 px or more when it is
// scaled down to a 360 px phone's column.
import { escapeXml } from '../../../action/src/site-api.ts';

export interface ChartBar {
  label: string;
  count: number;
}

export const CHART_WIDTH = 360;
const VALUE_W = 40;
const BAR_MAX = CHART_WIDTH - VALUE_W;
const LABEL_H = 18;
const BAR_H = 16;
const ROW_H = LABEL_H + BAR_H + 12;
const PAD = 6;

export function renderBarChart(bars: readonly ChartBar[], options: { idPrefix: string; title: string }): string {
  const id = (name: string) => `${options.idPrefix}-${name}`;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = CHART_WIDTH;
  const height = PAD * 2 + Math.max(1, bars.length) * ROW_H;
  const desc = bars.length ? bars.map((b) => `${b.label}: ${b.count}`).join(', ') : 'No lessons yet.';
  const rows = bars.map((bar, i) => {
    const y = PAD + i * ROW_H;
    const w = Math.max(2, Math.round((bar.count / max) * BAR_MAX));
    const barY = y + LABEL_H + 2;
    return [
      `<text class="chart-label" x="0" y="${y + LABEL_H - 4}">${escapeXml(bar.label)}</text>`,
      `<rect class="chart-bar" x="0" y="${barY}" width="${w}" height="${BAR_H}" rx="3"/>`,
      `<text class="chart-value" x="${w + 8}" y="${barY + BAR_H - 3}">${bar.count}</text>`,
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
