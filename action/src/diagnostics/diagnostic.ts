// One shape for every problem Rollbook reports: schema errors, cross-reference errors,
// lint findings and file-level errors. Formatters (text, json, github) read only this.
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
}

export const START_OF_FILE: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
