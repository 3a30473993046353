// Rendering, pure: a parsed plan (and guards) in, the text of a runbook out. Templates are
// compiled once by the caller (compileTemplates) and reused for every plan.
import { calendarStartMs, type PhaseWindow } from '../plan/calendar.ts';
import { calendarTimeText } from '../plan/calendar-text.ts';
import { INDEX_NAME } from '../plan/reserved-names.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { escapeHtmlText } from '../text/html.ts';
import { generatedMarker } from '../text/markers.ts';
import { trimTrailing } from '../text/normalize.ts';
import { UTC_ZONE } from '../time/zone.ts';
import { renderPhaseFlow } from './html/flow-svg.ts';
import { markdownToHtml } from './html/markdown-to-html.ts';
import { normalizeMarkdown } from './output/normalize.ts';
import type { CompiledTemplates } from './templates.ts';
import { flowchartSource } from './view/flow.ts';
import { titleText } from './view/format.ts';
import { type IndexEntry, indexView } from './view/index-view.ts';
import {
  buildRunbookView,
  type CalendarSettings,
  phaseAnchor,
  projectWithSettings,
  type RunbookInput,
} from './view/runbook.ts';

export const RUNBOOK_FORMATS = ['md', 'html'] as const;
export type RunbookFormat = (typeof RUNBOOK_FORMATS)[number];

const INDEX_TITLE = 'Runbooks';

export interface RenderedRunbook {
  /** The output file name, e.g. `checkout-tokens.md`. */
  fileName: string;
  /** The file's full text. */
  text: string;
  /** The entry for the index. */
  entry: IndexEntry;
  /** The projected calendar it shows, for plans that depend on this one. */
  windows: PhaseWindow[];
}

/** The runbook file name of a plan: its metadata.name (an id), reduced to safe characters. */
export function runbookFileName(name: string, format: RunbookFormat): string {
  const safe = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'plan';
  return `${safe}.${format}`;
}

function htmlPage(
  markdown: string,
  title: string,
  templates: CompiledTemplates,
  diagrams?: ReadonlyMap<string, string>,
): string {
  const page = templates.page({ title: escapeHtmlText(title), body: markdownToHtml(markdown, diagrams) });
  return `${trimTrailing(page.replace(/\r\n?/g, '\n'), '\n')}\n`;
}

function finish(text: string, start: string, format: RunbookFormat): string {
  // The marker records the start for `render --check`: one that does not exist (2026-02-30) is a
  // RangeError here, never written down.
  calendarStartMs(start, UTC_ZONE);
  // The marker goes last: a comment before <!doctype html> would put browsers in quirks mode.
  return `${text}${format === 'md' ? '\n' : ''}${generatedMarker(start)}`;
}

/** The phase flow of an HTML runbook: the SVG in place of the Mermaid source, its boxes linked to the phases. */
function flowDrawing(plan: RolloutPlan): ReadonlyMap<string, string> {
  const svg = renderPhaseFlow(plan.phases, {
    idPrefix: 'flow',
    hrefFor: (phase, index) => `#${phaseAnchor(index, phase.title)}`,
    standalone: true,
  });
  return new Map([[flowchartSource(plan), `<figure class="flow-figure">${svg}</figure>`]]);
}

/** The Markdown of one runbook, without the generated marker. */
export function renderRunbookMarkdown(
  input: RunbookInput,
  settings: CalendarSettings,
  templates: CompiledTemplates,
  windows: readonly PhaseWindow[] = projectWithSettings(input.plan, settings),
): string {
  return normalizeMarkdown(templates.runbook(buildRunbookView(input, settings, windows)));
}

/** The index's "earliest finish": the last phase's, as the runbook words it. */
function finishText(windows: readonly PhaseWindow[], plan: RolloutPlan): string | undefined {
  const last = windows.at(-1);
  return last ? calendarTimeText(last.endMs, plan) : undefined;
}

export function renderRunbook(
  input: RunbookInput,
  settings: CalendarSettings,
  templates: CompiledTemplates,
  format: RunbookFormat,
): RenderedRunbook {
  const { plan } = input;
  const windows = projectWithSettings(plan, settings);
  const markdown = renderRunbookMarkdown(input, settings, templates, windows);
  const fileName = runbookFileName(plan.metadata.name, format);
  const body =
    format === 'md' ? markdown : htmlPage(markdown, `Runbook: ${plan.metadata.title}`, templates, flowDrawing(plan));
  return {
    fileName,
    text: finish(body, settings.start, format),
    entry: {
      fileName,
      name: plan.metadata.name,
      title: plan.metadata.title,
      owners: plan.metadata.owners,
      phases: plan.phases.length,
      finish: finishText(windows, plan),
      source: input.file,
    },
    windows,
  };
}

/** The page of a lesson beside HTML runbooks, which link to it instead of to its `.md` file. */
export function lessonPageName(lessonId: string): string {
  return `lesson-${lessonId.replace(/[^A-Za-z0-9-]+/g, '-')}.html`;
}

/** A lesson as a standalone HTML page: its title, then its story (sanitized like a runbook). */
export function renderLessonPage(
  lesson: { id: string; title: string },
  story: string,
  start: string,
  templates: CompiledTemplates,
): string {
  const markdown = `# ${titleText(`${lesson.id}: ${lesson.title}`)}\n\n${story}`;
  return finish(htmlPage(markdown, `Lesson ${lesson.id}: ${lesson.title}`, templates), start, 'html');
}

export function renderIndex(
  entries: readonly IndexEntry[],
  start: string,
  templates: CompiledTemplates,
  format: RunbookFormat,
): RenderedRunbook['text'] {
  const markdown = normalizeMarkdown(templates.index(indexView(entries, start)));
  return finish(format === 'md' ? markdown : htmlPage(markdown, INDEX_TITLE, templates), start, format);
}

export function indexFileName(format: RunbookFormat): string {
  return `${INDEX_NAME}.${format}`;
}
