// Plan text and readings are untrusted as far as the report is concerned: a metric
// description or a manual gate could hold Markdown, HTML, mentions or terminal escapes. The
// escaping itself is the runbook renderer's (render/escape/, ADR 5); this adapter adds what a
// PR comment needs: only the plan's owners and approvers may be mentioned, code is cut to a
// readable length, and no plan text may spell the hidden marker the sticky comment is found by.
import { cellCodeSpan } from '../../render/escape/markdown-code.ts';
import { escapeMarkdownInline, mention } from '../../render/escape/markdown-inline.ts';
import { singleLine } from '../../render/escape/text.ts';

const HANDLE_IN_TEXT = /@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?/g;
const MAX_CODE_CHARS = 300;

/** Escaped text can still read `\<!--`; break it so no text forges a comment marker. */
function noCommentMarker(md: string): string {
  return md.replace(/<!--/g, '<!\\-\\-').replace(/-->/g, '\\-\\->');
}

/** One line, no controls, runs of whitespace collapsed. */
export const oneLine = singleLine;

/** Escapes part of a line, keeping the spaces at its edges (the escaper trims whole lines). */
function escapeSegment(segment: string): string {
  const [, lead, body, trail] = /^(\s*)(.*?)(\s*)$/s.exec(segment)!;
  return lead! + (body ? escapeMarkdownInline(body) : '') + trail!;
}

/**
 * Inline Markdown for a table cell or list item. Only handles in `mentions` (the plan's
 * owners and approvers, lower-case) stay mentions; every other `@name` is made inert.
 */
export function mdInline(text: string, mentions: ReadonlySet<string> = new Set()): string {
  const line = singleLine(text);
  let out = '';
  let last = 0;
  for (const match of line.matchAll(HANDLE_IN_TEXT)) {
    if (!mentions.has(match[0].toLowerCase())) continue;
    out += escapeSegment(line.slice(last, match.index)) + mention(match[0]);
    last = match.index + match[0].length;
  }
  return noCommentMarker(out + escapeSegment(line.slice(last)));
}

/** A code span safe in a table cell: one line, cut to a readable length. */
export function mdCode(text: string): string {
  let code = singleLine(text);
  if (code.length > MAX_CODE_CHARS) code = `${code.slice(0, MAX_CODE_CHARS - 1)}…`;
  return cellCodeSpan(code.replace(/<!--/g, '<!-\u200B-').replace(/-->/g, '-\u200B->'));
}

/** Terminal text: one line, without control characters or escape sequences. */
export function plainInline(text: string): string {
  return singleLine(text);
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
