// Small formatters the view builders share: escaped text, table cells that are never empty,
// numbers and durations from plans (which may be anything when a plan skipped validation).
import type { CellMd, InlineMd, TextMd } from '../../text/brands.ts';
import { cellCodeSpan, codeSpan } from '../../text/markdown-code.ts';
import { escapeMarkdownInline, joinMd, mention } from '../../text/markdown-inline.ts';

/** Shown in a table cell that has no value. */
export const EMPTY_CELL = '—' as TextMd;

export const text = (value: string): TextMd => escapeMarkdownInline(value);

/**
 * A title: it goes into headings and link text, so URLs in it stay text. Links cannot nest, and
 * GitHub and markdownlint disagree about a heading's anchor when it holds a link.
 */
export const titleText = (value: string): TextMd => escapeMarkdownInline(value, { linkText: true });

export function optionalText(value: string | undefined): TextMd | null {
  return value === undefined ? null : escapeMarkdownInline(value);
}

export function cell(value: string | undefined): CellMd {
  return value === undefined || value.trim() === '' ? EMPTY_CELL : escapeMarkdownInline(value);
}

export function codeCell(value: string | undefined): CellMd {
  return value === undefined || value.trim() === '' ? EMPTY_CELL : cellCodeSpan(value);
}

export function code(value: string): InlineMd {
  return codeSpan(value);
}

export function mentions(handles: readonly string[] | undefined): TextMd {
  return handles && handles.length > 0 ? joinMd(handles.map(mention)) : EMPTY_CELL;
}

/** A number from a plan as text; anything that is not a finite number is escaped as text. */
export function numberText(value: unknown): TextMd {
  return typeof value === 'number' && Number.isFinite(value) ? (String(value) as TextMd) : text(String(value));
}

/** Concatenates fixed text and already-escaped parts; the fixed parts must be plain words. */
export function md<T extends string>(strings: TemplateStringsArray, ...parts: (T | TextMd | number)[]): T {
  let out = strings[0]!;
  parts.forEach((part, i) => {
    out += String(part) + strings[i + 1]!;
  });
  return out as T;
}
