// The real `rollbook render <dir> --out <tmp>` code path (read, validate, lint, render, write),
// in-process so the timing excludes Node start-up exactly as the floor does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../action/src/cli/main.ts';

const dir = process.argv[2]!;
const out = mkdtempSync(join(tmpdir(), 'rollbook-bench-render-'));
let log = '';
const start = performance.now();
const code = await main(['render', dir, '--out', out, '--start', '2026-11-23'], {
  stdout: (t) => {
    log += t;
  },
  stderr: (t) => {
    log += t;
  },
  cwd: process.cwd(),
  color: false,
  now: () => new Date('2026-11-23T00:00:00Z'),
  env: {},
});
const ms = performance.now() - start;
rmSync(out, { recursive: true, force: true });
if (code !== 0) throw new Error(`render failed on the corpus:\n${log.slice(0, 2000)}`);
console.log(JSON.stringify({ ms, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
