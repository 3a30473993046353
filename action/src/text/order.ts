// One order for text that is persisted or rendered: Unicode code-point order, the same on every
// machine. `localeCompare` follows the runtime's ICU locale and collation data (`_` before `-`,
// `a` before `B`, and whatever a locale tailors), so a state block or a list sorted with it could
// differ from runner to runner, and rewrite an unchanged issue. Loading the collation data also
// costs a small run milliseconds of CPU. Plain `<` is UTF-16 code-unit order, which differs from
// code-point order only between characters above U+FFFF and those in U+E000–U+FFFF.

/** A code unit's rank in code-point order: surrogates (characters above U+FFFF) after U+E000–U+FFFF. */
function rank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** Negative, zero or positive as `a` comes before, with or after `b` in code-point order. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/** Compares two entries by key, for sorting `Object.entries(...)`. */
export function byKey<T>([a]: readonly [string, T], [b]: readonly [string, T]): number {
  return compareCodePoints(a, b);
}
