// Runs the adversarial cases of linear-cases.ts in order from `workerData.from`, posting each
// one's output pairs as soon as it finishes; linear.test.ts stops this worker if one does not
// finish, and starts another after it.
import { parentPort, workerData } from 'node:worker_threads';
import { CASES } from './linear-cases.ts';

const { from } = workerData as { from: number };
for (let index = from; index < CASES.length; index++) parentPort!.postMessage({ index, pairs: CASES[index]!.run() });
