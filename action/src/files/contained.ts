// Files Rollbook finds by itself (plans, lessons, the config, template overrides, the metrics
// file) are read only when they are really inside the directory they were found in. A symlink
// such as `playbooks/x.rollout.yaml -> /etc/passwd`, or a linked directory, could otherwise put
// any file the runner can read into an error message, a runbook or a PR comment. The refusal
// names the link, never what it points to or what that holds. The file system is asked
// synchronously: these are a few small local files per run, and each promise round trip through
// libuv's thread pool cost more than the call (ADR 87).
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ExpectedError } from '../runtime/expected-error.ts';

/** A file reached through a link that leads outside `root`. */
export class OutsideRootError extends ExpectedError {
  override name = 'OutsideRootError';
  readonly path: string;
  constructor(path: string) {
    super(
      `${path} is a symbolic link (or inside a linked directory) that leads outside the repository; Rollbook does not follow it`,
    );
    this.path = path;
  }
}

export const OUTSIDE_ROOT_HINT = 'replace the link with the file itself, or a link to a file inside the repository';

/**
 * Is `path` (absolute) `root` itself or below it? By the path's text: links are not followed.
 * Read by segments: `..drafts/x` is a directory inside `root` whose name starts with two dots.
 */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** A path as users see it: relative to `cwd` when inside it, else absolute; forward slashes. */
export function toDisplay(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return (rel !== '' && isInside(absolute, cwd) ? rel : absolute).split(sep).join('/');
}

/**
 * The real path of `path` (relative to `root`), to open, after checking that a file inside `root`
 * does not resolve, through links, to somewhere outside it. A path the user named outside
 * `root` is theirs to name and is not refused. Throws OutsideRootError, or the file system's
 * error (ENOENT...) when the file cannot be resolved.
 */
export async function containedPath(path: string, root: string, display = path): Promise<string> {
  const absolute = resolve(root, path);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  const real = realpathSync(absolute);
  if (isInside(absolute, resolve(root)) && !isInside(real, realRoot)) throw new OutsideRootError(display);
  return real;
}
