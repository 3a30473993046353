// Globs for phase `paths:`, matched against repository-relative file paths, in the one glob
// dialect Rollbook uses: picomatch with POSIX semantics, as tinyglobby matches `plans:` and the
// lessons directory. `*` and `?` stay within a path segment, `**` spans segments, `{a,b}`
// alternates, `[abc]`/`[!abc]` are classes. Unlike file discovery, `*` also matches dot files:
// a change to `flags/.env` is a change under `flags/*`. A pattern matches the whole path; a
// leading `./` or `/` is ignored.
import picomatch from 'picomatch';

const GLOB_OPTIONS = { posix: true, dot: true } as const;

export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.?\//, '');
}

/** A matcher for one glob; compile once when testing many paths. */
export function globMatcher(glob: string): (path: string) => boolean {
  const matches = picomatch(glob.replace(/^\.?\//, ''), GLOB_OPTIONS);
  return (path) => matches(normalizePath(path));
}

export function matchesGlob(path: string, glob: string): boolean {
  return globMatcher(glob)(path);
}
