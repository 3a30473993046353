// Running the templates (compiled once by loadChecklistTemplates, in strict mode with no HTML
// escaping: see templates/compile.ts). The rendered region content is then checked against the item list: an
// override that drops, repeats or mangles an item, or writes a marker of its own, is an error,
// because ticks and state depend on them.

import { ExpectedError } from '../runtime/expected-error.ts';
import { MARKER_OPENING, splitItemMarker } from '../text/markers.ts';
import { normalizeLine } from './fingerprint.ts';
import { parseTaskLine } from './parse.ts';
import { tidyLines } from './region.ts';
import { type ChecklistTemplates, PARENT_TEMPLATE, PHASE_TEMPLATE } from './templates.ts';

export class TemplateContractError extends ExpectedError {
  override name = 'TemplateContractError';
}

/** Rendered lines, tidied; `expectedIds` must each appear on exactly one task line, and nothing else may look like a marker. */
export function renderContent(
  templates: ChecklistTemplates,
  which: 'phase' | 'parent',
  view: object,
  expectedIds: readonly string[],
): string[] {
  const text = templates[which](view);
  const lines = tidyLines(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => ({ text: normalizeLine(l) })),
  ).map((l) => l.text);
  const expected = new Set(expectedIds);
  const seen = new Set<string>();
  // No stack or position can say what to fix in a rendered output: the message names the
  // template file and how to fix it.
  const file = which === 'phase' ? PHASE_TEMPLATE : PARENT_TEMPLATE;
  const itemHint =
    which === 'phase'
      ? `hint: write each item once, on its own line, with {{> item}} as the built-in ${file} does`
      : `hint: the built-in ${file} writes no checklist items; remove that line`;
  const broken = (what: string, hint: string) =>
    new TemplateContractError(`the ${which} template (${file}) ${what}; ${hint}`);
  const markerHint = 'hint: remove it: Rollbook writes its own markers around what the template writes';
  for (const line of lines) {
    const marked = splitItemMarker(line);
    if (marked) {
      if (!expected.has(marked.id)) throw broken(`wrote an unknown item ${marked.id}`, itemHint);
      if (seen.has(marked.id)) throw broken(`wrote item ${marked.id} twice`, itemHint);
      if (!parseTaskLine(marked.before)) throw broken(`wrote item ${marked.id} without its checkbox`, itemHint);
      if (MARKER_OPENING.test(marked.before)) throw broken(`wrote a marker inside item ${marked.id}`, markerHint);
      seen.add(marked.id);
    } else if (MARKER_OPENING.test(line)) {
      throw broken(`wrote a Rollbook marker of its own: ${line.slice(0, 80)}`, markerHint);
    }
  }
  const missing = expectedIds.filter((id) => !seen.has(id));
  if (missing.length > 0) throw broken(`left out items: ${missing.join(', ')}`, itemHint);
  return lines;
}
