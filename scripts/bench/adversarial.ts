// `npm run bench`, section "adversarial": validate and render on each adversarial shape
// (adversarial-shapes.ts, ~1 MiB each) against the YAML-parse floor of the same file, in fresh
// processes. Target: validate and render each at most 2x the floor. Each line gives wall-time
// ratios and CPU-time ratios (the measured call's user + system time, in the same children). A
// shape the floor itself chokes on (the library is quadratic on deep flow nesting) is measured
// against a 60 s cap.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adversarialShapes } from './adversarial-shapes.ts';
import { median } from './measure.ts';

const TARGET_RATIO = 2;
const CHILD_TIMEOUT_MS = 60_000;
const ROUNDS = Number(process.env.BENCH_ADVERSARIAL_ROUNDS ?? 3);

interface Run {
  ms: number;
  /** CPU time of the measured call (user + system): moves less than wall time on a shared machine. */
  cpuMs: number;
  peakRssMiB: number;
  outputBytes: number;
  timedOut?: boolean;
}

function run(mode: string, file: string): Run {
  try {
    const out = execFileSync(process.execPath, ['scripts/bench/child-adversarial.ts', mode, file], {
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
  } catch {
    return { ms: CHILD_TIMEOUT_MS, cpuMs: CHILD_TIMEOUT_MS, peakRssMiB: Number.NaN, outputBytes: 0, timedOut: true };
  }
}

export function benchAdversarial(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rollbook-adversarial-'));
  const lines = [
    `adversarial plans (~1 MiB each; ${ROUNDS} rounds, medians; target: validate and render <= ${TARGET_RATIO}x the YAML-parse floor)`,
    '  shape                          floor ms   validate ms  ratio   render ms  ratio   | CPU: floor ms  validate  render | output bytes',
  ];
  try {
    for (const [i, shape] of adversarialShapes().entries()) {
      const file = join(dir, `shape-${i}.rollout.yaml`);
      writeFileSync(file, shape.text);
      const floors: Run[] = [];
      const validates: Run[] = [];
      const renders: Run[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        floors.push(run('floor', file));
        validates.push(run('validate', file));
        renders.push(run('render', file));
      }
      const wall = (runs: Run[]) => median(runs.map((x) => x.ms));
      const cpu = (runs: Run[]) => median(runs.map((x) => x.cpuMs));
      const floor = wall(floors);
      const floorCpu = cpu(floors);
      const v = wall(validates);
      const rd = wall(renders);
      const mark = (ratio: number) => `${ratio.toFixed(2)}${ratio <= TARGET_RATIO ? ' ' : '!'}`;
      const capped = floors.some((x) => x.timedOut) ? ' (floor hit the 60 s cap)' : '';
      lines.push(
        `  ${shape.name.padEnd(30)} ${String(Math.round(floor)).padStart(8)}   ${String(Math.round(v)).padStart(11)}  ${mark(v / floor).padEnd(6)}  ${String(Math.round(rd)).padStart(9)}  ${mark(rd / floor).padEnd(6)}  | ${String(Math.round(floorCpu)).padStart(12)}  ${mark(cpu(validates) / floorCpu).padEnd(8)}  ${mark(cpu(renders) / floorCpu).padEnd(6)} | ${validates[0]!.outputBytes}${capped}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  lines.push('  (! marks a ratio above the target)');
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchAdversarial().join('\n'));
