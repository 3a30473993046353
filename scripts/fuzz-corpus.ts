// Builds the fuzz's corpus (action/test/plan/fuzz-corpus.json): of the cases each fuzz file's
// seed draws beyond what CI runs (CORPUS_HORIZON per seed), those that ran code of action/src that
// no earlier case had run, measured with V8's block coverage. The fuzz replays them on every
// run, so CI reaches every branch the long run reaches for a fraction of its CPU (ADR 14).
// Run it again when the generator, the seeds or the parser change: `node scripts/fuzz-corpus.ts`.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { casesOf, checkCase } from '../action/test/plan/fuzz-cases.ts';
import { CI_CASES, CORPUS_FILE, type CorpusCase, FUZZ_FILES } from '../action/test/plan/fuzz-settings.ts';

/** Cases per seed searched for new coverage: as many as the fuzz ran in CI before the corpus. */
const CORPUS_HORIZON = 5_000;
/** Cases checked between two coverage readings; a block that ran new code is read again case by case. */
const BLOCK = 50;

const SOURCE = `${join(import.meta.dirname, '../action/src')}/`;

interface ScriptCoverage {
  url: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** Offsets of action/src run since the last reading, by file (the innermost range decides). */
async function ranSinceLastReading(): Promise<Map<string, Set<number>>> {
  const { result } = (await session.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
  const ran = new Map<string, Set<number>>();
  for (const script of result) {
    const path = script.url.replace(/^file:\/\//, '');
    if (!path.startsWith(SOURCE)) continue;
    const ranges = script.functions.flatMap((f) => f.ranges);
    // Outer ranges first: an inner range overrides its enclosing range's count.
    ranges.sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
    const counts = new Int32Array(Math.max(0, ...ranges.map((r) => r.endOffset)));
    for (const r of ranges) counts.fill(r.count, r.startOffset, r.endOffset);
    const offsets = new Set<number>();
    counts.forEach((count, offset) => {
      if (count > 0) offsets.add(offset);
    });
    ran.set(path.slice(SOURCE.length), offsets);
  }
  return ran;
}

/** Adds `ran` to `covered`; says whether anything was new. */
function merge(covered: Map<string, Set<number>>, ran: Map<string, Set<number>>): boolean {
  let added = false;
  for (const [file, offsets] of ran) {
    const known = covered.get(file) ?? new Set<number>();
    covered.set(file, known);
    for (const offset of offsets) {
      if (known.has(offset)) continue;
      known.add(offset);
      added = true;
    }
  }
  return added;
}

const covered = new Map<string, Set<number>>();
const cases = FUZZ_FILES.map((file) => ({ seed: file.seed, texts: [...take(casesOf(file.seed), CORPUS_HORIZON)] }));
await ranSinceLastReading(); // module loading and drawing the cases is not what a case covers
// What CI runs anyway: the first CI_CASES / 2 cases of each seed.
const streamed = CI_CASES / FUZZ_FILES.length;
for (const { texts } of cases) for (const text of texts.slice(0, streamed)) checkAndIgnore(text);
merge(covered, await ranSinceLastReading());
const baseline = size(covered);

const corpus: CorpusCase[] = [];
for (let from = streamed; from < CORPUS_HORIZON; from += BLOCK) {
  for (const { seed, texts } of cases) {
    const block = texts.slice(from, from + BLOCK);
    const before = clone(covered);
    for (const text of block) checkAndIgnore(text);
    if (!merge(before, await ranSinceLastReading())) continue;
    // Something in the block ran new code: find which cases, in order.
    for (const [i, text] of block.entries()) {
      checkAndIgnore(text);
      if (merge(covered, await ranSinceLastReading())) corpus.push({ seed, case: from + i, text });
    }
  }
}

const file = {
  about:
    'Mutated plans the fuzz replays on every run: each ran code of action/src that no earlier case had (scripts/fuzz-corpus.ts builds this file; ADR 14).',
  streamedPerSeed: streamed,
  searchedPerSeed: CORPUS_HORIZON,
  cases: corpus,
};
writeFileSync(CORPUS_FILE, `${JSON.stringify(file, null, 2)}\n`);
console.log(
  `${corpus.length} cases kept; covered bytes of action/src: ${baseline} from the streamed cases, ${size(covered)} with the corpus`,
);

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  let i = 0;
  for (const item of items) {
    yield item;
    if (++i === n) return;
  }
}

/** Runs one case; the property is the tests' to judge, the corpus keeps failing cases too. */
function checkAndIgnore(text: string): void {
  try {
    checkCase(text);
  } catch {
    // kept if it ran new code: a failing case belongs in the corpus most of all
  }
}

function clone(map: Map<string, Set<number>>): Map<string, Set<number>> {
  return new Map([...map].map(([k, v]) => [k, new Set(v)]));
}

function size(map: Map<string, Set<number>>): number {
  return [...map.values()].reduce((sum, offsets) => sum + offsets.size, 0);
}
