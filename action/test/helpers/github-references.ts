// What GitHub would read as issue references in an issue body, a comment or a Markdown file:
// `#12`, `owner/repo#12` and `GH-12` in text, outside code and links (GitHub's reference filter
// skips those). Read from the HTML a GFM renderer (marked) makes of the Markdown, entities decoded,
// so an escaped `\#12` counts as the `#12` GitHub shows, and `#\u200B12` does not.
import { marked } from 'marked';

/** Elements whose content GitHub does not scan for references. */
const SKIPPED = /<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/gi;
const TAG = /<[^>]*>/g;
const REFERENCE = /(?<![\w/#])(?:[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)?#[0-9]+\b|\bGH-[0-9]+\b/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+|#39);/gi, (whole, name: string) => {
    if (name in NAMED) return NAMED[name]!;
    if (name[0] !== '#') return whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
}

/** Issue references GitHub would make of `markdown`, sorted. */
export function issueReferences(markdown: string): string[] {
  const html = marked.parse(markdown, { gfm: true, async: false });
  const text = decodeEntities(html.replace(SKIPPED, ' ').replace(TAG, ' '));
  return (text.match(REFERENCE) ?? []).sort();
}

/** The hrefs of the links in `markdown` as GitHub renders it (autolinks included). */
export function linkTargets(markdown: string): string[] {
  const html = marked.parse(markdown, { gfm: true, async: false });
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)].map((m) => decodeEntities(m[1]!));
}

/** Plan text full of references GitHub would link, and record on the issues they name. */
export const REFERENCE_TEXT =
  'Step #1 of 3, see acme/other#5, GH-7 and gh-8; (#9) [#10] details at https://github.com/acme/other/issues/11';
