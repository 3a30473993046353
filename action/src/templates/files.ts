// Finding and reading template files, shared by the runbook, checklist-issue and gate-report
// templates. Built-in templates live in the repository's templates/ directory, which is found
// by walking up from this module: that works from action/src and from the action/dist bundle
// (the action runs from a checkout of the whole repository).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
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

const PARTIALS_DIR = 'partials';
const TEMPLATE_EXT = '.hbs';

async function partialNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(TEMPLATE_EXT)).sort();
  } catch {
    return [];
  }
}

export interface TemplateFileOptions {
  /** `checklist`, `report`…: the subdirectory of templates/ and of an override directory. */
  kind: string;
  /** The main templates to read, by file name. */
  files: readonly string[];
  builtinDir: string;
  /** The user's directory: files are looked up in `<dir>/<kind>/` first, then `<dir>/`. */
  overrideDir?: string;
  /**
   * Whether partials found directly in `<dir>/partials` are added too. Only safe when that
   * directory holds templates of one kind; otherwise extra partials come from `<dir>/<kind>/partials`.
   */
  extraPartialsInRoot?: boolean;
}

export interface TemplateFiles {
  /** Main template file name → source. */
  files: Record<string, string>;
  /** Partial name (file name without .hbs) → source. */
  partials: Record<string, string>;
}

/** Built-in templates and partials, each replaced by the user's file of the same name. */
export async function loadTemplateFiles(options: TemplateFileOptions): Promise<TemplateFiles> {
  const { kind, builtinDir, overrideDir } = options;
  const overrideRoots = overrideDir ? [join(overrideDir, kind), overrideDir] : [];
  const read = async (relative: string) => {
    for (const root of overrideRoots) {
      const text = await readIfExists(join(root, relative));
      if (text !== undefined) return text;
    }
    const builtin = await readIfExists(join(builtinDir, relative));
    if (builtin === undefined) throw new Error(`missing built-in template ${relative}`);
    return builtin;
  };
  const names = new Set(await partialNames(join(builtinDir, PARTIALS_DIR)));
  // An override may bring partials of its own, used by its overridden templates.
  const extraRoots = options.extraPartialsInRoot ? overrideRoots : overrideRoots.slice(0, 1);
  for (const root of extraRoots) for (const name of await partialNames(join(root, PARTIALS_DIR))) names.add(name);
  const partials: Record<string, string> = {};
  for (const file of [...names].sort())
    partials[file.slice(0, -TEMPLATE_EXT.length)] = await read(join(PARTIALS_DIR, file));
  const files: Record<string, string> = {};
  for (const file of options.files) files[file] = await read(file);
  return { files, partials };
}
