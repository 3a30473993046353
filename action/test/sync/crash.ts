// Stopping a run between two writes, deterministically, at the worst moment: after write n was
// applied by the fake and before its answer reaches the run (a create whose number is unknown).
//
// - crashHarness(): the real thing, for the bundled action. A preloaded module makes the child
//   write its pid to a file, and the fake's write hook SIGKILLs it. Test-only; nothing in the
//   action knows about it.
// - freezeAfterWrite(): the same cut for an in-process run. Every request the run makes goes
//   through a wrapper; from write n's answer on, the wrapper never settles, so the run stops
//   where it is and sends nothing more. From GitHub's side that is a killed process.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GitHubClient } from '../../src/github/client.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import type { ActionRun } from '../helpers/run-action.ts';

/** What a killed run leaves: no exit code of its own, nothing more written. */
const KILLED: ActionRun = { code: 128 + 9, stdout: '', stderr: 'killed', outputs: {}, summary: '' };

export interface Crash {
  env: Record<string, string>;
  /** Arms the kill after the fake's n-th write from now on (1-based, counted by the fake). */
  killAfterWrite(fake: FakeGitHub, n: number, run: () => Promise<ActionRun>): Promise<ActionRun>;
}

export function crashHarness(): Crash {
  const dir = mkdtempSync(join(tmpdir(), 'rollbook-crash-'));
  const pidFile = join(dir, 'pid');
  const preload = join(dir, 'pid.mjs');
  writeFileSync(
    preload,
    "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.env.ROLLBOOK_TEST_PID_FILE, String(process.pid));\n",
  );
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}`, ROLLBOOK_TEST_PID_FILE: pidFile },
    async killAfterWrite(fake, n, run) {
      let running: Promise<ActionRun> | undefined;
      let seen = 0;
      let killed = false;
      const stop = fake.onWrite(async () => {
        seen++;
        if (killed || seen !== n) return;
        killed = true;
        process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
        // Hold the answer until the process is gone, so it can never arrive.
        await running;
      });
      try {
        running = run();
        return await running;
      } finally {
        stop();
      }
    },
  };
}

/** Starts an in-process run whose clients go to `onClient` (runActionInProcess's option). */
export type StartFrozen = (onClient: (client: GitHubClient) => void) => Promise<ActionRun>;

/** Runs `start`, frozen for good after the fake's n-th write from now on (1-based); resolves as a killed run. */
export async function freezeAfterWrite(fake: FakeGitHub, n: number, start: StartFrozen): Promise<ActionRun> {
  let seen = 0;
  let frozen = false;
  let killed!: (run: ActionRun) => void;
  const whenKilled = new Promise<ActionRun>((resolve) => {
    killed = resolve;
  });
  const never = new Promise<never>(() => {});
  const stop = fake.onWrite(() => {
    if (++seen !== n || frozen) return;
    frozen = true;
    killed(KILLED);
  });
  // Registered after Octokit's plugins, so outermost: a frozen request holds no throttling slot.
  const onClient = (client: GitHubClient) =>
    client.hook.wrap('request', async (request, options) => {
      if (frozen) return never;
      try {
        const response = await request(options);
        return frozen ? never : response;
      } catch (error) {
        if (frozen) return never;
        throw error;
      }
    });
  try {
    return await Promise.race([start(onClient), whenKilled]);
  } finally {
    stop();
  }
}
