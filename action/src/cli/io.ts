// The real process I/O for the CLI. Colour follows the usual conventions: only on a TTY,
// never with NO_COLOR or TERM=dumb, always with FORCE_COLOR. The bundled CLI keeps results
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

export function processIO(): CliIO {
  const resultCache = resultCacheLocation(BUILD_ID, module.getCompileCacheDir?.(), process.env);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
    now: () => new Date(),
    env: process.env,
    ...(resultCache ? { resultCache } : {}),
  };
}
