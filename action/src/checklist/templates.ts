import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { builtinTemplateDir, readIfExists } from '../templates/files.ts';

export const PHASE_TEMPLATE = 'phase-issue.md.hbs';
export const PARENT_TEMPLATE = 'parent-issue.md.hbs';
const PARTIALS_DIR = 'partials';
const TEMPLATE_EXT = '.hbs';

export interface ChecklistTemplates {
  phase: string;
  parent: string;
  /** Partial name (file name without .hbs) → source. */
  partials: Record<string, string>;
}

/** The built-in templates directory, found by walking up from this module (works from src and from a bundle). */
export function builtinChecklistTemplateDir(start?: string): string {
  return builtinTemplateDir('checklist', PHASE_TEMPLATE, start);
}

async function partialNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(TEMPLATE_EXT)).sort();
  } catch {
    return [];
  }
}

/** Built-in templates with the user's overrides (by file name) from `overrideDir`. */
export async function loadChecklistTemplates(
  overrideDir?: string,
  builtinDir: string = builtinChecklistTemplateDir(),
): Promise<ChecklistTemplates> {
  const overrideRoots = overrideDir ? [join(overrideDir, 'checklist'), overrideDir] : [];
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
  // An override may bring partials of its own for its templates; only the checklist/ subdirectory
  // may add names, so partials meant for other templates in the same directory are not picked up.
  if (overrideDir) for (const name of await partialNames(join(overrideDir, 'checklist', PARTIALS_DIR))) names.add(name);
  const partials: Record<string, string> = {};
  for (const file of [...names].sort())
    partials[file.slice(0, -TEMPLATE_EXT.length)] = await read(join(PARTIALS_DIR, file));
  return { phase: await read(PHASE_TEMPLATE), parent: await read(PARENT_TEMPLATE), partials };
}
