// Plan text in checklist issues. The Markdown escaping itself is the runbook renderer's
// (render/escape/, see docs/adr/0005-runbook-escaping.md): escaped text cannot make markup, a
// list item, a mention or a template tag. This module adds what issue bodies need on top:
// no plan text may spell a Rollbook marker, even escaped, so the substring `<!--` never
// survives (escaped `\<!--` becomes `\<!\-\-`, which GitHub shows as the same `<!--`).
import type { InlineMd, TextMd } from '../render/escape/brands.ts';
import { codeSpan } from '../render/escape/markdown-code.ts';
import { escapeMarkdownInline, INERT_AT, mention } from '../render/escape/markdown-inline.ts';
import { markdownLink, safeHttpUrl } from '../render/escape/markdown-link.ts';
import { singleLine } from '../render/escape/text.ts';

export type { InlineMd, TextMd };
export { INERT_AT, safeHttpUrl, singleLine };

const COMMENT_OPEN = /<!--/g;
const COMMENT_CLOSE = /-->/g;
const ELLIPSIS = '…';

function noCommentInMarkdown<T extends string>(md: T): T {
  return md.replace(COMMENT_OPEN, '<!\\-\\-').replace(COMMENT_CLOSE, '\\-\\->') as T;
}

/** Plan text as inline Markdown: inert, one line, no marker. */
export function text(value: string): TextMd {
  return noCommentInMarkdown(escapeMarkdownInline(value));
}

/** Like `text`, cut to `max` characters (before escaping, so no escape is split). */
export function truncatedText(value: string, max: number | undefined): TextMd {
  return text(truncate(value, max));
}

/** `value` cut to `max` code points with an ellipsis; unchanged when it fits or `max` is undefined. */
export function truncate(value: string, max: number | undefined): string {
  const line = singleLine(value);
  if (max === undefined) return line;
  const chars = [...line];
  return chars.length <= max
    ? line
    : chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd() + ELLIPSIS;
}

/**
 * A code span. Code shows its text exactly, so a comment opener inside is broken with a
 * zero-width space instead (only a command that literally holds `<!--` or `-->` is affected).
 */
export function code(value: string, max?: number): InlineMd {
  const safe = truncate(value, max).replace(COMMENT_OPEN, '<!-\u200B-').replace(COMMENT_CLOSE, '-\u200B->');
  return codeSpan(safe);
}

/** A handle the plan names as an owner or approver: it may ping. Anything else stays inert. */
export function handle(value: string): TextMd {
  return noCommentInMarkdown(mention(value));
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
  return noCommentInMarkdown(markdownLink(title, url));
}

/** Fixed text written in this module or a template: no escaping. */
export function fixed(value: string): TextMd {
  return value as TextMd;
}

/** Title text for an issue title: one line, no controls; titles are not Markdown. */
export function titleText(value: string): string {
  return singleLine(value);
}
