// Commands and queries as code: a code span inline, or a fenced block to copy from. Code keeps
// its text exactly (mentions, `{{` and HTML in code are inert on GitHub), so only the delimiters
// need care: they must be longer than any backtick run inside.
import type { BlockMd, CellMd, InlineMd } from './brands.ts';
import { escapeMarkdownInline } from './markdown-inline.ts';
import { normalizeLines, trimTrailing } from './normalize.ts';

const MIN_FENCE = 3;
const FENCE_LANGUAGE = /^[a-z0-9-]*$/;

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return longest;
}

function spanOf(content: string): string {
  const ticks = '`'.repeat(longestBacktickRun(content) + 1);
  // CommonMark strips one space from each side when both sides have one, and a backtick at
  // either edge would join the delimiter: pad in both cases.
  const pad = content.startsWith('`') || content.endsWith('`') || strippedBySpan(content) ? ' ' : '';
  return `${ticks}${pad}${content}${pad}${ticks}`;
}

/** Whether CommonMark would strip a space from each side: both edges are spaces, and not only spaces. */
function strippedBySpan(content: string): boolean {
  return content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content);
}

function spanContent(text: string): string {
  // A line break inside a span would let the next line start a block (a heading, a list);
  // space at the edges means nothing in a command and reads as a mistake (markdownlint MD038).
  return normalizeLines(text).replace(/\n/g, ' ').trim();
}

/** Text as a code span for prose (paragraphs, list items, headings). */
export function codeSpan(text: string): InlineMd {
  const content = spanContent(text);
  if (content.trim() === '') return escapeMarkdownInline(content) as InlineMd;
  return spanOf(content) as InlineMd;
}

/**
 * Text as a code span inside a GFM table cell: `|` must be `\|` even in code. A `\|` in the
 * text cannot be written in a cell's code span at all, so that text falls back to escaped text.
 */
export function cellCodeSpan(text: string): CellMd {
  const content = spanContent(text);
  if (content.trim() === '' || content.includes('\\|')) return escapeMarkdownInline(content);
  return spanOf(content).replace(/\|/g, '\\|') as CellMd;
}

/** A fenced code block with a fixed language, ending in a line break. */
export function codeFence(text: string, language = 'text'): BlockMd {
  if (!FENCE_LANGUAGE.test(language)) throw new Error(`Invalid code fence language "${language}".`);
  const content = trimTrailing(normalizeLines(text), '\n');
  const fence = '`'.repeat(Math.max(MIN_FENCE, longestBacktickRun(content) + 1));
  return `${fence}${language}\n${content}\n${fence}\n` as BlockMd;
}
