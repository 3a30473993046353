// Cutting text to a length a reader or GitHub accepts. Lengths count code points, never UTF-16
// units, so an emoji or any other astral character is never split into half a surrogate pair.
// Work is bounded by `max`, not by the length of the text.

export const ELLIPSIS = '…';

/** The UTF-16 offset just after the first `count` code points, or undefined when `text` has fewer. */
function offsetAfter(text: string, count: number): number | undefined {
  let offset = 0;
  for (let n = 0; n < count; n++) {
    if (offset >= text.length) return undefined;
    const unit = text.charCodeAt(offset);
    const pair = unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(offset + 1) & 0xfc00) === 0xdc00;
    offset += pair ? 2 : 1;
  }
  return offset;
}

export interface TruncateOptions {
  /** Trim white space left at the cut before the ellipsis (`a …` becomes `a…`). */
  trimEnd?: boolean;
}

/**
 * `text` unchanged when it has at most `max` code points; otherwise its first `max - 1` code
 * points and an ellipsis: at most `max` code points in all.
 */
export function truncate(text: string, max: number, options: TruncateOptions = {}): string {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`truncate: max must be a positive integer, not ${max}`);
  if (text.length <= max) return text;
  const fits = offsetAfter(text, max);
  if (fits === undefined || fits === text.length) return text;
  const kept = text.slice(0, offsetAfter(text, max - 1));
  return (options.trimEnd ? kept.trimEnd() : kept) + ELLIPSIS;
}
