// Killing the action's process between two writes, deterministically: a preloaded module makes
// the child write its pid to a file, and the fake's afterWrite(n) hook SIGKILLs it after write n
// was applied and before its answer leaves. Test-only; nothing in the action knows about it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FakeGitHub } from '../fake-github/server.ts';
import type { ActionRun } from '../helpers/run-action.ts';

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
