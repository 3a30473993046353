import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  visible,
  visibleField
} from "./chunk-NHGUQWO3.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import {
  truncate
} from "./chunk-OOZIPJ2T.js";

// action/src/diagnostics/format-text.ts
var FRAME_CONTEXT_LINES = 2;
var MAX_FRAME_LINE_CHARS = 160;
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var ANSI = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  cyan: wrap(36, 39)
};
var identity = (s) => s;
var PLAIN = { red: identity, yellow: identity, dim: identity, bold: identity, cyan: identity };
var splitCache;
function linesOf(source) {
  if (splitCache?.source !== source) splitCache = { source, lines: source.split(/\r?\n/) };
  return splitCache.lines;
}
function codeFrame(source, d, style) {
  const lines = linesOf(source);
  if (d.line < 1 || d.line > lines.length) return "";
  const first = Math.max(1, d.line - FRAME_CONTEXT_LINES);
  const last = Math.min(lines.length, d.line);
  const width = String(last).length;
  const out = [];
  for (let n = first; n <= last; n++) {
    let text = visible(lines[n - 1].replace(/\t/g, " "));
    text = truncate(text, MAX_FRAME_LINE_CHARS + 1);
    const gutter = `${n === d.line ? ">" : " "} ${String(n).padStart(width)} | `;
    out.push(n === d.line ? `${style.bold(gutter)}${text}` : style.dim(`${gutter}${text}`));
  }
  const span = d.endLine === d.line ? Math.max(1, d.endColumn - d.column) : Math.max(1, (lines[d.line - 1]?.length ?? 0) - d.column + 1);
  const caretColumn = Math.min(d.column, MAX_FRAME_LINE_CHARS + 1);
  const marker = " ".repeat(caretColumn - 1) + "^".repeat(Math.min(span, MAX_FRAME_LINE_CHARS - caretColumn + 2));
  const color = d.severity === "error" ? style.red : style.yellow;
  out.push(`${" ".repeat(width + 2)} | ${color(marker)}`);
  return out.join("\n");
}
function formatDiagnosticText(d, source, style) {
  const color = d.severity === "error" ? style.red : style.yellow;
  const head = `${style.bold(`${visible(d.file)}:${d.line}:${d.column}`)} ${color(d.severity)} ${style.dim(d.code)} ${visibleField(d.message)}`;
  const parts = [head];
  const frame = source ? codeFrame(source, d, style) : "";
  if (frame) parts.push(frame);
  if (d.expected) parts.push(`  ${style.cyan("expected:")} ${visibleField(d.expected)}`);
  if (d.hint) parts.push(`  ${style.cyan("hint:")} ${visibleField(d.hint)}`);
  if (d.lesson) parts.push(`  ${style.cyan("why:")} ${visibleField(`${d.lesson.id} \u2014 ${d.lesson.title}`)}`);
  return parts.join("\n");
}
function formatSummaryText(files, errors, warnings, style, lessons = 0) {
  const checked = `${plural(files, "plan")}${lessons > 0 ? ` and ${plural(lessons, "lesson")}` : ""} checked`;
  if (errors === 0 && warnings === 0) return `${checked}: no problems.`;
  const text = `${checked}: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
  return errors > 0 ? style.red(text) : style.yellow(text);
}

export {
  ANSI,
  PLAIN,
  formatDiagnosticText,
  formatSummaryText
};
