import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  plural
} from "./chunk-E2OZFMTG.js";

// action/src/diagnostics/diagnostic.ts
var START_OF_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
var MAX_DIAGNOSTICS_PER_FILE = 50;
function capDiagnostics(diagnostics) {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const { errors, warnings } = countBySeverity(diagnostics.slice(MAX_DIAGNOSTICS_PER_FILE));
  const last = shown.at(-1);
  const counts = [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""].filter(Boolean).join(" and ");
  shown.push({
    // At the end of the last one shown, so sorting by position keeps it last.
    file: last.file,
    line: last.endLine,
    column: last.endColumn,
    endLine: last.endLine,
    endColumn: last.endColumn,
    severity: errors > 0 ? "error" : "warning",
    code: "diagnostics/more",
    message: `and ${errors + warnings} more in this file (${counts}); only the first ${MAX_DIAGNOSTICS_PER_FILE} are shown`,
    hint: "fix these first and run again",
    hidden: { errors, warnings }
  });
  return shown;
}
function countBySeverity(diagnostics) {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.hidden) {
      errors += d.hidden.errors;
      warnings += d.hidden.warnings;
    } else if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

// action/src/files/file-system-error.ts
function isFileSystemError(error) {
  return error instanceof Error && error.syscall !== void 0;
}

export {
  START_OF_FILE,
  MAX_DIAGNOSTICS_PER_FILE,
  capDiagnostics,
  countBySeverity,
  isFileSystemError
};
