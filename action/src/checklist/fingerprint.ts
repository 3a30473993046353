// Fingerprints of the lines Rollbook writes inside the managed region. A line whose fingerprint
// is not in the state block was written by a person, and is kept (merge.ts) rather than
// overwritten. 7 base-36 characters of FNV-1a per line: about 100 lines cost 700 characters,
// and the chance that a person's line collides with one of them is about 1 in 10^7.
const WIDTH = 7;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The line as compared: no trailing white space or carriage return. */
export function normalizeLine(line: string): string {
  return line.trimEnd();
}

export function fingerprint(line: string): string {
  let hash = FNV_OFFSET;
  for (const char of normalizeLine(line)) {
    const code = char.codePointAt(0)!;
    hash = Math.imul(hash ^ (code & 0xffff), FNV_PRIME) >>> 0;
    if (code > 0xffff) hash = Math.imul(hash ^ (code >>> 16), FNV_PRIME) >>> 0;
  }
  return hash.toString(36).padStart(WIDTH, '0');
}

/** The fingerprints of `lines` (blank ones skipped), deduplicated, in one string. */
export function fingerprintLines(lines: Iterable<string>): string {
  const seen = new Set<string>();
  for (const line of lines) if (normalizeLine(line) !== '') seen.add(fingerprint(line));
  return [...seen].join('');
}

export function fingerprintSet(lines: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + WIDTH <= lines.length; i += WIDTH) set.add(lines.slice(i, i + WIDTH));
  return set;
}
