// Where a command writes (render's --out, init's and lesson new's --dir): a directory, created if
// missing. A path that is a file, or lies under one, is bad usage said in words, instead of
// mkdir's EEXIST or ENOTDIR surfacing as an internal error.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { toDisplay } from '../files/contained.ts';
import { UsageError } from './command.ts';

/** Why `dir` cannot be written into: it, or the nearest existing path above it, is a file. */
async function notADirectory(dir: string, cwd: string): Promise<string | undefined> {
  for (let at = dir; ; at = dirname(at)) {
    const info = await stat(at).catch(() => undefined);
    if (info) {
      if (info.isDirectory()) return undefined;
      if (at === dir) return 'is a file';
      return `is inside ${toDisplay(at, cwd)}, which is a file`;
    }
    if (dirname(at) === at) return undefined;
  }
}

/** Throws a UsageError naming `label` (e.g. `--out "runbooks"`) when `dir` cannot be a directory. */
export async function checkOutputDir(dir: string, label: string, cwd: string): Promise<void> {
  const problem = await notADirectory(resolve(cwd, dir), cwd);
  if (problem) throw new UsageError(`${label} ${problem}: name a directory (it is created if missing)`);
}
