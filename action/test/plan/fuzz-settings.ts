// How much the fuzz runs, and where its corpus lives: read by the fuzz files (fuzz.ts) and by the
// tool that builds the corpus (scripts/fuzz-corpus.ts). No test runner here.
import { join } from 'node:path';

/** Cases drawn over both files (a and b, one per core) in CI; the corpus covers what 10,000 reached (ADR 14). */
export const CI_CASES = 2_000;
/** Cases drawn over both files elsewhere, unless FUZZ_CASES_ENV says: enough to catch most breakage quickly. */
export const LOCAL_CASES = 1_000;
/** How many cases to draw over both files (`ROLLBOOK_FUZZ_CASES=10000` runs the long search anywhere). */
export const FUZZ_CASES_ENV = 'ROLLBOOK_FUZZ_CASES';
/** A seed to run instead of each file's own (file b adds 1), to repeat a failure printed by a run. */
export const FUZZ_SEED_ENV = 'ROLLBOOK_FUZZ_SEED';
/** Cases that ran code no earlier case had, replayed on every run (scripts/fuzz-corpus.ts writes it). */
export const CORPUS_FILE = join(import.meta.dirname, 'fuzz-corpus.json');

/** One of the two files: its own seed, and what it adds to ROLLBOOK_FUZZ_SEED when that is set. */
export interface FuzzFile {
  name: string;
  seed: number;
  offset: number;
}

export const FUZZ_FILES: readonly FuzzFile[] = [
  { name: 'a', seed: 20261123, offset: 0 },
  { name: 'b', seed: 97531, offset: 1 },
];

/** One plan of the corpus: the seed that drew it, its place in that seed's cases, and its text. */
export interface CorpusCase {
  seed: number;
  case: number;
  text: string;
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got "${text}")`);
  return value;
}

/** Cases for one of the two files: half of ROLLBOOK_FUZZ_CASES, or of CI_CASES with CI set, else of LOCAL_CASES. */
export function casesPerFile(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[FUZZ_CASES_ENV];
  const total = text ? positiveInteger(FUZZ_CASES_ENV, text) : env.CI && env.CI !== 'false' ? CI_CASES : LOCAL_CASES;
  return Math.ceil(total / FUZZ_FILES.length);
}

/** The seed a file draws from: its own, or ROLLBOOK_FUZZ_SEED plus its offset. */
export function fileSeed(file: FuzzFile, env: NodeJS.ProcessEnv = process.env): number {
  const text = env[FUZZ_SEED_ENV];
  return text ? positiveInteger(FUZZ_SEED_ENV, text) + file.offset : file.seed;
}
