// Tidies template output into stable Markdown: templates with optional sections leave runs of
// blank lines and stray spaces behind. Outside code fences, blank-line runs become one blank line
// and trailing spaces go (they would be hard line breaks); inside fences nothing changes.
// The file starts with content and ends with exactly one `\n`.
//
// A runbook can be megabytes long, so lines are scanned in place: runs of lines that stay as
// they are go out as one slice of the input; only a line that changes is copied.

import { trimTrailing } from '../../text/normalize.ts';

const BACKTICK = 0x60;
const TILDE = 0x7e;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * The fence (three or more backticks or tildes, after at most three spaces) that opens the line
 * starting at `start`, or undefined: what `/^ {0,3}(`{3,}|~{3,})/` matches, without a regular
 * expression run on every line. Returns the run's end too.
 */
function fenceAt(text: string, start: number): { run: string; end: number } | undefined {
  let i = start;
  while (i < start + 3 && text.charCodeAt(i) === SPACE) i++;
  const c = text.charCodeAt(i);
  if (c !== BACKTICK && c !== TILDE) return undefined;
  let end = i;
  while (text.charCodeAt(end) === c) end++;
  return end - i >= 3 ? { run: text.slice(i, end), end } : undefined;
}

export function normalizeMarkdown(markdown: string): string {
  let text = markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown;
  // Every line ends in `\n`; a last line without one is the same line.
  if (!text.endsWith('\n')) text += '\n';
  const pieces: string[] = [];
  /** Where the current run of unchanged lines starts in `text`. */
  let runStart = 0;
  let fence: string | undefined;
  let emitted = false;
  let lastBlank = false;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline + 1;
    if (fence) {
      // A closing fence: the same character, at least as long, nothing but white space after.
      const close = fenceAt(text, start);
      if (
        close &&
        close.run[0] === fence[0] &&
        close.run.length >= fence.length &&
        text.slice(close.end, newline).trim() === ''
      ) {
        fence = undefined;
      }
      emitted = true;
      lastBlank = newline === start;
      start = next;
      continue;
    }
    const last = text.charCodeAt(newline - 1);
    const trailing = newline > start && (last === SPACE || last === TAB);
    const line = trailing ? trimTrailing(text.slice(start, newline), ' \t') : undefined;
    const blank = line === undefined ? newline === start : line === '';
    if (blank && (!emitted || lastBlank)) {
      if (runStart < start) pieces.push(text.slice(runStart, start));
      runStart = next;
      start = next;
      continue;
    }
    const open = fenceAt(text, start);
    if (open) fence = open.run;
    if (line !== undefined) {
      if (runStart < start) pieces.push(text.slice(runStart, start));
      pieces.push(`${line}\n`);
      runStart = next;
    }
    emitted = true;
    lastBlank = blank;
    start = next;
  }
  if (runStart < text.length) pieces.push(text.slice(runStart));
  return `${trimTrailing(pieces.join(''), '\n')}\n`;
}
