import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { builtinTemplateDir, readIfExists } from '../../templates/files.ts';
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

/** The built-in templates/runbook directory, found by walking up from this module. */
export function builtinRunbookTemplateDir(start?: string): string {
  return builtinTemplateDir(RUNBOOK_DIR, RUNBOOK_TEMPLATE, start);
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
