// `npm run bench`: performance and frugality figures, each against a floor measured in the
// same run. A benchmark, not a test: it prints figures and flags targets, and exits 0 unless
// a section crashes. Record results in docs/benchmarks.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatPortfolioBench, runPortfolioBench } from '../site/bench/portfolio-bench.ts';
import { formatSiteBench, runSiteBench } from '../site/bench/site-bench.ts';
import { benchAdversarial } from './bench/adversarial.ts';
import { planCorpus } from './bench/corpus.ts';
import { benchEscape } from './bench/escape.ts';
import { benchGates } from './bench/gates.ts';
import { compare, runChild } from './bench/measure.ts';
import { benchPortfolio } from './bench/portfolio.ts';
import { benchRenderMemory } from './bench/render-memory.ts';
import { benchStartup } from './bench/startup.ts';
import { benchSync } from './bench/sync.ts';
import { benchWatch } from './bench/watch.ts';

const PLAN_COUNT = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGETS = { validateRatio: 1.5, validateRssMiB: 300, renderRatio: 2.5 };

function mark(ok: boolean): string {
  return ok ? 'meets target' : 'MISSES TARGET';
}

console.log(benchStartup().join('\n'));
console.log('');

const dir = mkdtempSync(join(tmpdir(), 'rollbook-bench-'));
try {
  planCorpus(PLAN_COUNT).forEach((text, i) => {
    writeFileSync(join(dir, `plan-${String(i).padStart(4, '0')}.rollout.yaml`), text);
  });
  console.log(`Corpus: ${PLAN_COUNT} plans, 6 phases and 42 steps each, in ${dir}`);
  console.log(`Node ${process.version}, ${ROUNDS} alternating rounds, medians\n`);

  const validate = compare(
    ROUNDS,
    () => runChild('scripts/bench/child-yaml-floor.ts', [dir]),
    () => runChild('scripts/bench/child-validate.ts', [dir]),
  );
  console.log('validate (rollbook validate <corpus>, in-process)');
  console.log(`  floor: read + YAML parse   ${validate.floorMs} ms, peak RSS ${validate.floorPeakRssMiB} MiB`);
  console.log(`  validate + lint            ${validate.subjectMs} ms, peak RSS ${validate.subjectPeakRssMiB} MiB`);
  console.log(
    `  ratio ${validate.ratio} (target <= ${TARGETS.validateRatio}: ${mark(validate.ratio <= TARGETS.validateRatio)})`,
  );
  console.log(
    `  peak RSS ${validate.subjectPeakRssMiB} MiB (target <= ${TARGETS.validateRssMiB}: ${mark(validate.subjectPeakRssMiB <= TARGETS.validateRssMiB)})`,
  );

  const render = compare(
    ROUNDS,
    () => runChild('scripts/bench/child-yaml-floor.ts', [dir]),
    () => runChild('scripts/bench/child-render.ts', [dir]),
  );
  console.log('');
  console.log('render (rollbook render <corpus> --out <tmp>: validate, lint, render Markdown, write)');
  console.log(`  floor: read + YAML parse   ${render.floorMs} ms`);
  console.log(`  validate + render + write  ${render.subjectMs} ms, peak RSS ${render.subjectPeakRssMiB} MiB`);
  console.log(
    `  ratio ${render.ratio} (target <= ${TARGETS.renderRatio}: ${mark(render.ratio <= TARGETS.renderRatio)})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('');
for (const line of benchEscape()) console.log(line);

console.log('');
for (const line of benchAdversarial()) console.log(line);

console.log('');
for (const line of benchRenderMemory()) console.log(line);

console.log('');
for (const line of await benchGates()) console.log(line);

console.log('');
for (const line of await benchSync()) console.log(line);

console.log('');
for (const line of await benchWatch()) console.log(line);

console.log('');
for (const line of await benchPortfolio()) console.log(line);

console.log('');
console.log(formatSiteBench(await runSiteBench()).join('\n'));

console.log('');
console.log(formatPortfolioBench(await runPortfolioBench()).join('\n'));
