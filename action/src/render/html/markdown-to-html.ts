// The HTML body of a runbook: its Markdown rendered by marked (GFM), then sanitized. The view model
// already keeps plan text from becoming markup; the sanitizer is a second wall, so that no script,
// event handler, style or non-http(s) link can reach the page even through a user's template.
import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { HtmlText } from '../../text/brands.ts';
import { escapeHtmlPreformatted } from '../../text/html.ts';
import { SlugCounter } from '../../text/slug.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

export const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...HEADINGS,
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
    'strong',
    'em',
    'del',
    'input',
  ],
  allowedAttributes: {
    ...Object.fromEntries(HEADINGS.map((tag) => [tag, ['id']])),
    a: ['href'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    pre: ['class'],
    code: ['class'],
    input: ['type', 'checked', 'disabled'],
  },
  allowedClasses: { pre: ['mermaid'], code: ['language-*'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // Task-list boxes only: always a disabled checkbox.
  transformTags: {
    input: (_tag, attribs) => ({
      tagName: 'input',
      attribs: { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) },
    }),
  },
};

/** A marked instance whose headings get GitHub-style ids and whose Mermaid fences stay diagram text. */
function createMarked(): Marked {
  const slugs = new SlugCounter();
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const plain = this.parser.parseInline(tokens, this.parser.textRenderer);
        return `<h${depth} id="${slugs.next(plain)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      code(token: Tokens.Code) {
        if (token.lang !== 'mermaid') return false;
        // Mermaid's own page script reads <pre class="mermaid">; without it the diagram source shows as text.
        return `<pre class="mermaid">${escapeHtmlPreformatted(token.text)}</pre>\n`;
      },
    },
  });
}

/**
 * `diagrams` maps the source of a Mermaid fence to markup drawn for it (the phase flow's SVG, built
 * from the plan with every text escaped): it replaces the fence after sanitizing, since the
 * sanitizer admits no SVG. A fence with other source stays diagram text.
 */
export function markdownToHtml(markdown: string, diagrams: ReadonlyMap<string, string> = new Map()): HtmlText {
  let html = sanitizeHtml(createMarked().parse(markdown, { async: false }), SANITIZE_OPTIONS);
  for (const [source, drawing] of diagrams) {
    const fence = sanitizeHtml(`<pre class="mermaid">${escapeHtmlPreformatted(source)}</pre>`, SANITIZE_OPTIONS);
    html = html.split(fence).join(drawing);
  }
  return html as HtmlText;
}
