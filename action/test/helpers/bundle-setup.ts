// globalSetup of the test projects that run the bundled action (`bundled`, `prometheus`): one
// bundle of the current source per test run, for every file that runs it (run-action.ts), instead
// of one per file or per worker. Under `npm test` the check stage has just bundled the source to
// compare it with action/dist and hands that bundle over (ROLLBOOK_TEST_BUNDLE, ADR 60); the
// projects of one vitest run share one bundle.
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleAction } from './run-action.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The bundled action's entry file, when the project bundled it. */
    actionBundle: string | undefined;
  }
}

/** Shared by every project's setup in this vitest process (each may load this module anew). */
const SHARED = Symbol.for('rollbook.test.actionBundle');
const shared = globalThis as { [SHARED]?: Promise<string> };

export default async function setup(project: TestProject): Promise<() => void> {
  const handed = process.env.ROLLBOOK_TEST_BUNDLE;
  if (handed) {
    if (!existsSync(handed)) throw new Error(`ROLLBOOK_TEST_BUNDLE names ${handed}, which does not exist`);
    project.provide('actionBundle', handed);
    return () => {}; // npm test removes it
  }
  shared[SHARED] ??= bundleAction();
  const entry = await shared[SHARED];
  project.provide('actionBundle', entry);
  // Teardowns run when the whole run ends, so no project removes it under another's tests.
  return () => rmSync(dirname(entry), { recursive: true, force: true });
}
