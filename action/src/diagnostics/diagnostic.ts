// One shape for every problem Rollbook reports: schema errors, cross-reference errors,
// lint findings and file-level errors. Formatters (text, json, github) read only this.
import { plural } from '../text/plural.ts';

export type Severity = 'error' | 'warning';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends Position {
  file: string;
  severity: Severity;
  /** Stable code: `yaml/...`, `schema/...`, `ref/...`, `file/...`, or a lint rule id. */
  code: string;
  message: string;
  /** What would have been accepted. */
  expected?: string;
  /** How to fix it. */
  hint?: string;
  /** Where a guard came from, for lesson-driven findings. */
  lesson?: { id: string; title: string };
  /** On the `diagnostics/more` entry only: the diagnostics it stands for, cut from the output. */
  hidden?: { errors: number; warnings: number };
}

export const START_OF_FILE: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Diagnostics shown per file; a file with 40,000 bad keys gets these and one line saying how many more. */
export const MAX_DIAGNOSTICS_PER_FILE = 50;

/** One file's diagnostics, in order: the first MAX_DIAGNOSTICS_PER_FILE, then `and N more`. */
export function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const { errors, warnings } = countBySeverity(diagnostics.slice(MAX_DIAGNOSTICS_PER_FILE));
  const last = shown.at(-1)!;
  const counts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '']
    .filter(Boolean)
    .join(' and ');
  shown.push({
    // At the end of the last one shown, so sorting by position keeps it last.
    file: last.file,
    line: last.endLine,
    column: last.endColumn,
    endLine: last.endLine,
    endColumn: last.endColumn,
    severity: errors > 0 ? 'error' : 'warning',
    code: 'diagnostics/more',
    message: `and ${errors + warnings} more in this file (${counts}); only the first ${MAX_DIAGNOSTICS_PER_FILE} are shown`,
    hint: 'fix these first and run again',
    hidden: { errors, warnings },
  });
  return shown;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    // A cut list counts what was cut, not the line that says so: 40,000 errors, not 51.
    if (d.hidden) {
      errors += d.hidden.errors;
      warnings += d.hidden.warnings;
    } else if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
