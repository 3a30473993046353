// Counted nouns in every message, report and page: `1 plan`, `2 plans`, `1 repository`,
// `3 repositories`. One home, so no message reads "1 runbooks" again.

/** `1 sign-off`, `2 sign-offs`; `many` for nouns whose plural is not `one` + s. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${pluralNoun(count, one, many)}`;
}

/** The noun alone, as `count` asks for it: `phase` for 1, `phases` otherwise. */
export function pluralNoun(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
