// A template set as text: the main templates of one kind (runbook, checklist, report), by role,
// and the partials they may call. Pure; files.ts does the reading, compile.ts the compiling.

export const PARTIALS_DIR = 'partials';
export const TEMPLATE_EXT = '.hbs';

/** What makes up one set: `templates/<kind>/`, its main templates by role, and where extra partials may come from. */
export interface TemplateSetSpec<Role extends string> {
  /** `runbook`, `checklist`, `report`: the subdirectory of templates/ and of an override directory. */
  kind: string;
  /** Main template file names by role; the first one identifies the built-in directory. */
  files: Record<Role, string>;
  /**
   * Whether partials found directly in `<overrideDir>/partials` are added too. Only safe when that
   * directory holds templates of one kind; otherwise extra partials come from `<overrideDir>/<kind>/partials`.
   */
  extraPartialsInRoot: boolean;
  /** Sections the product relies on this set to show; an override that loses one is warned about (relied-on.ts). */
  reliedOn?: readonly ReliedOnSection[];
}

/**
 * A section a main template's output must show for the product to work as documented, e.g. the
 * KPI review in a runbook (docs/adr/0031-overrides-warned-when-they-lose-a-section.md).
 */
export interface ReliedOnSection {
  /** The main template (its file name) whose output shows it: `runbook.md.hbs`. */
  from: string;
  /** The data it shows: `story.review`. */
  path: string;
  /** The built-in file that shows it, relative to templates/<kind>: `partials/story.hbs`. */
  file: string;
  /** What it is, in a few words, for the warning. */
  what: string;
}

export interface TemplateSource {
  /** The name used in `{{> name}}` (partials) or the main template's file name. */
  name: string;
  /** Where it came from, for error messages: relative to the working directory when possible. */
  path: string;
  text: string;
  /** Read from the user's templates directory rather than the built-in one. */
  override?: true;
}

export interface TemplateSources<Role extends string> {
  main: Record<Role, TemplateSource>;
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
