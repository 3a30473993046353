// "Last updated" dates from git: the committer date of the last commit that touched a plan or
// lesson file. Read once per build for every file at once: one `git log --name-only` pass over
// the history of the folders the site reads, newest commit first, keeps each file's first date
// (ADR 68). Without git history (no git, not a repository, a shallow clone whose dates would all
// be the clone's commit, or a file never committed) a page shows no date rather than a wrong one.
import { execFileSync } from 'node:child_process';
import { posix, relative, sep } from 'node:path';

/** The pass's output grows with the folders' history; past this git's answer is dropped (no dates). */
const MAX_LOG_BYTES = 512 * 1024 * 1024;
/** Starts each commit's line in the pass: a path git prints never starts with `/`. */
const COMMIT_MARK = '/';

function git(repoRoot: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: MAX_LOG_BYTES,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined; // no git, not a repository, or more history than MAX_LOG_BYTES
  }
}

/**
 * Reads `git log -z --name-only --format=/%cI` output: each commit's `/<date>`, then the paths it
 * changed (the first after a newline). Returns each path's date from the first commit that names
 * it, which is the newest, as git lists commits newest first.
 */
export function parseNameLog(out: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date: string | undefined;
  let first = false; // the token after a commit's line: its newline, then its first path
  for (const token of out.split('\0')) {
    const text: string = first && token.startsWith('\n') ? token.slice(1) : token;
    first = text.startsWith(COMMIT_MARK);
    if (first) date = text.slice(COMMIT_MARK.length);
    else if (text !== '' && date !== undefined && !dates.has(text)) dates.set(text, date);
  }
  return dates;
}

/**
 * When each file (relative to `repoRoot`) inside `folders` was last committed, or undefined when
 * git cannot say truly. Runs git twice, whatever the number of files: where `repoRoot` lies in
 * its repository and whether the history is whole, then the one pass.
 */
export function lastCommitDates(repoRoot: string, folders: readonly string[]): (file: string) => Date | undefined {
  const none = () => undefined;
  const where = git(repoRoot, ['rev-parse', '--is-shallow-repository', '--show-prefix'])?.split('\n');
  if (where?.[0] !== 'false') return none; // not a repository, or a shallow clone
  const prefix = where[1] ?? '';
  const pathspecs = folders.map((folder) => relative(repoRoot, folder).split(sep).join('/') || '.');
  const out = git(repoRoot, [
    'log',
    `--format=${COMMIT_MARK}%cI`,
    '-z',
    '--name-only',
    // A file's own history: deletions and additions by their names, and a merge that changed it
    // against every parent (what `git log -1 -- <file>` would show), whatever the user's config.
    '--no-renames',
    '-c',
    '--no-relative',
    '--no-show-signature',
    '--',
    ...pathspecs,
  ]);
  if (out === undefined) return none;
  const dates = parseNameLog(out);
  return (file) => {
    const iso = dates.get(posix.normalize(prefix + file.split(sep).join('/')));
    const date = iso === undefined ? undefined : new Date(iso);
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  };
}

/** A plan's or lesson's "Last updated" date, as the loader recorded it (`updated`), for the pages. */
export function lastUpdated(entry: { updated?: string }): Date | undefined {
  return entry.updated === undefined ? undefined : new Date(entry.updated);
}
