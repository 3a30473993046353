// What a command does with a configuration it cannot use: prints each error with its position and
// stops (exit 1), instead of going on with the defaults where the user asked for other settings.
import type { LoadedConfig } from '../config/load.ts';
import { formatDiagnosticText, PLAIN } from '../diagnostics/format-text.ts';
import type { CliIO } from './command.ts';

/** Prints the configuration's errors to stderr, with `hint` after them; true when there were any. */
export function reportConfigErrors(loaded: LoadedConfig, io: Pick<CliIO, 'stderr'>, hint?: string): boolean {
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return false;
  for (const d of errors) io.stderr(`${formatDiagnosticText(d, loaded.text, PLAIN)}\n\n`);
  if (hint !== undefined) io.stderr(`hint: ${hint}\n`);
  return true;
}

/** Prints the configuration's warnings to stderr (e.g. a `templates` directory that is not there). */
export function reportConfigWarnings(loaded: LoadedConfig, io: Pick<CliIO, 'stderr'>): void {
  for (const d of loaded.diagnostics) {
    if (d.severity === 'warning') io.stderr(`${formatDiagnosticText(d, loaded.text, PLAIN)}\n\n`);
  }
}
