// Benchmark section: start-up of the command users run. `rollbook validate` of a small
// repository (the four example plans in playbooks/, their lessons) through the published bin
// (action/bin/rollbook.js, which runs the bundle action/dist/cli.js), against a bare
// `node -e 0` measured in the same run. Wall time of whole processes, alternating floor and
// subject, medians. Target: at most 8x the floor (a pre-commit hook runs it on every commit).
// Each process also reports its own CPU time, a steadier figure on a busy machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'action/bin/rollbook.js');
const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 21);
export const TARGET_STARTUP_RATIO = 8;

/** Preloaded into every measured process: prints its own CPU time (user + system) at exit. */
const CPU_PROBE = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '\\ncpu-us ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });",
)}`;

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function measure(args: string[], env: NodeJS.ProcessEnv): Sample {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', CPU_PROBE, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const cpu = /cpu-us (\d+)\s*$/.exec(run.stderr);
  if (!cpu) throw new Error(`no CPU time from ${args.join(' ')}`);
  return { wallMs, cpuMs: Number(cpu[1]) / 1000 };
}

export function benchStartup(): string[] {
  const cache = mkdtempSync(join(tmpdir(), 'rollbook-bench-compile-cache-'));
  try {
    const validate = [BIN, 'validate', 'playbooks', '--start', '2026-11-02'];
    const warm = { ...process.env, NODE_COMPILE_CACHE: cache };
    const cold = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
    measure(validate, warm); // fills the compile cache, as the first run on a machine does
    const runs: Record<'floor' | 'warm' | 'cold', Sample[]> = { floor: [], warm: [], cold: [] };
    for (let i = 0; i < ROUNDS; i++) {
      runs.floor.push(measure(['-e', '0'], process.env));
      runs.warm.push(measure(validate, warm));
      runs.cold.push(measure(validate, cold));
    }
    const wall = (samples: Sample[]) => median(samples.map((s) => s.wallMs));
    const cpu = (samples: Sample[]) => median(samples.map((s) => s.cpuMs));
    const floor = { wall: wall(runs.floor), cpu: cpu(runs.floor) };
    const line = (label: string, samples: Sample[]) => {
      const ratio = wall(samples) / floor.wall;
      const verdict = ratio <= TARGET_STARTUP_RATIO ? 'meets target' : 'MISSES TARGET';
      return `  ${label.padEnd(40)} ${Math.round(wall(samples))} ms, ratio ${ratio.toFixed(2)} (target <= ${TARGET_STARTUP_RATIO}: ${verdict}); CPU ${Math.round(cpu(samples))} ms, ratio ${(cpu(samples) / floor.cpu).toFixed(2)}`;
    };
    return [
      `start-up (rollbook validate playbooks: 4 plans, 9 lessons; bundled CLI via action/bin/rollbook.js; ${ROUNDS} rounds, medians; wall time is the target, CPU time is less sensitive to other load)`,
      `  floor: node -e 0                         ${Math.round(floor.wall)} ms; CPU ${Math.round(floor.cpu)} ms`,
      line('validate, compile cache warm (usual)', runs.warm),
      line('validate, compile cache off', runs.cold),
    ];
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

// `node scripts/bench/startup.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(benchStartup().join('\n'));
