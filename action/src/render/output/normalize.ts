// Tidies template output into stable Markdown: templates with optional sections leave runs of
// blank lines and stray spaces behind. Outside code fences, blank-line runs become one blank line
// and trailing spaces go (they would be hard line breaks); inside fences nothing changes.
// The file starts with content and ends with exactly one `\n`.

import { trimTrailing } from '../../text/normalize.ts';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

export function normalizeMarkdown(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      out.push(rawLine);
      // A closing fence: the same character, at least as long, nothing but spaces after.
      const close = FENCE_OPEN.exec(rawLine);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && rawLine.trim() === close[1]) {
        fence = undefined;
      }
      continue;
    }
    const line = rawLine.endsWith(' ') || rawLine.endsWith('\t') ? trimTrailing(rawLine, ' \t') : rawLine;
    const open = FENCE_OPEN.exec(line);
    if (open) fence = open[1];
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}
