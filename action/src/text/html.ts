// Text for the HTML page shell (title, meta values): the five characters HTML reads as markup.
import type { HtmlText } from './brands.ts';
import { normalizeLines, singleLine } from './normalize.ts';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtmlText(text: string): HtmlText {
  return singleLine(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!) as HtmlText;
}

/** Preformatted text for HTML (`<pre>`): escaped, lines and spaces kept. */
export function escapeHtmlPreformatted(text: string): HtmlText {
  return normalizeLines(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!) as HtmlText;
}
