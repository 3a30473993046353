// Text functions stay linear in their input (issue 12, item 3). Each adversarial case of
// linear-cases.ts runs on 256 Ki characters of input and its output is compared with a reference written
// without the code under test; no assertion reads a clock. The cases run in a worker: a linear
// implementation finishes them in well under a second each, while the quadratic code they
// replaced needed hours at this size (40 KB cost 12 s), and synchronous code cannot be
// interrupted by a test timeout. The guard below only catches such a hang.
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, type Pair, SIZE } from './linear-cases.ts';

/** Far beyond what a linear case needs on a loaded machine, far below what a quadratic one takes. */
const HANG_GUARD_MS = 30_000;

interface Pending {
  promise: Promise<Pair[]>;
  resolve: (pairs: Pair[]) => void;
  reject: (error: Error) => void;
}

function pending(): Pending {
  let resolve!: Pending['resolve'];
  let reject!: Pending['reject'];
  const promise = new Promise<Pair[]>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // Awaited by its test later; a rejection before then is not unhandled.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

const results = CASES.map(pending);
let worker: Worker | undefined;

/** Runs the cases from `from` on; a case that hangs fails alone, and the rest go on in a new worker. */
function runFrom(from: number): void {
  if (from >= CASES.length) return;
  const current = new Worker(new URL('./linear-worker.ts', import.meta.url), { workerData: { from } });
  worker = current;
  let next = from;
  let guard: NodeJS.Timeout | undefined;
  let done = false;
  const arm = () => {
    clearTimeout(guard);
    if (next >= CASES.length) return;
    guard = setTimeout(() => {
      done = true;
      void current.terminate();
      results[next]!.reject(
        new Error(
          `"${CASES[next]!.name}" did not finish in ${HANG_GUARD_MS / 1000} s on ${SIZE} characters: super-linear?`,
        ),
      );
      runFrom(next + 1);
    }, HANG_GUARD_MS);
  };
  current.on('message', ({ index, pairs }: { index: number; pairs: Pair[] }) => {
    results[index]!.resolve(pairs);
    next = index + 1;
    arm();
  });
  current.on('error', (error) => {
    if (done) return;
    done = true;
    clearTimeout(guard);
    results[next]?.reject(error);
    runFrom(next + 1);
  });
  current.on('exit', () => {
    clearTimeout(guard);
    if (done) return;
    for (let i = next; i < CASES.length; i++) results[i]!.reject(new Error('the worker exited early'));
  });
  arm();
}

beforeAll(() => runFrom(0));

afterAll(async () => {
  await worker?.terminate();
});

const groups = [...new Set(CASES.map((c) => c.group))];
for (const group of groups) {
  describe(group, () => {
    CASES.forEach((linearCase, index) => {
      if (linearCase.group !== group) return;
      it(linearCase.name, { timeout: HANG_GUARD_MS * 2 }, async () => {
        const pairs = await results[index]!.promise;
        expect(pairs.length).toBeGreaterThan(0);
        for (const { actual, expected } of pairs) expect(actual).toEqual(expected);
      });
    });
  });
}
