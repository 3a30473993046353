// Finding and reading template files, shared by the runbook, checklist-issue and gate-report
// templates. Built-in templates live in the repository's templates/ directory, which is found
// by walking up from this module: that works from action/src and from the action/dist bundle
// (the action runs from a checkout of the whole repository).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Levels to climb to find templates/ (from src/templates, or from a bundle in action/dist). */
const MAX_CLIMB = 6;

/** `templates/<kind>`, identified by a file it must contain. */
export function builtinTemplateDir(kind: string, markerFile: string, start: string = import.meta.dirname): string {
  let dir = start;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const candidate = join(dir, 'templates', kind);
    if (existsSync(join(candidate, markerFile))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`cannot find templates/${kind} above ${start}`);
}

/** A file's text, or undefined when it does not exist (overrides are optional). */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
