// "Did you mean" for unknown keys, enum values and references.
const MAX_SUGGESTION_DISTANCE = 3;
/** The shortest start of a word offered as its abbreviation: `prod` is one, `pr` is not. */
const MIN_ABBREVIATION_CHARS = 3;

/**
 * The edit distance of `a` and `b` when it is at most `max`, else `max + 1`. Only the band of
 * cells within `max` of the diagonal can lead to such a distance, so the work is linear in the
 * texts' length (times the band's width), never their product: a plan naming a 300 KB metric
 * beside a 300 KB one must not take minutes to say neither exists.
 */
function editDistanceUpTo(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  let previous = new Array<number>(b.length + 1).fill(over);
  let current = new Array<number>(b.length + 1).fill(over);
  for (let j = 0; j <= Math.min(b.length, max); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(over, Math.max(0, from - 1), Math.min(b.length, to + 1) + 1);
    if (from === 1) current[0] = i <= max ? i : over;
    let best = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best >= over) return over;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The closest candidate, when it is close enough to be a plausible typo or abbreviation. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const limit = Math.min(MAX_SUGGESTION_DISTANCE, Math.max(1, Math.floor(input.length / 2)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  // A word cut short (`prod`, `warn`, `env`) is too far from the whole word to be a typo; it is
  // offered when it starts exactly one candidate.
  let extended: string | undefined;
  let extensions = 0;
  const abbreviation = needle.length >= MIN_ABBREVIATION_CHARS;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance = editDistanceUpTo(needle, lower, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
    if (abbreviation && lower.length > needle.length && lower.startsWith(needle)) {
      extended = candidate;
      extensions++;
    }
  }
  return best ?? (extensions === 1 ? extended : undefined);
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closest(input, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/** `: did you mean "x"?` to end a message with, or nothing when no candidate is close. */
export function didYouMeanSuffix(input: string, candidates: Iterable<string>): string {
  const suggestion = didYouMean(input, candidates);
  return suggestion === undefined ? '' : `: ${suggestion}`;
}

/** `"a", "b" or "c"` */
export function listOf(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
