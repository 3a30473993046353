// The one template loader, for runbooks, checklist issues and gate reports. Built-in templates
// live in the repository's templates/<kind>/ directory, found by walking up from this module:
// that works from action/src and from the action/dist bundle (the action runs from a checkout
// of the whole repository). A user's directory overrides any template or partial by file name,
// looked up in `<dir>/<kind>/` first, then `<dir>/`, and may bring partials of its own.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { containedPath, toDisplay } from '../files/contained.ts';
import { isFileSystemError } from '../files/file-system-error.ts';
import {
  normalizeTemplateText,
  PARTIALS_DIR,
  partialName,
  TEMPLATE_EXT,
  type TemplateSetSpec,
  type TemplateSource,
  type TemplateSources,
} from './sources.ts';

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

/** The built-in directory of a set: the templates/<kind> that holds its first main template. */
export function builtinDirOf(spec: TemplateSetSpec<string>, start?: string): string {
  return builtinTemplateDir(spec.kind, Object.values(spec.files)[0]!, start);
}

/**
 * A file's text, or undefined when it does not exist (overrides are optional). With `root` (the
 * user's template directory), a link leading outside it is refused: OutsideRootError.
 */
export async function readIfExists(path: string, root?: string): Promise<string | undefined> {
  try {
    return await readFile(root === undefined ? path : await containedPath(relative(root, path), root, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * What is wrong with a user's templates directory on disk (`does not exist`, `is not a
 * directory`, `cannot be read (EACCES)`), or undefined when it is a directory. An override
 * directory that is not there would otherwise mean the built-in templates, silently.
 */
export async function templatesDirProblem(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isDirectory() ? undefined : 'is not a directory';
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return 'does not exist';
    return `cannot be read (${error.code})`;
  }
}

async function partialFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((file) => file.endsWith(TEMPLATE_EXT));
  } catch {
    return [];
  }
}

/**
 * Where a user's templates are read from when not from this machine's disk: e.g. a commit,
 * through the contents API, so a pull request cannot change the report it is judged by.
 */
export interface TemplateFiles {
  /** The text of the file at `path` (relative to the repository root), or undefined when there is none. */
  read(path: string): Promise<string | undefined>;
  /** File names in directory `dir` (none when it does not exist). */
  list(dir: string): Promise<string[]>;
}

export interface LoadTemplateOptions {
  /** The user's templates directory (CLI --templates, config `templates`, action input), if any. */
  overrideDir?: string;
  /** Read `overrideDir` from here instead of the disk (its paths are then repository paths). */
  files?: TemplateFiles;
  /** Where error messages' paths are relative to. */
  cwd?: string;
  /** Defaults to the set's templates/<kind> directory. */
  builtinDir?: string;
}

/** Built-in templates and partials of one set, each replaced by the user's file of the same name. */
export async function loadTemplateSources<Role extends string>(
  spec: TemplateSetSpec<Role>,
  options: LoadTemplateOptions = {},
): Promise<TemplateSources<Role>> {
  const cwd = options.cwd ?? process.cwd();
  const builtinDir = options.builtinDir ?? builtinDirOf(spec);
  const joinOverride = options.files ? posix.join : join;
  const overrideRoots = options.overrideDir ? [joinOverride(options.overrideDir, spec.kind), options.overrideDir] : [];
  const roots = [...overrideRoots, builtinDir];

  const { files } = options;
  const readFile = (path: string, root: string) =>
    root === builtinDir ? readIfExists(path) : files ? files.read(path) : readIfExists(path, options.overrideDir);
  const listFiles = async (dir: string, root: string) =>
    root !== builtinDir && files
      ? (await files.list(dir)).filter((file) => file.endsWith(TEMPLATE_EXT))
      : partialFiles(dir);

  const read = async (relativePath: string, name: string): Promise<TemplateSource> => {
    for (const root of roots) {
      const path = files && root !== builtinDir ? posix.join(root, relativePath) : join(root, relativePath);
      const text = await readFile(path, root);
      if (text !== undefined)
        return {
          name,
          path: toDisplay(path, cwd),
          text: normalizeTemplateText(text),
          ...(root === builtinDir ? {} : { override: true as const }),
        };
    }
    throw new Error(`missing built-in template ${relativePath} in ${builtinDir}`);
  };

  // An override may bring partials of its own, used by its overridden templates.
  const partialRoots = [...(spec.extraPartialsInRoot ? overrideRoots : overrideRoots.slice(0, 1)), builtinDir];
  const names = new Set<string>();
  for (const root of partialRoots) {
    const dir = files && root !== builtinDir ? posix.join(root, PARTIALS_DIR) : join(root, PARTIALS_DIR);
    for (const file of await listFiles(dir, root)) names.add(file);
  }
  const partials: TemplateSource[] = [];
  for (const file of [...names].sort()) partials.push(await read(join(PARTIALS_DIR, file), partialName(file)));

  const main = {} as Record<Role, TemplateSource>;
  for (const [role, file] of Object.entries(spec.files) as [Role, string][]) main[role] = await read(file, file);
  return { main, partials };
}
