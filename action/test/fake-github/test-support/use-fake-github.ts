// Vitest wiring: a fresh fake per test, stopped afterwards, failing the test on any drift.
import { afterEach, beforeEach } from 'vitest';
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
