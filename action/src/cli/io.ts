// The real process I/O for the CLI. Colour follows the usual conventions: only on a TTY,
// never with NO_COLOR or TERM=dumb, always with FORCE_COLOR.
import type { CliIO } from './command.ts';

export function wantsColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
    now: () => new Date(),
    env: process.env,
  };
}
