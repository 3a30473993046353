// Sections a template set must keep showing when a user overrides its files (the KPI review in a
// runbook, say): an override written before the section existed, or that dropped it by mistake,
// would otherwise lose it silently. For each section the set's spec lists (`reliedOn`), the files
// reachable from its main template through `{{> partial}}` calls must mention its data path;
// when an override makes them stop, one warning at the override that lost it, with a hint. A
// comment `{{!-- rollbook: without story.review --}}` in an override leaves it out on purpose.
// Pure. docs/adr/0031-overrides-warned-when-they-lose-a-section.md.
import Handlebars from 'handlebars';
import { type Diagnostic, START_OF_FILE } from '../diagnostics/diagnostic.ts';
import {
  PARTIALS_DIR,
  partialName,
  type ReliedOnSection,
  type TemplateSetSpec,
  type TemplateSource,
  type TemplateSources,
} from './sources.ts';
import { forEachSyntaxNode } from './syntax-nodes.ts';

export const LOST_SECTION_CODE = 'template/section-left-out';

interface Facts {
  /** The path expressions' parts: `story.review.kpis` (or `@root.story.review.kpis`) → [story, review, kpis]. */
  paths: string[][];
  /** Partials it calls by a plain name. */
  calls: string[];
  /** False when the file does not parse: what it shows is unknown (compile.ts reports the error). */
  parsed: boolean;
}

/** Path expressions and partial calls anywhere in a syntax tree. */
function factsOf(source: TemplateSource): Facts {
  const facts: Facts = { paths: [], calls: [], parsed: true };
  let ast: unknown;
  try {
    ast = Handlebars.parseWithoutProcessing(source.text);
  } catch {
    return { ...facts, parsed: false }; // compile.ts reports syntax errors, with their place
  }
  forEachSyntaxNode(ast, (n) => {
    if (n.type === 'PathExpression' && Array.isArray(n.parts)) {
      const parts = n.parts as string[];
      // `@root.story.review` names the same data as `story.review` does from the top.
      facts.paths.push(n.data === true && parts[0] === 'root' ? parts.slice(1) : parts);
    }
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name) {
      const name = (n.name as { original?: unknown }).original;
      if (typeof name === 'string') facts.calls.push(name);
    }
  });
  return facts;
}

/** `review` inside `{{#with story}}` counts as `story.review`: an expression that starts with a tail of the path. */
function mentions(facts: Facts, path: string): boolean {
  const want = path.split('.');
  return facts.paths.some((parts) =>
    want.some((_, from) => {
      const tail = want.slice(from);
      return tail.length <= parts.length && tail.every((segment, i) => parts[i] === segment);
    }),
  );
}

const optOut = (path: string) =>
  new RegExp(`\\{\\{!(?:--)?\\s*rollbook:\\s*without\\s+${path.replace(/\./g, '\\.')}(?![\\w.])`);

/** The warnings for sections the overrides in `sources` lose; none without an override. */
export function lostSections<Role extends string>(
  spec: TemplateSetSpec<Role>,
  sources: TemplateSources<Role>,
): Diagnostic[] {
  const all: TemplateSource[] = [...Object.values<TemplateSource>(sources.main), ...sources.partials];
  if (!all.some((s) => s.override)) return [];
  const facts = new Map<TemplateSource, Facts>(all.map((s) => [s, factsOf(s)]));
  const partials = new Map(sources.partials.map((s) => [s.name, s]));
  const diagnostics: Diagnostic[] = [];
  for (const section of spec.reliedOn ?? []) {
    const main = all.find((s) => s.name === section.from && !partials.has(s.name));
    if (!main) continue;
    if (all.some((s) => s.override && optOut(section.path).test(s.text))) continue;
    const reached = new Set<TemplateSource>([main]);
    const queue = [main];
    while (queue.length > 0)
      for (const name of facts.get(queue.shift()!)!.calls) {
        const partial = partials.get(name);
        if (partial && !reached.has(partial)) {
          reached.add(partial);
          queue.push(partial);
        }
      }
    // A file that does not parse may well show the section: its syntax error is the problem to report.
    if ([...reached].some((s) => !facts.get(s)!.parsed || mentions(facts.get(s)!, section.path))) continue;
    const blamed = culprit(section, main, partials, all);
    if (blamed) diagnostics.push(lostSection(section, blamed));
  }
  return diagnostics;
}

/** The override that lost it: the one replacing the file that showed it, else the main template's, else any. */
function culprit(
  section: ReliedOnSection,
  main: TemplateSource,
  partials: ReadonlyMap<string, TemplateSource>,
  all: readonly TemplateSource[],
): TemplateSource | undefined {
  const file = section.file.startsWith(`${PARTIALS_DIR}/`)
    ? partials.get(partialName(section.file.slice(PARTIALS_DIR.length + 1)))
    : all.find((s) => s.name === section.file);
  return [file, main, ...all].find((s) => s?.override);
}

function lostSection(section: ReliedOnSection, override: TemplateSource): Diagnostic {
  const builtin = section.file.split('/').pop()!;
  return {
    file: override.path,
    ...START_OF_FILE,
    severity: 'warning',
    code: LOST_SECTION_CODE,
    message: `with this override, ${section.from} never shows ${section.path} (${section.what}), so it is left out`,
    expected: `a template reached from ${section.from} that uses ${section.path}, as the built-in ${section.file} does`,
    hint: `copy the part of the built-in ${builtin} that uses {{${section.path}}} into your ${builtin}, or write {{!-- rollbook: without ${section.path} --}} in it to leave it out on purpose`,
  };
}
