// GitHub workflow commands (`::error file=…,line=…::message`), so a CLI run inside Actions
// annotates the plan file at the right line. Encoding follows the runner's rules.
import type { Diagnostic } from './diagnostic.ts';
import { visible, visibleField } from './visible.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotationBody(d: Diagnostic): string {
  const lines = [d.message];
  if (d.expected) lines.push(`expected: ${d.expected}`);
  if (d.hint) lines.push(`hint: ${d.hint}`);
  if (d.lesson) lines.push(`why: ${d.lesson.id} — ${d.lesson.title}`);
  return lines.map(visibleField).join('\n');
}

export function formatDiagnosticGithub(d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : 'warning';
  const props = [
    `file=${escapeProperty(visible(d.file))}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(`rollbook ${d.code}`)}`,
  ].join(',');
  return `::${command} ${props}::${escapeData(annotationBody(d))}`;
}
