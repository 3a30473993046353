// Rule texts mark code with backticks, as Markdown does. Split such a text into plain and code
// runs so a page renders <code> (escaped by Astro) instead of showing the backticks. An unpaired
// backtick is kept as text.
export interface TextRun {
  code: boolean;
  text: string;
}

export function inlineCodeRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ code: false, text: text.slice(last, match.index) });
    runs.push({ code: true, text: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ code: false, text: text.slice(last) });
  return runs;
}
