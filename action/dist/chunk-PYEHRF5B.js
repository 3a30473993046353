import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  stderrLogger
} from "./chunk-T3X2RMYI.js";
import {
  visible
} from "./chunk-APNQ6APO.js";
import {
  uncheckedSources
} from "./chunk-XRL3SHRY.js";
import {
  truncate
} from "./chunk-5GYI2QEG.js";

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
  const head = `${style.bold(`${visible(d.file)}:${d.line}:${d.column}`)} ${color(d.severity)} ${style.dim(d.code)} ${visible(d.message)}`;
  const parts = [head];
  const frame = source ? codeFrame(source, d, style) : "";
  if (frame) parts.push(frame);
  if (d.expected) parts.push(`  ${style.cyan("expected:")} ${visible(d.expected)}`);
  if (d.hint) parts.push(`  ${style.cyan("hint:")} ${visible(d.hint)}`);
  if (d.lesson) parts.push(`  ${style.cyan("why:")} ${visible(`${d.lesson.id} — ${d.lesson.title}`)}`);
  return parts.join("\n");
}
function formatSummaryText(files, errors, warnings, style) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (errors === 0 && warnings === 0) return `${plural(files, "plan")} checked: no problems.`;
  const text = `${plural(files, "plan")} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
  return errors > 0 ? style.red(text) : style.yellow(text);
}

// action/src/cli/shared-lessons.ts
var DEFAULT_SERVER_URL = "https://github.com";
async function readSharedLessons(loaded, io, unchecked) {
  const sources = loaded.config.lessonSources;
  if (!sources || sources.length === 0) return void 0;
  const place = {
    file: loaded.file ?? "rollbook.config.yaml",
    ...loaded.lessonSourcePositions ? { positions: loaded.lessonSourcePositions } : {}
  };
  const token = io.env.GITHUB_TOKEN;
  if (!token) return uncheckedSources(sources, place, unchecked, "GITHUB_TOKEN is not set");
  const [{ apiBaseUrl, createGitHubClient }, { fetchLessonSource }, { LessonSourceReader }] = await Promise.all([
    import("./chunk-QJZ7JU2M.js"),
    import("./chunk-BJKLFPIL.js"),
    import("./chunk-REZBZQJY.js")
  ]);
  const client = createGitHubClient(token, { baseUrl: apiBaseUrl(io.env), log: stderrLogger(io), pacing: io.pacing });
  const options = { serverUrl: io.env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL, tokenName: "GITHUB_TOKEN" };
  const reader = new LessonSourceReader((source) => fetchLessonSource(client, source, options));
  return reader.read(sources, place);
}

export {
  ANSI,
  PLAIN,
  formatDiagnosticText,
  formatSummaryText,
  readSharedLessons
};
