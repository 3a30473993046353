// "Last updated" dates from git: the committer date of the last commit that touched a plan or
// lesson file, read once per file at build time (`git log -1 --format=%cI -- <file>`). Without
// git history (no git, not a repository, a shallow clone whose dates would all be the clone's
// commit, or a file never committed) a page shows no date rather than a wrong one.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const cache = new Map<string, Date | undefined>();
const shallowByRoot = new Map<string, boolean | undefined>();

function git(repoRoot: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined; // no git, or not a repository
  }
}

/** Whether `repoRoot` has full history: undefined when it is no git repository at all. */
function hasFullHistory(repoRoot: string): boolean | undefined {
  if (!shallowByRoot.has(repoRoot)) {
    const shallow = git(repoRoot, ['rev-parse', '--is-shallow-repository']);
    shallowByRoot.set(repoRoot, shallow === undefined ? undefined : shallow === 'false');
  }
  return shallowByRoot.get(repoRoot);
}

/** When `file` (relative to `repoRoot`) was last committed, or undefined when git cannot say truly. */
export function lastUpdated(repoRoot: string, file: string): Date | undefined {
  const key = join(repoRoot, file);
  if (!cache.has(key)) {
    const out = hasFullHistory(repoRoot) ? git(repoRoot, ['log', '-1', '--format=%cI', '--', file]) : undefined;
    const date = out ? new Date(out) : undefined;
    cache.set(key, date && !Number.isNaN(date.getTime()) ? date : undefined);
  }
  return cache.get(key);
}
