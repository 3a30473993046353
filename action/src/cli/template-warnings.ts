// The warnings about a user's template overrides (templates/relied-on.ts: a section the product
// relies on that the overrides lose), printed like every other diagnostic: file:line:col, a code
// frame, what was expected and a hint. Warnings only: the templates still render.
import { formatDiagnosticText, PLAIN } from '../diagnostics/format-text.ts';
import { lostSections } from '../templates/relied-on.ts';
import type { TemplateSetSpec, TemplateSources } from '../templates/sources.ts';
import type { CliIO } from './command.ts';

/** Prints the set's lost-section warnings to stderr; returns how many. */
export function warnLostSections<Role extends string>(
  spec: TemplateSetSpec<Role>,
  sources: TemplateSources<Role>,
  io: Pick<CliIO, 'stderr'>,
): number {
  const texts = new Map(
    [...Object.values<{ path: string; text: string }>(sources.main), ...sources.partials].map((s) => [s.path, s.text]),
  );
  const warnings = lostSections(spec, sources);
  for (const d of warnings) io.stderr(`${formatDiagnosticText(d, texts.get(d.file), PLAIN)}\n\n`);
  return warnings.length;
}
