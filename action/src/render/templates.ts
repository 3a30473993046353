// The runbook template set: a runbook, the index of runbooks and the HTML page around either,
// loaded and compiled by the shared template loader (templates/files.ts, templates/compile.ts).
import { compileTemplateSet, type Render } from '../templates/compile.ts';
import { type LoadTemplateOptions, loadTemplateSources } from '../templates/files.ts';
import type { TemplateSetSpec, TemplateSources } from '../templates/sources.ts';
import type { IndexView, PageView, RunbookView } from './view/types.ts';

export const RUNBOOK_TEMPLATES: TemplateSetSpec<'runbook' | 'index' | 'page'> = {
  kind: 'runbook',
  files: { runbook: 'runbook.md.hbs', index: 'index.md.hbs', page: 'page.html.hbs' },
  extraPartialsInRoot: true,
  reliedOn: [
    {
      from: 'runbook.md.hbs',
      path: 'story.review',
      file: 'partials/story.hbs',
      what: 'the KPI review that `rollbook render --status` puts in the runbook',
    },
  ],
};

type RunbookRole = keyof typeof RUNBOOK_TEMPLATES.files;

export interface CompiledTemplates {
  runbook: Render<RunbookView>;
  index: Render<IndexView>;
  page: Render<PageView>;
}

export function loadRunbookTemplates(options: LoadTemplateOptions = {}): Promise<TemplateSources<RunbookRole>> {
  return loadTemplateSources(RUNBOOK_TEMPLATES, options);
}

/** Compiles the set once; the returned functions are pure (view in, text out). */
export function compileTemplates(sources: TemplateSources<RunbookRole>): CompiledTemplates {
  return compileTemplateSet(sources);
}
