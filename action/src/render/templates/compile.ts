// Compiling the runbook templates once, in an isolated Handlebars environment:
// - strict mode, so a template naming a field the view model lacks fails at render time;
// - no HTML escaping (`noEscape`): the view model is already escaped for Markdown, and Handlebars'
//   HTML entities would corrupt code spans and fences (see docs/adr/0005-runbook-escaping.md);
// - no helpers registered beyond Handlebars' built-ins, so nothing can un-escape a value;
// - no partial indentation, so commands in code fences keep their exact text.
// Every error names the template file and, where Handlebars knows it, the line and column.
import Handlebars from 'handlebars';
import type { IndexView, PageView, RunbookView } from '../view/types.ts';
import {
  INDEX_TEMPLATE,
  type MainTemplate,
  PAGE_TEMPLATE,
  RUNBOOK_TEMPLATE,
  type TemplateSource,
  type TemplateSources,
} from './sources.ts';

const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: true, preventIndent: true };

/** A template failed to parse or to render. `message` starts with `path:line:column`. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly template: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(template: string, reason: string, line?: number, column?: number) {
    const where = line === undefined ? template : `${template}:${line}:${(column ?? 0) + 1}`;
    super(`${where}: ${reason}`);
    this.template = template;
    this.line = line;
    this.column = column === undefined ? undefined : column + 1;
  }
}

interface HandlebarsException {
  message?: string;
  lineNumber?: number;
  column?: number;
}

function toTemplateError(error: unknown, source: TemplateSource): TemplateError {
  if (error instanceof TemplateError) return error;
  const { message = String(error), lineNumber, column } = error as HandlebarsException;
  const reason = message
    .replace(/ - \d+:\d+$/, '')
    // Strict mode says `"x" not defined in [object Object]`; the object is no help to a reader.
    .replace(/^"([^"]+)" not defined in .*$/s, '"$1" is not defined in the data this template receives');
  return new TemplateError(source.path, reason.split('\n')[0]!, lineNumber, column);
}

type Render<T> = (view: T) => string;

export interface CompiledTemplates {
  runbook: Render<RunbookView>;
  index: Render<IndexView>;
  page: Render<PageView>;
}

function compileOne(env: typeof Handlebars, source: TemplateSource): Handlebars.TemplateDelegate {
  try {
    env.parse(source.text); // syntax errors now, with the file name, rather than at the first render
  } catch (error) {
    throw toTemplateError(error, source);
  }
  const template = env.compile(source.text, COMPILE_OPTIONS);
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, options);
    } catch (error) {
      throw toTemplateError(error, source);
    }
  };
}

/** Compiles the set once; the returned functions are pure (view in, text out). */
export function compileTemplates(sources: TemplateSources): CompiledTemplates {
  const env = Handlebars.create();
  for (const partial of sources.partials) env.registerPartial(partial.name, compileOne(env, partial));
  const main = (name: MainTemplate) => compileOne(env, sources.main[name]);
  const runbook = main(RUNBOOK_TEMPLATE);
  const index = main(INDEX_TEMPLATE);
  const page = main(PAGE_TEMPLATE);
  return { runbook: (view) => runbook(view), index: (view) => index(view), page: (view) => page(view) };
}
