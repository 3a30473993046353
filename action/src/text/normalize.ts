// Normalisation shared by every escaper: plan text may hold any Unicode, line breaks and
// control characters; runbooks must not carry the ones that change how text is read.

// Bidirectional overrides and isolates can make text read differently from what it is ("Trojan source").
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls other than tab and line feed; NUL becomes U+FFFD as CommonMark does.
const CONTROL_CHARS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
/** Anything normalizeLines would change; most plan text has none, so it is returned as is. */
const NEEDS_NORMALIZING =
  /[\r\u2028\u2029\u0000-\u0008\t\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Line breaks as `\n`, no control or bidi characters. Keeps line structure (for code blocks). */
export function normalizeLines(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(/\u0000/g, '\uFFFD')
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\t/g, '  ');
}

/** White space singleLine would change: other than a space, two in a row, or at either end. */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;

/** One line: normalised, every run of white space (line breaks included) as one space, trimmed. */
export function singleLine(text: string): string {
  const normalized = normalizeLines(text);
  // Most text has single spaces between words only, and would come back unchanged.
  return UNEVEN_SPACE.test(normalized) ? normalized.replace(/\s+/g, ' ').trim() : normalized;
}

/**
 * `text` without the run of `chars` at its end. A scan from the end: a pattern like `/\n+$/` is
 * tried at every start and takes quadratic time on a long run that does not reach the end.
 */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

const LINE_TERMINATORS = '\n\r\u2028\u2029';

/** Spaces and tabs removed from the end of every line (what `/[ \t]+$/gm` does, in linear time). */
export function trimLineEnds(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!LINE_TERMINATORS.includes(text[i]!)) continue;
    out += trimTrailing(text.slice(start, i), ' \t') + text[i];
    start = i + 1;
  }
  return out + trimTrailing(text.slice(start), ' \t');
}
