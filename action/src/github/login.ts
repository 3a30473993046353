// Logins as GitHub spells them in different places: GraphQL names an app `github-actions`, REST
// `github-actions[bot]`; people write `@name`. Compared case-insensitively, as GitHub does.

/** The same account? Undefined or empty never matches. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const bare = (s: string) =>
    s
      .toLowerCase()
      .replace(/^@/, '')
      .replace(/\[bot\]$/, '');
  return bare(a) === bare(b);
}
