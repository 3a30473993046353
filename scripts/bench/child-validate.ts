// The real `rollbook validate <dir>` code path, in-process so the timing excludes Node start-up
// exactly as the floor does.
import { main } from '../../action/src/cli/main.ts';

const dir = process.argv[2]!;
let out = '';
const start = performance.now();
const code = await main(['validate', dir, '--start', '2026-11-23'], {
  stdout: (t) => {
    out += t;
  },
  stderr: (t) => {
    out += t;
  },
  cwd: process.cwd(),
  color: false,
  now: () => new Date('2026-11-23T00:00:00Z'),
  env: {},
});
const ms = performance.now() - start;
if (code !== 0) throw new Error(`validate failed on the corpus:\n${out.slice(0, 2000)}`);
console.log(JSON.stringify({ ms, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
