// The checklist-issue template set: a phase issue, the parent issue and its KPI review comment, loaded and compiled by
// the shared template loader (templates/files.ts, templates/compile.ts).
import { type CompiledTemplateSet, compileTemplateSet } from '../templates/compile.ts';
import { builtinDirOf, loadTemplateSources } from '../templates/files.ts';
import type { TemplateSetSpec } from '../templates/sources.ts';

export const PHASE_TEMPLATE = 'phase-issue.md.hbs';
export const PARENT_TEMPLATE = 'parent-issue.md.hbs';
/** The KPI review comment on a tracking issue (kpi-review/comment.ts). */
export const KPI_REVIEW_TEMPLATE = 'kpi-review.md.hbs';

const CHECKLIST_TEMPLATES: TemplateSetSpec<'phase' | 'parent' | 'review'> = {
  kind: 'checklist',
  files: { phase: PHASE_TEMPLATE, parent: PARENT_TEMPLATE, review: KPI_REVIEW_TEMPLATE },
  // Extra partials only from the checklist/ subdirectory, so partials meant for other templates
  // in the same override directory are not picked up.
  extraPartialsInRoot: false,
};

/** The compiled phase, parent and KPI review templates. */
export type ChecklistTemplates = CompiledTemplateSet<'phase' | 'parent' | 'review'>;

/** The built-in templates directory, found by walking up from this module (works from src and from a bundle). */
export function builtinChecklistTemplateDir(start?: string): string {
  return builtinDirOf(CHECKLIST_TEMPLATES, start);
}

/**
 * Built-in templates with the user's overrides (by file name) from `overrideDir`, compiled once.
 * Error messages' paths are relative to `cwd` (the workspace).
 */
export async function loadChecklistTemplates(
  overrideDir?: string,
  builtinDir: string = builtinChecklistTemplateDir(),
  cwd?: string,
): Promise<ChecklistTemplates> {
  return compileTemplateSet(
    await loadTemplateSources(CHECKLIST_TEMPLATES, {
      builtinDir,
      ...(overrideDir ? { overrideDir } : {}),
      ...(cwd ? { cwd } : {}),
    }),
  );
}
