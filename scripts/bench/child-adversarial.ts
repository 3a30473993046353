// One measurement of one adversarial file, in a fresh process: `floor` (read, then the yaml
// library's parseDocument without its quadratic duplicate-key check), `validate` or `render`
// (the CLI's code paths, in-process). Prints { ms, cpuMs, peakRssMiB, outputBytes }: wall and CPU
// time (user + system, all of the process's threads) of the measured call. Commands load their
// modules and compile templates on first use: one warm-up run on a small valid plan comes first,
// so the figure is the cost of the input, not of start-up.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { main } from '../../action/src/cli/main.ts';
import { scaffoldPlan } from '../../action/src/cli/scaffold.ts';

const [mode, file] = process.argv.slice(2) as [string, string];
let output = 0;
const io = {
  stdout: (t: string) => {
    output += t.length;
  },
  stderr: (t: string) => {
    output += t.length;
  },
  cwd: dirname(file),
  color: false,
  now: () => new Date('2026-11-23T00:00:00Z'),
  env: {},
};
async function runMode(target: string): Promise<void> {
  if (mode === 'validate') {
    await main(['validate', target, '--start', '2026-11-23'], io);
  } else if (mode === 'render') {
    const out = mkdtempSync(join(tmpdir(), 'rollbook-adversarial-'));
    await main(['render', target, '--out', out, '--start', '2026-11-23'], io);
    rmSync(out, { recursive: true, force: true });
  }
}

const warmDir = mkdtempSync(join(tmpdir(), 'rollbook-adversarial-warm-'));
writeFileSync(join(warmDir, 'warm.rollout.yaml'), scaffoldPlan('warm', 'schema.json'));
parseDocument(scaffoldPlan('warm', 'schema.json'));
await runMode(join(warmDir, 'warm.rollout.yaml'));
rmSync(warmDir, { recursive: true, force: true });
output = 0;

const start = performance.now();
const cpuStart = process.cpuUsage();
if (mode === 'floor') {
  try {
    parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: false });
  } catch {
    // The library overflows its stack on deep nesting; the time until then is the floor.
  }
} else {
  await runMode(file);
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({ ms, cpuMs, peakRssMiB: process.resourceUsage().maxRSS / 1024, outputBytes: output }));
