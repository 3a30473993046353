// The warnings about a user's template overrides (templates/relied-on.ts: a section the product
// relies on that the overrides lose), as diagnostics like every other: file:line:col, a code
// frame, what was expected and a hint. `render` prints them before rendering; `validate` reports
// them with the plans' (loaded only when rollbook.config.yaml names a templates directory, so a
// plain validate starts as fast as before). Warnings only, since the templates still render; but
// `validate` also reports, as an error, a template that does not compile, which `render` stops at.
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatDiagnosticText, PLAIN } from '../diagnostics/format-text.ts';
import { loadRunbookTemplates, RUNBOOK_TEMPLATES } from '../render/templates.ts';
import { compileTemplateSet, TEMPLATE_ERROR_CODE, TemplateError } from '../templates/compile.ts';
import { lostSections } from '../templates/relied-on.ts';
import type { TemplateSetSpec, TemplateSources } from '../templates/sources.ts';
import type { CliIO } from './command.ts';

export interface TemplateWarnings {
  diagnostics: Diagnostic[];
  /** Each file's text, by the path the diagnostics name, for code frames. */
  texts: Map<string, string>;
}

function warningsOf<Role extends string>(
  spec: TemplateSetSpec<Role>,
  sources: TemplateSources<Role>,
): TemplateWarnings {
  const all = [...Object.values<{ path: string; text: string }>(sources.main), ...sources.partials];
  return { diagnostics: lostSections(spec, sources), texts: new Map(all.map((s) => [s.path, s.text])) };
}

/** Prints the set's lost-section warnings to stderr; returns how many. */
export function warnLostSections<Role extends string>(
  spec: TemplateSetSpec<Role>,
  sources: TemplateSources<Role>,
  io: Pick<CliIO, 'stderr'>,
): number {
  const { diagnostics, texts } = warningsOf(spec, sources);
  for (const d of diagnostics) io.stderr(`${formatDiagnosticText(d, texts.get(d.file), PLAIN)}\n\n`);
  return diagnostics.length;
}

/** A template that does not compile, as the error `render` would stop at, with its place. */
function compileProblem(error: TemplateError): Diagnostic {
  const line = error.line ?? 1;
  const column = error.column ?? 1;
  return {
    file: error.template,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    severity: 'error',
    code: TEMPLATE_ERROR_CODE,
    message: error.reason,
    expected: 'a template that compiles: tags closed, partials that exist',
    hint: 'fix the template; `rollbook render` stops at this error',
  };
}

/**
 * The runbook templates' problems for the overrides in `dir` (relative to `cwd`): one that does
 * not compile (an error, which `render` would stop at), and the sections the overrides lose.
 */
export async function runbookTemplateWarnings(dir: string, cwd: string): Promise<TemplateWarnings> {
  const sources = await loadRunbookTemplates({ cwd, overrideDir: resolve(cwd, dir) });
  const found = warningsOf(RUNBOOK_TEMPLATES, sources);
  try {
    compileTemplateSet(sources);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    found.diagnostics.unshift(compileProblem(error));
  }
  return found;
}
