import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  PLAIN,
  formatDiagnosticText
} from "./chunk-B2FHZXDX.js";

// action/src/cli/config-errors.ts
function reportConfigErrors(loaded, io, hint) {
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return false;
  for (const d of errors) io.stderr(`${formatDiagnosticText(d, loaded.text, PLAIN)}

`);
  if (hint !== void 0) io.stderr(`hint: ${hint}
`);
  return true;
}
function reportConfigWarnings(loaded, io) {
  for (const d of loaded.diagnostics) {
    if (d.severity === "warning") io.stderr(`${formatDiagnosticText(d, loaded.text, PLAIN)}

`);
  }
}

export {
  reportConfigErrors,
  reportConfigWarnings
};
