import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { builtinTemplateDir, readIfExists } from '../../templates/files.ts';

export const MARKDOWN_TEMPLATE = 'gate-report.md.hbs';
export const TEXT_TEMPLATE = 'gate-report.txt.hbs';
const PARTIALS_DIR = 'partials';
const TEMPLATE_EXT = '.hbs';

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
export function builtinReportTemplateDir(start?: string): string {
  return builtinTemplateDir('report', MARKDOWN_TEMPLATE, start);
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
  builtinDir: string = builtinReportTemplateDir(),
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
