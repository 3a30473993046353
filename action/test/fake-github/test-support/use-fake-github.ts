// Vitest wiring: a fresh fake per test, stopped afterwards, failing the test on any drift. Either
// `useFakeGitHub()` (hooks; one test at a time) or the `fake` fixture of `withFakeGitHub()`, which
// tests in a `describe.concurrent` can use, each holding its own fake (ADR 66).
import { afterEach, beforeEach, it } from 'vitest';
import { type FakeGitHub, type FakeGitHubOptions, startFakeGitHub } from '../server.ts';
import { createTestOctokit } from './octokit.ts';

export interface FakeGitHubFixture {
  fake: FakeGitHub;
  octokit: ReturnType<typeof createTestOctokit>['octokit'];
  notices: ReturnType<typeof createTestOctokit>['notices'];
  /** `{ owner, repo }` for Octokit route parameters. */
  repo: { owner: string; repo: string };
}

export function useFakeGitHub(options: FakeGitHubOptions = {}): () => FakeGitHubFixture {
  let current: FakeGitHubFixture | undefined;
  beforeEach(async () => {
    const fake = await startFakeGitHub(options);
    const { octokit, notices } = createTestOctokit(fake.url);
    current = { fake, octokit, notices, repo: { owner: fake.state.owner, repo: fake.state.repo } };
  });
  afterEach(async () => {
    const fake = current?.fake;
    current = undefined;
    if (!fake) return;
    try {
      fake.assertNoDrift();
    } finally {
      await fake.stop();
    }
  });
  return () => {
    if (!current) throw new Error('useFakeGitHub: only available inside a test');
    return current;
  };
}

/** `it` with a fresh fake of its own, started with `options`, checked for drift after the test and stopped. */
export function withFakeGitHub(options: FakeGitHubOptions = {}) {
  return it.extend<{ fake: FakeGitHub }>({
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
    fake: async ({}, use) => {
      const fake = await startFakeGitHub(options);
      try {
        await use(fake);
        fake.assertNoDrift();
      } finally {
        await fake.stop();
      }
    },
  });
}
