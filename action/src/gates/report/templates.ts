// Loading the report templates: the built-in ones from templates/report, each replaced
// by a file of the same name in the user's override directory (either `<dir>/report/…`,
// mirroring templates/, or directly `<dir>/…`). The only I/O of the report.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const MARKDOWN_TEMPLATE = 'gate-report.md.hbs';
export const TEXT_TEMPLATE = 'gate-report.txt.hbs';
const PARTIALS_DIR = 'partials';
const TEMPLATE_EXT = '.hbs';
/** Levels to climb from this module to the repository root (src) or the bundle dir's parent. */
const MAX_CLIMB = 6;

export interface ReportTemplates {
  markdown: string;
  text: string;
  /** Partial name (file name without .hbs) → source. */
  partials: Record<string, string>;
}

/**
 * The built-in templates directory. Walks up from this module until `templates/report`
 * appears, so it works from action/src/gates/report and from the action/dist bundle.
 */
export function builtinTemplateDir(start: string = import.meta.dirname): string {
  let dir = start;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const candidate = join(dir, 'templates', 'report');
    if (existsSync(join(candidate, MARKDOWN_TEMPLATE))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`cannot find templates/report above ${start}`);
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function partialNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(TEMPLATE_EXT)).sort();
  } catch {
    return [];
  }
}

export async function loadReportTemplates(
  overrideDir?: string,
  builtinDir: string = builtinTemplateDir(),
): Promise<ReportTemplates> {
  const overrideRoots = overrideDir ? [join(overrideDir, 'report'), overrideDir] : [];
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
  // An override may add partials of its own, used by its overridden templates.
  for (const root of overrideRoots) for (const name of await partialNames(join(root, PARTIALS_DIR))) names.add(name);
  const partials: Record<string, string> = {};
  for (const file of [...names].sort()) {
    partials[file.slice(0, -TEMPLATE_EXT.length)] = await read(join(PARTIALS_DIR, file));
  }
  return { markdown: await read(MARKDOWN_TEMPLATE), text: await read(TEXT_TEMPLATE), partials };
}
