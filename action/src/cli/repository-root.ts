// Where the repository's Rollbook files are, seen from where rollbook runs. Every command reads
// rollbook.config.yaml, the lessons and the default plans from the directory it runs in (the
// repository's root, in CI and in a pre-commit hook). Run from below that root, it would read
// none of them and pass a plan that the repository's lessons and config fail, without a word;
// cli/main.ts warns instead (ADR 96). Pure but for the file-system probe, which is passed in.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { CONFIG_FILE, DEFAULT_PLAN_PATHS } from '../config/schema.ts';

/** What marks a directory as where Rollbook runs: its config, or the default plans directory. */
const ROLLBOOK_MARKERS = [CONFIG_FILE, ...DEFAULT_PLAN_PATHS];
/** Where the search stops: the top of the repository. */
const REPOSITORY_MARKER = '.git';

export interface EnclosingRoot {
  /** The directory above, as a path relative to where rollbook runs (`..`, `../..`). */
  relative: string;
  /** What it holds: `rollbook.config.yaml`, or `playbooks/`. */
  marker: string;
}

/**
 * The nearest directory above `cwd`, up to the top of its repository, that holds Rollbook's
 * files, when `cwd` itself holds none (it is then where Rollbook runs, as a monorepo's service
 * directory with its own config is). Undefined when there is none, or when `cwd` is outside a
 * repository. At most one probe per marker per directory on the way up.
 */
export function enclosingRoot(cwd: string, exists: (path: string) => boolean = existsSync): EnclosingRoot | undefined {
  if (ROLLBOOK_MARKERS.some((m) => exists(join(cwd, m)))) return undefined;
  if (exists(join(cwd, REPOSITORY_MARKER))) return undefined;
  for (let dir = dirname(cwd); ; dir = dirname(dir)) {
    const marker = ROLLBOOK_MARKERS.find((m) => exists(join(dir, m)));
    if (marker) {
      return {
        relative: relative(cwd, dir).split(sep).join('/'),
        marker: marker === CONFIG_FILE ? marker : `${marker}/`,
      };
    }
    if (exists(join(dir, REPOSITORY_MARKER)) || dirname(dir) === dir) return undefined;
  }
}

/** The warning for a run below the root, or undefined. */
export function belowRootWarning(cwd: string, exists?: (path: string) => boolean): string | undefined {
  const found = enclosingRoot(cwd, exists);
  if (!found) return undefined;
  return `rollbook: warning: run rollbook from ${found.relative} (which holds ${found.marker}): from here it reads no ${CONFIG_FILE}, no lessons and no default plans, so its results can differ from CI's\n`;
}
