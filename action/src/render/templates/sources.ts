// The runbook template set as text: which files make it up and how a user's directory overrides
// them. Pure; files.ts does the reading.

/** Top-level templates, by role, as paths relative to templates/runbook. */
export const RUNBOOK_TEMPLATE = 'runbook.md.hbs';
export const INDEX_TEMPLATE = 'index.md.hbs';
export const PAGE_TEMPLATE = 'page.html.hbs';
export const MAIN_TEMPLATES = [RUNBOOK_TEMPLATE, INDEX_TEMPLATE, PAGE_TEMPLATE] as const;
export type MainTemplate = (typeof MAIN_TEMPLATES)[number];

export const PARTIALS_DIR = 'partials';
export const TEMPLATE_EXT = '.hbs';

export interface TemplateSource {
  /** The name used in `{{> name}}` (partials) or the main template's file name. */
  name: string;
  /** Where it came from, for error messages: relative to the working directory when possible. */
  path: string;
  text: string;
}

export interface TemplateSources {
  main: Record<MainTemplate, TemplateSource>;
  /** Sorted by name. */
  partials: TemplateSource[];
}

/** A partial's name: its file name without `.hbs`. */
export function partialName(fileName: string): string {
  return fileName.slice(0, -TEMPLATE_EXT.length);
}

/** Template text with `\n` line endings, so a checkout with CRLF renders the same bytes. */
export function normalizeTemplateText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
