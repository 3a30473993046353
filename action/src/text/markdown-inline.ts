// Plan text as inline Markdown: it reads as the same text on GitHub and can never make structure,
// markup, a mention, an issue reference or a template tag. See docs/adr/0005-runbook-escaping.md
// and docs/adr/0023-inert-issue-references.md.
import type { TextMd } from './brands.ts';
import { HANDLE_PATTERN } from './handle.ts';
import { singleLine } from './normalize.ts';

/**
 * Characters that are Markdown or GFM syntax anywhere in a line: code, emphasis, links, raw HTML,
 * table pipes, strikethrough and GitHub math. Each is backslash-escaped, which CommonMark allows
 * for any ASCII punctuation.
 */
const INLINE_SYNTAX = /[\\`*_[\]<|~$]/g;
/** `&` only where it starts an entity reference such as `&lt;` or `&#60;`. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
/** Runs of braces: no `{{` reaches a later template engine (Handlebars, Liquid, Actions). */
const BRACE_RUN = /\{\{+|\}\}+/g;
/** A closing `#` sequence at the end of a heading; written as `&#35;` (markdownlint misreads `\#` there). */
const CLOSING_HASHES = /(\s)(#+)$/;
/** Block markers that only matter at the start of a line: headings, quotes, bullets, setext underlines. */
const LEADING_MARKER = /^[#>+=-]/;
/** An ordered-list marker at the start: `1.` or `1)` before a space or the end. */
const LEADING_ORDINAL = /^([0-9]{1,9})([.)])(?=\s|$)/;
/** An http(s) URL in text: it becomes an autolink, which cannot hold `|`, `{`, `}`, quotes or spaces. */
const HTTP_URL = /https?:\/\/[^\s<>|{}\\`"'[\]]+/gi;
/** Punctuation that GFM drops from the end of an autolinked URL (and `)` when unbalanced). */
const URL_TRAILING_PUNCTUATION = '.,:;!?*_~';
/** The same characters as a table by char code, read once per character of a URL's end. */
const IS_TRAILING_PUNCTUATION = new Uint8Array(128);
for (let i = 0; i < URL_TRAILING_PUNCTUATION.length; i++)
  IS_TRAILING_PUNCTUATION[URL_TRAILING_PUNCTUATION.charCodeAt(i)] = 1;
/** Other text GFM would autolink: `www.` hosts, `scheme://`. */
const OTHER_AUTOLINK = /(www)(\.)|(:)(\/\/)/gi;
/**
 * `@` before a name would ping on GitHub (and makes an e-mail autolink). Outside the places a plan
 * names owners and approvers, a zero-width space after the `@` keeps it inert and readable.
 */
const AT_NAME = /@(?=[A-Za-z0-9])/g;
export const INERT_AT = '@\u200B';
/**
 * Issue references GitHub links, and records on the issue it names, in another repository too:
 * `#12`, `acme/other#5` (the `#` before a digit), `GH-7`. A zero-width space after the `#` or the
 * `GH-` keeps them inert and readable, as for mentions. Full issue URLs stay links (ADR 23).
 */
const ISSUE_REFERENCE = /#(?=[0-9])|\bGH-(?=[0-9])/gi;
export const INERT_REFERENCE = '\u200B';

const HANDLE = new RegExp(HANDLE_PATTERN);

export interface InlineOptions {
  /**
   * The text of a link (or a heading): URLs stay text, because links cannot nest.
   */
  linkText?: boolean;
}

/**
 * What escapeSyntax might change; text without any is returned as is. A `:` matters only in
 * `://` (OTHER_AUTOLINK): times such as `10:00` are not searched six times over.
 */
const MAY_NEED_ESCAPING = /[\\`*_[\]<|~$&{}@#]|www\.|gh-|:\/\//i;

function escapeSyntax(text: string): string {
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return text
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(BRACE_RUN, (run) => run.replace(/./g, '\\$&'))
    .replace(OTHER_AUTOLINK, (_m, www, dot, colon, slashes) => (www ? `${www}\\${dot}` : `\\${colon}${slashes}`))
    .replace(AT_NAME, INERT_AT)
    .replace(ISSUE_REFERENCE, `$&${INERT_REFERENCE}`);
}

/** Whether `text` starts with an ASCII digit, as LEADING_ORDINAL needs. */
const startsWithDigit = (text: string) => text.charCodeAt(0) >= 0x30 && text.charCodeAt(0) <= 0x39;

function escapeLineEdges(text: string): string {
  // Each pattern is tried only where it can match: most text starts with a letter and does not end in `#`.
  let start = text;
  if (LEADING_MARKER.test(text)) start = `\\${text}`;
  else if (startsWithDigit(text)) start = text.replace(LEADING_ORDINAL, '$1\\$2');
  if (!start.endsWith('#')) return start;
  return start.replace(CLOSING_HASHES, (_m, space: string, hashes: string) => space + '&#35;'.repeat(hashes.length));
}

/**
 * The URL without what GFM leaves out of an autolink at its end: trailing punctuation, and each
 * `)` that has no `(` to match. One pass to count parentheses, one from the end to trim: linear,
 * where trimming a character at a time and counting again was quadratic in a run of `)`.
 */
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

function trimUrlEnd(url: string): string {
  let open = 0;
  let close = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === OPEN_PAREN) open++;
    else if (c === CLOSE_PAREN) close++;
  }
  let end = url.length;
  while (end > 0) {
    const last = url.charCodeAt(end - 1);
    if (last < 128 && IS_TRAILING_PUNCTUATION[last] === 1) end--;
    else if (last === CLOSE_PAREN && open < close) {
      end--;
      close--;
    } else break;
  }
  return url.slice(0, end);
}

/**
 * Escaped short texts, by text, for prose and for link text. A plan repeats its environments,
 * strategies, metric names and step wording in every phase, and a runbook escapes each of them
 * again in every place it shows them; escaping is pure, so each distinct short text is escaped
 * once. Bounded: texts longer than MEMO_MAX_LENGTH are not kept, and a full table starts over.
 */
const MEMO_MAX_LENGTH = 256;
const MEMO_MAX_ENTRIES = 4096;
const memo = { prose: new Map<string, TextMd>(), link: new Map<string, TextMd>() };

/** Plain text as inline Markdown for prose and table cells. Line breaks become spaces. */
export function escapeMarkdownInline(text: string, options: InlineOptions = {}): TextMd {
  if (text.length > MEMO_MAX_LENGTH) return escapeUncached(text, options);
  const table = options.linkText ? memo.link : memo.prose;
  let escaped = table.get(text);
  if (escaped === undefined) {
    escaped = escapeUncached(text, options);
    if (table.size >= MEMO_MAX_ENTRIES) table.clear();
    table.set(text, escaped);
  }
  return escaped;
}

function escapeUncached(text: string, options: InlineOptions): TextMd {
  const line = singleLine(text);
  // marked stops reading a link whose text holds `\](`; `\]\(` reads the same everywhere.
  if (options.linkText) return escapeLineEdges(escapeSyntax(line).replace(/\\\]\(/g, '\\]\\(')) as TextMd;
  let out = '';
  let last = 0;
  // Every URL HTTP_URL finds holds `://`; most text holds none, and is not searched.
  for (const match of line.includes('://') ? line.matchAll(HTTP_URL) : []) {
    const url = trimUrlEnd(match[0]);
    if (!/^https?:\/\/[^/]/i.test(url)) continue;
    out += escapeSyntax(line.slice(last, match.index)) + `<${url}>`;
    last = match.index + url.length;
  }
  out += escapeSyntax(line.slice(last));
  return escapeLineEdges(out) as TextMd;
}

/**
 * A handle the plan names as an owner or approver: it may ping. Anything that is not a valid
 * handle is escaped like other text, so it stays inert.
 */
export function mention(handle: string): TextMd {
  if (!HANDLE.test(handle)) return escapeMarkdownInline(handle);
  // Team slugs may hold `_` and `.`; `_` could open emphasis after the `/`.
  return handle.replace(/_/g, '\\_') as TextMd;
}

/** Several values, each already escaped, joined by a fixed separator. */
export function joinMd<T extends string>(parts: readonly T[], separator = ', '): T {
  return parts.join(separator) as T;
}
