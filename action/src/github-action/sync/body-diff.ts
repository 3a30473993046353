// A short line diff of two issue bodies, for dry-run output: what a write would change.

/** Lines shown per write; the rest are counted. */
export const MAX_DIFF_LINES = 20;
/** Beyond this many lines on either side, skip the quadratic diff and just count lines. */
const MAX_DIFF_INPUT = 2_000;

export interface BodyDiff {
  added: number;
  removed: number;
  /** `- old` and `+ new` lines, at most MAX_DIFF_LINES. */
  lines: string[];
}

export function bodyDiff(before: string, after: string): BodyDiff {
  const a = before.replace(/\r\n?/g, '\n').split('\n');
  const b = after.replace(/\r\n?/g, '\n').split('\n');
  if (a.length > MAX_DIFF_INPUT || b.length > MAX_DIFF_INPUT) {
    return { added: b.length, removed: a.length, lines: [`(${a.length} lines replaced by ${b.length})`] };
  }
  // Longest common subsequence table, then walk it: fine for issue-sized bodies.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let added = 0;
  let removed = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added++;
      if (out.length < MAX_DIFF_LINES) out.push(`+ ${b[j]}`);
      j++;
    } else {
      removed++;
      if (out.length < MAX_DIFF_LINES) out.push(`- ${a[i]}`);
      i++;
    }
  }
  if (added + removed > out.length) out.push(`… ${added + removed - out.length} more changed lines`);
  return { added, removed, lines: out };
}
