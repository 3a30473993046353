// The gate-report template set: Markdown for the PR comment and job summary, plain text for the
// terminal, loaded and compiled by the shared template loader (templates/files.ts, templates/compile.ts).
import { type CompiledTemplateSet, compileTemplateSet } from '../../templates/compile.ts';
import { builtinDirOf, loadTemplateSources, type TemplateFiles } from '../../templates/files.ts';
import type { TemplateSetSpec } from '../../templates/sources.ts';

export const MARKDOWN_TEMPLATE = 'gate-report.md.hbs';
export const TEXT_TEMPLATE = 'gate-report.txt.hbs';

const REPORT_TEMPLATES: TemplateSetSpec<'markdown' | 'text'> = {
  kind: 'report',
  files: { markdown: MARKDOWN_TEMPLATE, text: TEXT_TEMPLATE },
  extraPartialsInRoot: true,
};

/** The compiled Markdown and text templates. */
export type ReportTemplates = CompiledTemplateSet<'markdown' | 'text'>;

/**
 * The built-in templates directory. Walks up from this module until `templates/report`
 * appears, so it works from action/src/gates/report and from the action/dist bundle.
 */
export function builtinReportTemplateDir(start?: string): string {
  return builtinDirOf(REPORT_TEMPLATES, start);
}

/**
 * With `files`, `overrideDir` is read from there (e.g. a pull request's base commit) instead of the disk.
 * `cwd` is where the user ran the command: error messages' paths are relative to it.
 */
export async function loadReportTemplates(
  overrideDir?: string,
  builtinDir: string = builtinReportTemplateDir(),
  files?: TemplateFiles,
  cwd?: string,
): Promise<ReportTemplates> {
  return compileTemplateSet(
    await loadTemplateSources(REPORT_TEMPLATES, {
      builtinDir,
      ...(overrideDir ? { overrideDir } : {}),
      ...(files ? { files } : {}),
      ...(cwd ? { cwd } : {}),
    }),
  );
}
