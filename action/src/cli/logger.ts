// The CLI's Logger: what the GitHub code logs (rate-limit waits, the REST fallback) as plain
// `rollbook: warning: …` lines on stderr, so stdout carries only the command's own output.
// Debug lines only with ROLLBOOK_DEBUG set.
import type { Logger } from '../runtime/logger.ts';
import type { CliIO } from './command.ts';

export function stderrLogger(io: Pick<CliIO, 'stderr' | 'env'>): Logger {
  const line = (level: string) => (message: string) => io.stderr(`rollbook: ${level}: ${message}\n`);
  return {
    debug: (message) => {
      if (io.env.ROLLBOOK_DEBUG) line('debug')(message);
    },
    info: (message) => io.stderr(`${message}\n`),
    notice: line('notice'),
    warning: line('warning'),
    error: line('error'),
  };
}
