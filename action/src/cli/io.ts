// The real process I/O for the CLI. Colour follows the usual conventions: only on a TTY,
// never with NO_COLOR or TERM=dumb, always with FORCE_COLOR. Output to a reader that went away
// (a pipe into `head`) is dropped, not a crash (ADR 76). The bundled CLI keeps results
// beside Node's compile cache (ADR 15, ADR 54): wherever the bin, NODE_COMPILE_CACHE or nothing
// put it; NODE_DISABLE_COMPILE_CACHE=1 turns both off.
import module from 'node:module';
import type { ResultCacheLocation } from '../workspace/result-cache.ts';
import { BUILD_ID } from './build-id.ts';
import type { CliIO } from './command.ts';

export function wantsColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/** The result cache of the bundled code, keyed also by what else can change a result: Node (its time-zone data) and TZ. */
export function resultCacheLocation(
  buildId: string | undefined,
  compileCacheDir: string | undefined,
  env: Record<string, string | undefined>,
): ResultCacheLocation | undefined {
  if (buildId === undefined || compileCacheDir === undefined) return undefined;
  return { dir: compileCacheDir, codeId: [buildId, process.version, process.arch, env.TZ ?? ''].join('\n') };
}

/**
 * A writer for `stream` that stops writing once the reader has gone: `rollbook explain | head -1`
 * closes the pipe early, and Node would report the EPIPE as an unhandled error with a stack
 * trace. The command still runs to its end and exits with its own code.
 */
export function untilClosed(stream: NodeJS.WritableStream): (text: string) => void {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    open = false;
    if (error.code !== 'EPIPE' && stream !== process.stderr) {
      process.stderr.write(`rollbook: cannot write the output (${error.code ?? error.message})\n`);
    }
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

export function processIO(): CliIO {
  const resultCache = resultCacheLocation(BUILD_ID, module.getCompileCacheDir?.(), process.env);
  return {
    stdout: untilClosed(process.stdout),
    stderr: untilClosed(process.stderr),
    cwd: process.cwd(),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
    now: () => new Date(),
    env: process.env,
    ...(resultCache ? { resultCache } : {}),
  };
}
