// Plan text and readings are untrusted as far as the report is concerned: a metric
// description or a manual gate could hold Markdown, HTML, mentions or terminal escapes.
// Everything plan-derived goes through one of these before it reaches a template.

/** C0/C1 controls and bidirectional overrides ("Trojan Source"); tabs and newlines become spaces. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MENTION = /@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?)/g;
/** Inline Markdown that could change meaning: emphasis, code, links, tables, strikethrough, math, headings. */
const MARKDOWN_SPECIAL = /[\\`*_[\]|~$#]/g;
/** Text that would start a list item (`- `, `+ `, `1. `, `1) `) when it follows a `- ` prefix. */
const BLOCK_START = /^(\d*)([-+.)])(?=\s|$)/;
/** A zero-width space after `@` keeps the text readable and stops GitHub notifying anyone. */
const MENTION_BREAK = '@&#8203;';
const MAX_CODE_CHARS = 300;

/** One line, no controls, runs of whitespace collapsed. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapePlain(text: string): string {
  return escapeHtml(text).replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * Inline Markdown for a table cell or list item. Only handles in `mentions` (the plan's
 * owners and approvers, lower-case) stay mentions; every other `@name` is broken up.
 */
export function mdInline(text: string, mentions: ReadonlySet<string> = new Set()): string {
  const line = oneLine(text);
  let out = '';
  let last = 0;
  for (const match of line.matchAll(MENTION)) {
    const index = match.index;
    out += escapePlain(line.slice(last, index));
    const handle = match[1]!;
    out += (mentions.has(`@${handle.toLowerCase()}`) ? '@' : MENTION_BREAK) + escapePlain(handle);
    last = index + match[0].length;
  }
  out += escapePlain(line.slice(last));
  return out.replace(BLOCK_START, (whole, digits: string, mark: string) =>
    (digits === '') === (mark === '-' || mark === '+') ? `${digits}\\${mark}` : whole,
  );
}

/** A code span safe in a table cell: one line, a fence longer than any backtick run, `|` escaped. */
export function mdCode(text: string): string {
  let code = oneLine(text);
  if (code.length > MAX_CODE_CHARS) code = `${code.slice(0, MAX_CODE_CHARS - 1)}…`;
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Terminal text: one line, without control characters or escape sequences. */
export function plainInline(text: string): string {
  return oneLine(text);
}

/** Ids in the hidden marker: only the characters plan and phase ids may have. */
export function markerId(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

export function reportMarker(plan: string, phase: string): string {
  return `<!-- rollbook:gate-report plan=${markerId(plan)} phase=${markerId(phase)} -->`;
}

/** The plan and phase of a comment written by renderGateReport, for finding the sticky comment. */
export function parseReportMarker(body: string): { plan: string; phase: string } | undefined {
  const match = /<!-- rollbook:gate-report plan=([a-z0-9-]+) phase=([a-z0-9-]+) -->/.exec(body);
  return match ? { plan: match[1]!, phase: match[2]! } : undefined;
}
