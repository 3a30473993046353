// Reading the runbook templates: the built-in set in templates/runbook, each file replaced by one
// of the same name in the user's templates directory — either `<dir>/runbook/…`, mirroring
// templates/, or directly `<dir>/…` (the same rule as the gate report's templates). Extra partials
// in the user's directory are added, for overridden templates to use. The only I/O of rendering
// besides the CLI command.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import {
  MAIN_TEMPLATES,
  type MainTemplate,
  normalizeTemplateText,
  PARTIALS_DIR,
  partialName,
  RUNBOOK_TEMPLATE,
  TEMPLATE_EXT,
  type TemplateSource,
  type TemplateSources,
} from './sources.ts';

const RUNBOOK_DIR = 'runbook';
/** Levels to climb from this module to find templates/runbook (from src, or from a bundle in action/dist). */
const MAX_CLIMB = 6;

/** The built-in templates/runbook directory, found by walking up from this module. */
export function builtinRunbookTemplateDir(start: string = import.meta.dirname): string {
  let dir = start;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const candidate = join(dir, 'templates', RUNBOOK_DIR);
    if (existsSync(join(candidate, RUNBOOK_TEMPLATE))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`cannot find templates/${RUNBOOK_DIR} above ${start}`);
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

async function partialFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((file) => file.endsWith(TEMPLATE_EXT));
  } catch {
    return [];
  }
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path).split(sep).join('/');
}

export interface LoadTemplateOptions {
  /** The user's templates directory (CLI --templates or config `templates`), if any. */
  overrideDir?: string;
  /** Where error messages' paths are relative to. */
  cwd?: string;
  builtinDir?: string;
}

export async function loadRunbookTemplates(options: LoadTemplateOptions = {}): Promise<TemplateSources> {
  const cwd = options.cwd ?? process.cwd();
  const builtinDir = options.builtinDir ?? builtinRunbookTemplateDir();
  const roots = options.overrideDir ? [join(options.overrideDir, RUNBOOK_DIR), options.overrideDir] : [];
  roots.push(builtinDir);

  const read = async (relativePath: string, name: string): Promise<TemplateSource> => {
    for (const root of roots) {
      const path = join(root, relativePath);
      const text = await readIfExists(path);
      if (text !== undefined) return { name, path: displayPath(path, cwd), text: normalizeTemplateText(text) };
    }
    throw new Error(`missing built-in template ${relativePath} in ${builtinDir}`);
  };

  const names = new Set<string>();
  for (const root of roots) for (const file of await partialFiles(join(root, PARTIALS_DIR))) names.add(file);
  const partials: TemplateSource[] = [];
  for (const file of [...names].sort()) partials.push(await read(join(PARTIALS_DIR, file), partialName(file)));

  const main = {} as Record<MainTemplate, TemplateSource>;
  for (const name of MAIN_TEMPLATES) main[name] = await read(name, name);
  return { main, partials };
}
