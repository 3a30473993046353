// globalSetup of the `browser` test project: one Chromium for the whole run, which each browser
// test file connects to (chromium.ts testBrowser), instead of one launch per file.
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './chromium.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The run's Chromium (a playwright wsEndpoint), when the project started one. */
    chromiumEndpoint: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
