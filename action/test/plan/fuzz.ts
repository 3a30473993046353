// Property test: whatever the input, parsing and linting never throw, and the result is either
// a clean plan or at least one diagnostic with a real position inside the file. The cases are
// split over two files (mutated-a, mutated-b: one per core) in the `fuzz` test project. Each file
// replays its seed's part of the corpus (the cases of a 10,000-case search that ran code no earlier
// case had), then draws ROLLBOOK_FUZZ_CASES / 2 fresh cases (2,000 in all in CI, 1,000 elsewhere)
// and prints its seed (ADR 14).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkCase, runCases } from './fuzz-cases.ts';
import {
  CORPUS_FILE,
  type CorpusCase,
  casesPerFile,
  FUZZ_CASES_ENV,
  FUZZ_SEED_ENV,
  type FuzzFile,
  fileSeed,
} from './fuzz-settings.ts';

const corpus = (JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as { cases: CorpusCase[] }).cases;

export function fuzzPlans(file: FuzzFile, env: NodeJS.ProcessEnv = process.env): void {
  const kept = corpus.filter((c) => c.seed === file.seed);
  it(`the corpus's ${kept.length} plans of seed ${file.seed} never throw and always give a plan or a positioned diagnostic`, () => {
    expect(kept.length).toBeGreaterThan(0);
    for (const c of kept) expect(() => checkCase(c.text), `corpus case ${c.case} of seed ${c.seed}`).not.toThrow();
  });

  const seed = fileSeed(file, env);
  const iterations = casesPerFile(env);
  it(`${iterations} mutated plans (seed ${seed}) never throw and always give a plan or a positioned diagnostic`, () => {
    // Printed so a failure can be repeated exactly, on any machine.
    console.log(
      `fuzz (${file.name}): ${iterations} cases, seed ${seed}; repeat with ${FUZZ_SEED_ENV}=${seed - file.offset} ${FUZZ_CASES_ENV}=${iterations * 2}`,
    );
    const { clean, withDiagnostics } = runCases(seed, iterations);
    // The mutations must actually exercise both outcomes, or the test proves nothing.
    expect(withDiagnostics).toBeGreaterThan(iterations / 2);
    expect(clean).toBeGreaterThan(0);
  }, 300_000);
}
