// The bundled action's report, as a runner runs it (`node dist/index.js`, GitHub's own pacing):
// the `rollbook/gate` status blocks an early merge, and turns success once the bake is over and
// the sign-off is ticked. The same scenario, and the others, run in-process in status.test.ts.
import { describe, it } from 'vitest';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { blocksEarlyMergeUntilBakedAndSigned } from './early-merge.scenario.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

describe('bundled action: report', () => {
  it('blocks an early merge, and turns success once the bake is over and the sign-off is in', async () => {
    await blocksEarlyMergeUntilBakedAndSigned(setup().fake, h.runReportBundled);
  });
});
