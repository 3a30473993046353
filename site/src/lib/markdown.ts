// Lesson stories are Markdown written by anyone with commit access. They go through the runbook
// renderer's markdownToHtml (marked, then sanitize-html with http(s)-only links), so the site and
// the HTML runbooks strip exactly the same things: <script>, on* handlers, javascript: links.
import { markdownToHtml } from '../../../action/src/site-api.ts';

/** The page title is the page's only h1, so a story's h1 headings become h2. */
export function renderLessonMarkdown(markdown: string): string {
  return markdownToHtml(markdown).replace(/<(\/?)h1\b/g, '<$1h2');
}
