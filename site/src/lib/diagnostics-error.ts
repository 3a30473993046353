// Plan and lesson problems stop the build with exactly the text `rollbook validate` prints:
// the same formatter, positions and code frames, without colour.
import {
  countBySeverity,
  type Diagnostic,
  formatDiagnosticText,
  formatSummaryText,
  PLAIN,
} from '../../../action/src/site-api.ts';

export function formatDiagnostics(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>): string {
  return diagnostics.map((d) => formatDiagnosticText(d, sources.get(d.file), PLAIN)).join('\n\n');
}

export class PlaybookError extends Error {
  override name = 'PlaybookError';
  constructor(message: string) {
    super(message);
    // The message says where the problem is; a stack into the site's own code would only distract.
    this.stack = `${this.name}: ${message}`;
  }
}

/** Throws when any diagnostic is an error; returns the formatted warnings (empty when none). */
export function failOnErrors(
  what: string,
  files: number,
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const report = formatDiagnostics(diagnostics, sources);
  if (errors > 0) {
    throw new PlaybookError(
      `${what} have errors:\n\n${report}\n\n${formatSummaryText(files, errors, warnings, PLAIN)}`,
    );
  }
  return report;
}
