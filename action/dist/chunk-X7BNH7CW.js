import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  visible,
  visibleField
} from "./chunk-NHGUQWO3.js";

// action/src/diagnostics/format-github.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function annotationBody(d) {
  const lines = [d.message];
  if (d.expected) lines.push(`expected: ${d.expected}`);
  if (d.hint) lines.push(`hint: ${d.hint}`);
  if (d.lesson) lines.push(`why: ${d.lesson.id} \u2014 ${d.lesson.title}`);
  return lines.map(visibleField).join("\n");
}
function formatDiagnosticGithub(d) {
  const command = d.severity === "error" ? "error" : "warning";
  const props = [
    `file=${escapeProperty(visible(d.file))}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(`rollbook ${d.code}`)}`
  ].join(",");
  return `::${command} ${props}::${escapeData(annotationBody(d))}`;
}

export {
  annotationBody,
  formatDiagnosticGithub
};
