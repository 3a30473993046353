// The one Handlebars environment factory, for runbooks, checklist issues and gate reports. Each
// template set is compiled once per process, in an isolated environment:
// - strict mode, so a template naming a field the view model lacks fails at render time;
// - no HTML escaping (`noEscape`): view models are already escaped for Markdown, and Handlebars'
//   HTML entities would corrupt code spans and fences (see docs/adr/0005-runbook-escaping.md);
// - no helpers registered beyond Handlebars' built-ins, so nothing can un-escape a value;
// - no partial indentation, so commands in code fences keep their exact text.
// Every error names the template file and, where Handlebars knows it, the line and column. A
// call of a partial the set does not have is an error when the file is compiled, at the call:
// Handlebars would say so only on the render that reaches it, without a place.
import Handlebars from 'handlebars';
import { didYouMean } from '../plan/suggest.ts';
import { ExpectedError } from '../runtime/expected-error.ts';
import type { TemplateSource, TemplateSources } from './sources.ts';
import { forEachSyntaxNode } from './syntax-nodes.ts';

const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: true, preventIndent: true };

/** The code of a template that does not compile, where it is reported as a diagnostic (`validate`). */
export const TEMPLATE_ERROR_CODE = 'template/error';

/** A template failed to parse or to render. `message` starts with `path:line:column`. */
export class TemplateError extends ExpectedError {
  override name = 'TemplateError';
  readonly template: string;
  /** What is wrong, without the place. */
  readonly reason: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(template: string, reason: string, line?: number, column?: number) {
    const at = line === undefined ? '' : column === undefined ? `:${line}` : `:${line}:${column + 1}`;
    const where = `${template}${at}`;
    super(`${where}: ${reason}`);
    this.template = template;
    this.reason = reason;
    this.line = line;
    this.column = column === undefined ? undefined : column + 1;
  }
}

interface HandlebarsException {
  message?: string;
  lineNumber?: number;
  column?: number;
}

/**
 * Handlebars' grammar errors: `Parse error on line N:`, an excerpt, a caret, then `Expecting
 * <token list>, got '<token>'`. The excerpt joins lines, so only the line is reliable.
 */
const PARSE_ERROR = /^Parse error on line (\d+):\n[\s\S]*, got '([^']+)'$/;

function parseErrorReason(got: string): string {
  return got === 'EOF'
    ? 'the template ends inside a block; each {{#…}} needs its {{/…}}'
    : `unexpected ${got} token; check the {{…}} tags on this line`;
}

function toTemplateError(error: unknown, source: TemplateSource): TemplateError {
  if (error instanceof TemplateError) return error;
  const { message = String(error), lineNumber, column } = error as HandlebarsException;
  const parse = PARSE_ERROR.exec(message);
  if (parse) return new TemplateError(source.path, parseErrorReason(parse[2]!), Number(parse[1]));
  const reason = message
    .replace(/ - \d+:\d+$/, '')
    // Strict mode says `"x" not defined in [object Object]`; the object is no help to a reader.
    .replace(/^"([^"]+)" not defined in .*$/s, '"$1" is not defined in the data this template receives');
  return new TemplateError(source.path, reason.split('\n')[0]!, lineNumber, column);
}

/** A compiled template: view in, text out. Pure. */
export type Render<View = object> = (view: View) => string;

export type CompiledTemplateSet<Role extends string> = Record<Role, Render>;

/** Partial names a message lists, at most; the rest are counted. */
const MAX_LISTED_PARTIALS = 12;

/**
 * The first `{{> name}}` in `ast` whose name is none of `partials`, as an error at the call.
 * Calls by an expression (`{{> (lookup …)}}`), `{{> @partial-block}}` and `{{#> name}}…{{/name}}`
 * (which has its own fallback) are left to Handlebars. One pass over the tree, without recursion.
 */
function unknownPartial(ast: hbs.AST.Program, partials: ReadonlySet<string>, source: TemplateSource) {
  let first: { name: string; loc: hbs.AST.SourceLocation | undefined } | undefined;
  forEachSyntaxNode(ast, (n) => {
    const name = n.name as { type?: unknown; original?: unknown; data?: unknown } | undefined;
    if (n.type !== 'PartialStatement' || name?.type !== 'PathExpression' || name.data === true) return;
    const called = String(name.original);
    if (partials.has(called)) return;
    // The walk's order is not the text's: report the call that comes first in the file.
    const at = n.loc?.start;
    const best = first?.loc?.start;
    if (!first || (at && best && (at.line < best.line || (at.line === best.line && at.column < best.column)))) {
      first = { name: called, loc: n.loc };
    }
  });
  if (!first) return undefined;
  const names = [...partials].sort();
  const more = names.length - MAX_LISTED_PARTIALS;
  const listed = `${names.slice(0, MAX_LISTED_PARTIALS).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  const suggestion = didYouMean(first.name, names);
  return new TemplateError(
    source.path,
    `there is no partial "${first.name}"${suggestion ? ` (${suggestion})` : ''}; ${names.length === 0 ? 'this template set has no partials' : `the partials are ${listed}`}`,
    first.loc?.start.line,
    first.loc?.start.column,
  );
}

function compileOne(
  env: typeof Handlebars,
  source: TemplateSource,
  partials: ReadonlySet<string>,
): Handlebars.TemplateDelegate {
  let ast: hbs.AST.Program;
  try {
    // Syntax errors now, with the file name, rather than at the first render. The syntax tree
    // goes to compile (which applies whitespace control to it), so the text is parsed once.
    ast = env.parseWithoutProcessing(source.text);
  } catch (error) {
    throw toTemplateError(error, source);
  }
  const unknown = unknownPartial(ast, partials, source);
  if (unknown) throw unknown;
  const template = env.compile(ast, COMPILE_OPTIONS);
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, options);
    } catch (error) {
      throw toTemplateError(error, source);
    }
  };
}

/**
 * A fresh environment with the set's partials registered (nothing is shared between sets), as
 * the function that compiles a template in it.
 */
function createEnvironment(
  partials: readonly TemplateSource[],
): (source: TemplateSource) => Handlebars.TemplateDelegate {
  const env = Handlebars.create();
  const names = new Set(partials.map((p) => p.name));
  const compile = (source: TemplateSource) => compileOne(env, source, names);
  for (const partial of partials) env.registerPartial(partial.name, compile(partial));
  return compile;
}

/**
 * Template sets compiled in this process, by their files' names, paths and text: a process that
 * renders more than once (the action's sync and report, the site build, a bench after its
 * warm-up, the tests) compiles each distinct set once. Handlebars compiles each template on its
 * first render, which is most of a small render's time. A set is pure functions in an
 * environment of its own, so sharing it between calls changes nothing they produce. At most
 * MAX_COMPILED_SETS are kept; the oldest goes first.
 */
const compiledSets = new Map<string, CompiledTemplateSet<string>>();
export const MAX_COMPILED_SETS = 8;

function setKey<Role extends string>(sources: TemplateSources<Role>): string {
  const main = Object.entries<TemplateSource>(sources.main).map(([role, s]) => [role, s.name, s.path, s.text]);
  return JSON.stringify([main, sources.partials.map((s) => [s.name, s.path, s.text])]);
}

/** Compiles a set once per process; throws TemplateError for a syntax error in any of its files. */
export function compileTemplateSet<Role extends string>(sources: TemplateSources<Role>): CompiledTemplateSet<Role> {
  const key = setKey(sources);
  const cached = compiledSets.get(key);
  if (cached) return cached as CompiledTemplateSet<Role>;
  // Frozen: every caller with the same files gets this same object.
  const compiled = Object.freeze(compileFresh(sources));
  if (compiledSets.size >= MAX_COMPILED_SETS) compiledSets.delete(compiledSets.keys().next().value!);
  compiledSets.set(key, compiled);
  return compiled;
}

function compileFresh<Role extends string>(sources: TemplateSources<Role>): CompiledTemplateSet<Role> {
  const compile = createEnvironment(sources.partials);
  const compiled = {} as CompiledTemplateSet<Role>;
  for (const [role, source] of Object.entries(sources.main) as [Role, TemplateSource][]) {
    const template = compile(source);
    compiled[role] = (view) => template(view);
  }
  return compiled;
}
