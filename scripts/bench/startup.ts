// Benchmark section: start-up of the command users run. `rollbook validate` of a small
// repository (the four example plans in playbooks/, their lessons) through the published bin
// (action/bin/rollbook.js, which runs the bundle action/dist/cli.js), against a bare
// `node -e 0` measured in the same run. Wall time of whole processes, alternating floor and
// subject, medians. Target: at most 8x the floor (a pre-commit hook runs it on every commit).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'action/bin/rollbook.js');
const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 21);
export const TARGET_STARTUP_RATIO = 8;

function wallMs(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

export function benchStartup(): string[] {
  const cache = mkdtempSync(join(tmpdir(), 'rollbook-bench-compile-cache-'));
  try {
    const validate = [BIN, 'validate', 'playbooks', '--start', '2026-11-02'];
    const warm = { ...process.env, NODE_COMPILE_CACHE: cache };
    const cold = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
    wallMs(validate, warm); // fills the compile cache, as the first run on a machine does
    const runs: Record<'floor' | 'warm' | 'cold', number[]> = { floor: [], warm: [], cold: [] };
    for (let i = 0; i < ROUNDS; i++) {
      runs.floor.push(wallMs(['-e', '0'], process.env));
      runs.warm.push(wallMs(validate, warm));
      runs.cold.push(wallMs(validate, cold));
    }
    const floor = median(runs.floor);
    const line = (label: string, ms: number) => {
      const ratio = ms / floor;
      const verdict = ratio <= TARGET_STARTUP_RATIO ? 'meets target' : 'MISSES TARGET';
      return `  ${label.padEnd(40)} ${Math.round(ms)} ms, ratio ${ratio.toFixed(2)} (target <= ${TARGET_STARTUP_RATIO}: ${verdict})`;
    };
    return [
      `start-up (rollbook validate playbooks: 4 plans, 9 lessons; bundled CLI via action/bin/rollbook.js; ${ROUNDS} rounds, medians)`,
      `  floor: node -e 0                         ${Math.round(floor)} ms`,
      line('validate, compile cache warm (usual)', median(runs.warm)),
      line('validate, compile cache off', median(runs.cold)),
    ];
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

// `node scripts/bench/startup.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(benchStartup().join('\n'));
