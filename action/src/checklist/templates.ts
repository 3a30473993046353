import { builtinTemplateDir, loadTemplateFiles } from '../templates/files.ts';

export const PHASE_TEMPLATE = 'phase-issue.md.hbs';
export const PARENT_TEMPLATE = 'parent-issue.md.hbs';

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

/** Built-in templates with the user's overrides (by file name) from `overrideDir`. */
export async function loadChecklistTemplates(
  overrideDir?: string,
  builtinDir: string = builtinChecklistTemplateDir(),
): Promise<ChecklistTemplates> {
  // Extra partials only from the checklist/ subdirectory, so partials meant for other templates
  // in the same override directory are not picked up.
  const { files, partials } = await loadTemplateFiles({
    kind: 'checklist',
    files: [PHASE_TEMPLATE, PARENT_TEMPLATE],
    builtinDir,
    ...(overrideDir ? { overrideDir } : {}),
  });
  return { phase: files[PHASE_TEMPLATE]!, parent: files[PARENT_TEMPLATE]!, partials };
}
