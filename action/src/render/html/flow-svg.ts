// The phase flow as inline SVG, drawn when the page is built: no Mermaid, nothing runs in the
// browser. One drawing for the site (styled by its CSS) and HTML runbooks (`standalone`: the SVG
// carries its own styles, since the page around it is a template users may replace).
// Phases are boxes in reading order, up to `perRow` a row (three on wide screens, one on phones,
// where the diagram is drawn at its natural size so text stays 12 px or more), joined by arrows;
// a row ends with an elbow down to the start of the next. The current phase (from the status
// file) is marked with aria-current="step", a class (a thick dashed outline) and a line of text,
// "▶ Now: current phase", which its link name includes, so it shows by more than colour. Titles wrap rather than being cut, so each box's link
// name can be exactly its visible text (WCAG 2.5.3, label in name). Deterministic: the same
// phases always give the same markup. Every text and attribute value goes through escapeXml.
import type { Phase } from '../../plan/schema.ts';
import { plural } from '../../text/plural.ts';
import { wrapText } from '../../text/wrap.ts';
import { escapeXml } from '../../text/xml.ts';

export const FLOW_PER_ROW = 3;
const BOX_W = 216;
const GAP_X = 36;
const GAP_Y = 40;
const PAD = 8;
const TEXT_X = 20;
const LINE_CHARS = 22;
const TITLE_LINE_H = 19;
const META_LINE_H = 18;
const TOP = 24;
const BOTTOM = 12;

export interface FlowOptions {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** The link of a phase box (`index` counts from 0). */
  hrefFor(phase: Phase, index: number): string;
  /** Boxes per row; default FLOW_PER_ROW. */
  perRow?: number;
  /** Id of the phase the rollout is in, when a status file says so. */
  currentId?: string | undefined;
  /** Carry default colours in a <style> of its own, for pages without the site's CSS. */
  standalone?: boolean;
}

/** The colours of a standalone drawing, scoped to its own class; the site's CSS does the same with its theme. */
const STANDALONE_STYLE = [
  'svg.phase-flow{max-width:100%;height:auto}',
  '.phase-flow .flow-box{fill:#f6f8fa;stroke:#d1d9e0}',
  '.phase-flow a:hover .flow-box,.phase-flow a:focus .flow-box{stroke:#0969da;stroke-width:3}',
  '.phase-flow .flow-title{fill:#1f2328;font:600 14px system-ui,sans-serif}',
  '.phase-flow .flow-meta{fill:#59636e;font:13px system-ui,sans-serif}',
  '.phase-flow .flow-arrow{fill:none;stroke:#818b98;stroke-width:2}',
  '.phase-flow .flow-arrowhead{fill:#818b98}',
  '.phase-flow .env-dev .flow-env,.phase-flow .env-test .flow-env{fill:#0969da}',
  '.phase-flow .env-staging .flow-env{fill:#1a7f37}',
  '.phase-flow .env-canary .flow-env{fill:#bc4c00}',
  '.phase-flow .env-production .flow-env{fill:#cf222e}',
].join('');

interface Box {
  phase: Phase;
  title: string[];
  meta: string[];
  /** The link's accessible name: its visible text, in reading order. */
  label: string;
}

export function phaseSummary(phase: Phase): string {
  const parts: string[] = [phase.environment, phase.strategy];
  if (phase.audience) parts.push(phase.audience);
  if (phase.bake) parts.push(`bake ${phase.bake}`);
  return parts.join(', ');
}

/** The line a current phase's box ends with; its link name says it without the sign. */
export const FLOW_NOW_TEXT = 'Now: current phase';
const NOW_SIGN = '▶ ';

function toBox(phase: Phase, index: number, current: boolean): Box {
  const heading = `${index + 1}. ${phase.title}`;
  const meta = [`${phase.environment} · ${phase.strategy}`];
  const extra = [phase.audience, phase.bake ? `bake ${phase.bake}` : undefined].filter(Boolean).join(' · ');
  if (extra) meta.push(extra);
  const label = [heading, ...meta, ...(current ? [FLOW_NOW_TEXT] : [])].join(', ');
  return {
    phase,
    title: wrapText(heading, LINE_CHARS),
    meta: current ? [...meta, NOW_SIGN + FLOW_NOW_TEXT] : meta,
    label,
  };
}

const boxHeight = (box: Box) => TOP + box.title.length * TITLE_LINE_H + box.meta.length * META_LINE_H + BOTTOM - 6;

export function renderPhaseFlow(phases: readonly Phase[], options: FlowOptions): string {
  const id = (name: string) => escapeXml(`${options.idPrefix}-${name}`);
  const perRow = options.perRow ?? FLOW_PER_ROW;
  const boxes = phases.map((phase, i) => toBox(phase, i, phase.id === options.currentId));
  // Every box in a row shares the row's height, so arrows meet box middles.
  const rowHeights: number[] = [];
  boxes.forEach((box, i) => {
    const row = Math.floor(i / perRow);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, boxHeight(box));
  });
  const rowTop = (row: number) => PAD + rowHeights.slice(0, row).reduce((sum, h) => sum + h + GAP_Y, 0);
  const place = (i: number) => {
    const row = Math.floor(i / perRow);
    return { x: PAD + (i % perRow) * (BOX_W + GAP_X), y: rowTop(row), h: rowHeights[row]! };
  };
  const cols = Math.min(perRow, boxes.length);
  const width = PAD * 2 + cols * BOX_W + Math.max(0, cols - 1) * GAP_X;
  const height = rowTop(rowHeights.length) - GAP_Y + PAD;

  const arrows = boxes.slice(1).map((_, i) => {
    const a = place(i);
    const b = place(i + 1);
    const marker = `marker-end="url(#${id('arrow')})"`;
    if (a.y === b.y) return `<path class="flow-arrow" d="M${a.x + BOX_W} ${a.y + a.h / 2} H${b.x - 3}" ${marker}/>`;
    const midY = a.y + a.h + GAP_Y / 2;
    return `<path class="flow-arrow" d="M${a.x + BOX_W / 2} ${a.y + a.h} V${midY} H${b.x + BOX_W / 2} V${b.y - 3}" ${marker}/>`;
  });

  const links = boxes.map((box, i) => {
    const { x, y, h } = place(i);
    const rows = [
      ...box.title.map((text) => ({ text, cls: 'flow-title', step: TITLE_LINE_H })),
      ...box.meta.map((text) => ({
        text,
        cls: text.startsWith(NOW_SIGN) ? 'flow-meta flow-now' : 'flow-meta',
        step: META_LINE_H,
      })),
    ];
    let baseline = y + TOP;
    const lines = rows.map((row, n) => {
      // A trailing space keeps words apart when the lines are read as one text (text nodes
      // of sibling <text> elements are concatenated as they are).
      const text = n < rows.length - 1 ? `${row.text} ` : row.text;
      const line = `<text class="${row.cls}" x="${x + TEXT_X}" y="${baseline}">${escapeXml(text)}</text>`;
      baseline += row.step + (n === box.title.length - 1 ? 4 : 0);
      return line;
    });
    const current = box.phase.id === options.currentId;
    return [
      `<a class="flow-phase env-${escapeXml(box.phase.environment)}${current ? ' flow-current' : ''}" href="${escapeXml(options.hrefFor(box.phase, i))}" aria-label="${escapeXml(box.label)}"${current ? ' aria-current="step"' : ''}>`,
      `<rect class="flow-box" x="${x}" y="${y}" width="${BOX_W}" height="${h}" rx="8"/>`,
      `<rect class="flow-env" x="${x}" y="${y}" width="8" height="${h}" rx="4"/>`,
      ...lines,
      '</a>',
    ].join('');
  });

  const first = phases[0]?.environment ?? 'none';
  const last = phases.at(-1)?.environment ?? 'none';
  const title = `Phase flow: ${plural(phases.length, 'phase')}, from ${first} to ${last}`;
  const desc = phases.map((p, i) => `${i + 1}. ${p.title} (${phaseSummary(p)})`).join('; then ');
  return [
    `<svg class="phase-flow" role="group" aria-labelledby="${id('title')}" aria-describedby="${id('desc')}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id('title')}">${escapeXml(title)}</title>`,
    `<desc id="${id('desc')}">${escapeXml(desc)}</desc>`,
    ...(options.standalone ? [`<style>${STANDALONE_STYLE}</style>`] : []),
    `<defs><marker id="${id('arrow')}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path class="flow-arrowhead" d="M0 0 L10 5 L0 10 z"/></marker></defs>`,
    ...arrows,
    ...links,
    '</svg>',
  ].join('\n');
}
