// Links in runbooks: dashboards and design docs from plans (http(s) only), and relative links
// to lesson files. The URL is percent-encoded where a character could end the link or split a
// table row; anything else — `javascript:`, `data:`, protocol-relative — renders as text.
import type { TextMd } from './brands.ts';
import { escapeMarkdownInline } from './markdown-inline.ts';

/** Characters that Markdown or a table would read as syntax inside a link destination. */
const URL_SYNTAX = /[()|<>\\`{}"'\s]/g;
/** A URL scheme such as `javascript:`; a relative link must not start with one. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function encodeSyntax(url: string): string {
  return url.replace(URL_SYNTAX, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The URL normalised by WHATWG rules and safe in a Markdown link, or undefined unless it is http(s). */
export function safeHttpUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return encodeSyntax(parsed.href);
}

/** A relative path such as `../lessons/L-1.md`, safe in a Markdown link, or undefined. */
export function safeRelativeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  // `//host` is protocol-relative; a backslash is a path separator to some browsers.
  if (trimmed === '' || SCHEME.test(trimmed) || trimmed.startsWith('//') || /[\\\u0000-\u001F]/.test(trimmed)) {
    return undefined;
  }
  return encodeSyntax(trimmed);
}

export interface LinkOptions {
  /** Also accept a relative path (lesson links); default: http(s) URLs only. */
  allowRelative?: boolean;
}

/** `[title](url)`; the title alone, as text, when the URL is not safe. */
export function markdownLink(title: string, url: string, options: LinkOptions = {}): TextMd {
  const text = escapeMarkdownInline(title, { linkText: true });
  const href = safeHttpUrl(url) ?? (options.allowRelative ? safeRelativeUrl(url) : undefined);
  if (!href || text === '') return text;
  return `[${text}](${href})` as TextMd;
}
