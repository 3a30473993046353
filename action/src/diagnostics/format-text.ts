// Human output: `file:line:col severity code message`, a code frame, what was expected and a
// hint. Colour codes are added only when the caller says the output is a terminal.

import { plural } from '../text/plural.ts';
import { truncate } from '../text/truncate.ts';
import type { Diagnostic } from './diagnostic.ts';
import { visible, visibleField } from './visible.ts';

const FRAME_CONTEXT_LINES = 2;
const MAX_FRAME_LINE_CHARS = 160;

export interface TextStyle {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const ANSI: TextStyle = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  cyan: wrap(36, 39),
};
const identity = (s: string) => s;
export const PLAIN: TextStyle = { red: identity, yellow: identity, dim: identity, bold: identity, cyan: identity };

/** The last source split into lines: a file's diagnostics are formatted one after another. */
let splitCache: { source: string; lines: string[] } | undefined;

function linesOf(source: string): string[] {
  if (splitCache?.source !== source) splitCache = { source, lines: source.split(/\r?\n/) };
  return splitCache.lines;
}

export function codeFrame(source: string, d: Diagnostic, style: TextStyle): string {
  const lines = linesOf(source);
  if (d.line < 1 || d.line > lines.length) return '';
  const first = Math.max(1, d.line - FRAME_CONTEXT_LINES);
  const last = Math.min(lines.length, d.line);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    let text = visible(lines[n - 1]!.replace(/\t/g, ' '));
    text = truncate(text, MAX_FRAME_LINE_CHARS + 1);
    const gutter = `${n === d.line ? '>' : ' '} ${String(n).padStart(width)} | `;
    out.push(n === d.line ? `${style.bold(gutter)}${text}` : style.dim(`${gutter}${text}`));
  }
  const span =
    d.endLine === d.line
      ? Math.max(1, d.endColumn - d.column)
      : Math.max(1, (lines[d.line - 1]?.length ?? 0) - d.column + 1);
  const caretColumn = Math.min(d.column, MAX_FRAME_LINE_CHARS + 1);
  const marker = ' '.repeat(caretColumn - 1) + '^'.repeat(Math.min(span, MAX_FRAME_LINE_CHARS - caretColumn + 2));
  const color = d.severity === 'error' ? style.red : style.yellow;
  out.push(`${' '.repeat(width + 2)} | ${color(marker)}`);
  return out.join('\n');
}

export function formatDiagnosticText(d: Diagnostic, source: string | undefined, style: TextStyle): string {
  const color = d.severity === 'error' ? style.red : style.yellow;
  const head = `${style.bold(`${visible(d.file)}:${d.line}:${d.column}`)} ${color(d.severity)} ${style.dim(d.code)} ${visibleField(d.message)}`;
  const parts = [head];
  const frame = source ? codeFrame(source, d, style) : '';
  if (frame) parts.push(frame);
  if (d.expected) parts.push(`  ${style.cyan('expected:')} ${visibleField(d.expected)}`);
  if (d.hint) parts.push(`  ${style.cyan('hint:')} ${visibleField(d.hint)}`);
  if (d.lesson) parts.push(`  ${style.cyan('why:')} ${visibleField(`${d.lesson.id} — ${d.lesson.title}`)}`);
  return parts.join('\n');
}

/** "5 plans and 9 lessons checked: …": lessons are named when there are any, since their errors count too. */
export function formatSummaryText(
  files: number,
  errors: number,
  warnings: number,
  style: TextStyle,
  lessons = 0,
): string {
  const checked = `${plural(files, 'plan')}${lessons > 0 ? ` and ${plural(lessons, 'lesson')}` : ''} checked`;
  if (errors === 0 && warnings === 0) return `${checked}: no problems.`;
  const text = `${checked}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
  return errors > 0 ? style.red(text) : style.yellow(text);
}
