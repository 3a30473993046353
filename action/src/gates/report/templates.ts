import { builtinTemplateDir, loadTemplateFiles } from '../../templates/files.ts';

export const MARKDOWN_TEMPLATE = 'gate-report.md.hbs';
export const TEXT_TEMPLATE = 'gate-report.txt.hbs';

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

export async function loadReportTemplates(
  overrideDir?: string,
  builtinDir: string = builtinReportTemplateDir(),
): Promise<ReportTemplates> {
  const { files, partials } = await loadTemplateFiles({
    kind: 'report',
    files: [MARKDOWN_TEMPLATE, TEXT_TEMPLATE],
    builtinDir,
    extraPartialsInRoot: true,
    ...(overrideDir ? { overrideDir } : {}),
  });
  return { markdown: files[MARKDOWN_TEMPLATE]!, text: files[TEXT_TEMPLATE]!, partials };
}
