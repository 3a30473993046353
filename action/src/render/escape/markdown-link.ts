// Links from plans (dashboards, design docs): only http(s) URLs become links; the URL is
// percent-encoded where a character could end the link or split a table row.
import type { TextMd } from './brands.ts';
import { escapeMarkdownInline } from './markdown-inline.ts';

/** Characters left in a normalised URL that Markdown or a table would read as syntax. */
const URL_SYNTAX = /[()|<>\\`{}"']/g;

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
  return parsed.href.replace(
    URL_SYNTAX,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** `[title](url)`; the title alone, as text, when the URL is not a safe http(s) URL. */
export function markdownLink(title: string, url: string): TextMd {
  const text = escapeMarkdownInline(title, { autolink: false });
  const href = safeHttpUrl(url);
  if (!href || text === '') return text;
  return `[${text}](${href})` as TextMd;
}
