// Plan, lesson and event text in what Rollbook writes on GitHub: checklist issue bodies, the
// gate report comment, sign-off comments. The Markdown escaping is the runbooks' (ADR 5): escaped
// text cannot make markup, a list item, a mention or a template tag. On top of it, no text may
// spell a Rollbook marker, even escaped (text/markers.ts), and only handles the plan names as
// owners or approvers may ping.
import type { BlockMd, CellMd, InlineMd, TextMd } from './brands.ts';
import { HANDLE_IN_TEXT } from './handle.ts';
import { cellCodeSpan, codeFence, codeSpan } from './markdown-code.ts';
import { escapeMarkdownInline, mention } from './markdown-inline.ts';
import { markdownLink } from './markdown-link.ts';
import { breakComments, breakCommentsInCode } from './markers.ts';
import { singleLine } from './normalize.ts';
import { truncate } from './truncate.ts';

/** Code in a table cell longer than this is cut: a report row is not the place for a whole query. */
export const MAX_CELL_CODE_CHARS = 300;

/** Plan text as inline Markdown: inert, one line, no marker. */
export function text(value: string): TextMd {
  return breakComments(escapeMarkdownInline(value));
}

/** `value` on one line, cut to `max` code points with an ellipsis; unchanged when `max` is undefined. */
export function truncateLine(value: string, max: number | undefined): string {
  const line = singleLine(value);
  return max === undefined ? line : truncate(line, max, { trimEnd: true });
}

/** Like `text`, cut to `max` characters (before escaping, so no escape is split). */
export function truncatedText(value: string, max: number | undefined): TextMd {
  return text(truncateLine(value, max));
}

/** Escapes part of a line, keeping the spaces at its edges (the escaper trims whole lines). */
function escapeSegment(segment: string): string {
  const start = segment.length - segment.trimStart().length;
  const end = Math.max(start, segment.trimEnd().length);
  const body = segment.slice(start, end);
  return segment.slice(0, start) + (body ? escapeMarkdownInline(body) : '') + segment.slice(end);
}

/**
 * Free text in which the handles in `mentions` (the plan's owners and approvers, lower case) may
 * ping; every other `@name` is made inert.
 */
export function textWithMentions(value: string, mentions: ReadonlySet<string> = new Set()): TextMd {
  const line = singleLine(value);
  let out = '';
  let last = 0;
  for (const match of line.matchAll(HANDLE_IN_TEXT)) {
    if (!mentions.has(match[0].toLowerCase())) continue;
    out += escapeSegment(line.slice(last, match.index)) + mention(match[0]);
    last = match.index + match[0].length;
  }
  return breakComments((out + escapeSegment(line.slice(last))) as TextMd);
}

/** A code span for prose, cut to `max` characters when given. */
export function code(value: string, max?: number): InlineMd {
  return codeSpan(breakCommentsInCode(truncateLine(value, max)));
}

/** A fenced code block (a query, a command) that cannot spell a marker; `language` as codeFence takes it. */
export function codeBlock(value: string, language = 'text'): BlockMd {
  return codeFence(breakCommentsInCode(value), language);
}

/** A code span safe in a table cell, cut to MAX_CELL_CODE_CHARS. */
export function cellCode(value: string): CellMd {
  return cellCodeSpan(breakCommentsInCode(truncate(singleLine(value), MAX_CELL_CODE_CHARS)));
}

/** A handle the plan names as an owner or approver: it may ping. Anything else stays inert. */
export function handle(value: string): TextMd {
  return breakComments(mention(value));
}

/** Handles joined with commas and a final "or"/"and". */
export function handleList(values: readonly string[], last: 'or' | 'and' = 'and'): TextMd {
  const parts = values.map(handle);
  if (parts.length <= 1) return (parts[0] ?? '') as TextMd;
  return `${parts.slice(0, -1).join(', ')} ${last} ${parts.at(-1)}` as TextMd;
}

/** A GitHub login (from an event, never from the plan) shown without pinging: `@​alice`. */
export function inertLogin(login: string): TextMd {
  return text(`@${login.replace(/^@/, '')}`);
}

/** `[title](url)` for an http(s) URL, else the title as text. */
export function link(title: string, url: string): TextMd {
  return breakComments(markdownLink(title, url));
}

/** Fixed text written in Rollbook's code or a template: no escaping. */
export function fixed(value: string): TextMd {
  return value as TextMd;
}

/** Text for an issue title: one line, no controls; titles are not Markdown. */
export function titleText(value: string): string {
  return singleLine(value);
}
