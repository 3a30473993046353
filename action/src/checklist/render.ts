// Running the templates (compiled once by loadChecklistTemplates, in strict mode with no HTML
// escaping: see templates/compile.ts). The rendered region content is then checked against the item list: an
// override that drops, repeats or mangles an item, or writes a marker of its own, is an error,
// because ticks and state depend on them.

import { ExpectedError } from '../runtime/expected-error.ts';
import { MARKER_OPENING, splitItemMarker } from '../text/markers.ts';
import { normalizeLine } from './fingerprint.ts';
import { parseTaskLine } from './parse.ts';
import { tidyLines } from './region.ts';
import type { ChecklistTemplates } from './templates.ts';

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
  for (const line of lines) {
    const marked = splitItemMarker(line);
    if (marked) {
      if (!expected.has(marked.id))
        throw new TemplateContractError(`${which} template wrote an unknown item ${marked.id}`);
      if (seen.has(marked.id)) throw new TemplateContractError(`${which} template wrote item ${marked.id} twice`);
      if (!parseTaskLine(marked.before))
        throw new TemplateContractError(`${which} template wrote item ${marked.id} without its checkbox`);
      if (MARKER_OPENING.test(marked.before))
        throw new TemplateContractError(`${which} template wrote a marker inside item ${marked.id}`);
      seen.add(marked.id);
    } else if (MARKER_OPENING.test(line)) {
      throw new TemplateContractError(`${which} template wrote a Rollbook marker of its own: ${line.slice(0, 80)}`);
    }
  }
  const missing = expectedIds.filter((id) => !seen.has(id));
  if (missing.length > 0) throw new TemplateContractError(`${which} template left out items: ${missing.join(', ')}`);
  return lines;
}
