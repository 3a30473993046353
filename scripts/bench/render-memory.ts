// `npm run bench`, section "render memory": peak RSS of `rollbook render` against `rollbook
// validate` on the same corpus of 1,000 and of 3,000 plans (scripts/bench/corpus.ts), each in a
// fresh process. Targets: render at most validate + 64 MiB at 1,000 plans, and flat (within
// 64 MiB) from 1,000 to 3,000 plans: render holds one plan at a time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planCorpus } from './corpus.ts';
import { runChild } from './measure.ts';

const SIZES = [1000, 3000];
const ALLOWANCE_MIB = 64;

export function benchRenderMemory(): string[] {
  const lines = ['render memory (peak RSS, fresh process each; corpus of scripts/bench/corpus.ts)'];
  const render: number[] = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `rollbook-render-memory-${size}-`));
    try {
      planCorpus(size).forEach((text, i) => {
        writeFileSync(join(dir, `plan-${String(i).padStart(4, '0')}.rollout.yaml`), text);
      });
      const v = runChild('scripts/bench/child-validate.ts', [dir]);
      const r = runChild('scripts/bench/child-render.ts', [dir]);
      render.push(r.peakRssMiB);
      const over = r.peakRssMiB - v.peakRssMiB;
      lines.push(
        `  ${size} plans: validate ${Math.round(v.peakRssMiB)} MiB, render ${Math.round(r.peakRssMiB)} MiB (validate + ${Math.round(over)} MiB; target <= + ${ALLOWANCE_MIB}: ${over <= ALLOWANCE_MIB ? 'meets target' : 'MISSES TARGET'})`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const growth = render.at(-1)! - render[0]!;
  lines.push(
    `  render from ${SIZES[0]} to ${SIZES.at(-1)} plans: ${growth >= 0 ? '+' : ''}${Math.round(growth)} MiB (target: flat, within ${ALLOWANCE_MIB}: ${Math.abs(growth) <= ALLOWANCE_MIB ? 'meets target' : 'MISSES TARGET'})`,
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchRenderMemory().join('\n'));
