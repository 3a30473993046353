// Lesson bodies are Markdown written by anyone with commit access: render with marked, then
// sanitize, so <script>, on* handlers and javascript: links never reach the page.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// A private instance: global marked options set elsewhere must not change what we emit.
const marked = new Marked({ gfm: true, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'h1'), 'del', 'details', 'summary'],
  allowedAttributes: { a: ['href', 'title'], code: ['class'], th: ['align'], td: ['align'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // The page title is the only h1; a body h1 becomes an h2 so the outline stays valid.
  transformTags: { h1: 'h2' },
};

export function renderLessonMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, SANITIZE);
}
