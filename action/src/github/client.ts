// The one place an Octokit is made. Retries (5xx, connection resets) and throttling (primary
// and secondary rate limits, honouring retry-after and x-ratelimit-reset) come from Octokit's
// own plugins; GITHUB_API_URL (GitHub Enterprise Server, or a test server) is honoured by
// @actions/github, and GraphQL follows it (`…/api/v3` → `…/api/graphql` on GHES).
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Retries after a rate limit before giving up; the run is idempotent, so giving up is safe. */
export const MAX_RATE_LIMIT_RETRIES = 3;
/** Statuses the retry plugin must not retry: the request itself is wrong, or the thing is gone. */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];

/**
 * TEST ONLY. With ROLLBOOK_TEST_FAST_RETRY=1 one "second" of retry-after (and of the retry
 * plugin's back-off) lasts this many milliseconds, and the throttler's 1 s / 3 s spacing of
 * writes is skipped, so end-to-end tests of the bundled action can exercise every retry path
 * quickly. Never set it in a workflow: the spacing is what keeps a real run under GitHub's
 * secondary rate limits.
 */
export const FAST_RETRY_ENV = 'ROLLBOOK_TEST_FAST_RETRY';
const FAST_SECOND_MS = 10;

/** How long one second of `retry-after` lasts: 1,000 ms, or FAST_SECOND_MS under the test knob. */
export function retrySecondMs(env: NodeJS.ProcessEnv = process.env): number {
  return env[FAST_RETRY_ENV] === '1' ? FAST_SECOND_MS : 1000;
}

const noWaitGroup = {
  key: () => ({
    schedule: <T>(_options: unknown, task: (...args: unknown[]) => T, ...args: unknown[]) => task(...args),
  }),
};

export function createGitHubClient(
  token: string,
  options: { retryAfterBaseMs?: number; env?: NodeJS.ProcessEnv } = {},
): GitHubClient {
  const fast = (options.env ?? process.env)[FAST_RETRY_ENV] === '1';
  if (fast) core.warning(`${FAST_RETRY_ENV}=1: test-only fast retries, writes are not spaced`);
  const onLimit =
    (what: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      core.warning(
        `GitHub ${what} on ${request.method} ${request.url}; retrying in ${retryAfter}s (${retryCount + 1}/${MAX_RATE_LIMIT_RETRIES})`,
      );
      return retryCount < MAX_RATE_LIMIT_RETRIES;
    };
  return getOctokit(
    token,
    {
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(options.retryAfterBaseMs !== undefined
          ? { fallbackSecondaryRateRetryAfter: options.retryAfterBaseMs / 1000 }
          : {}),
        ...(fast
          ? {
              retryAfterBaseValue: FAST_SECOND_MS,
              write: noWaitGroup as never,
              notifications: noWaitGroup as never,
              search: noWaitGroup as never,
            }
          : {}),
      },
      retry: { doNotRetry: DO_NOT_RETRY, ...(fast ? { retryAfterBaseValue: FAST_SECOND_MS } : {}) },
    },
    retry,
    throttling,
  );
}
