// globalSetup of the `bundled` test project: bundles the current source once per test run, for
// every file that runs the bundled action (run-action.ts), instead of once per file.
import type { TestProject } from 'vitest/node';
import { bundleAction } from './run-action.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The bundled action's entry file, when the project bundled it. */
    actionBundle: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('actionBundle', await bundleAction());
}
