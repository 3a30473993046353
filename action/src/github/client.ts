// The one place an Octokit is made. Retries (5xx, connection resets) and throttling (primary
// and secondary rate limits, honouring retry-after and x-ratelimit-reset) come from Octokit's
// own plugins; GITHUB_API_URL (GitHub Enterprise Server, or a test server) is honoured by
// @actions/github.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Retries after a rate limit before giving up; the run is idempotent, so giving up is safe. */
export const MAX_RATE_LIMIT_RETRIES = 3;

export function createGitHubClient(token: string, options: { retryAfterBaseMs?: number } = {}): GitHubClient {
  return getOctokit(
    token,
    {
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          core.warning(
            `GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s (${retryCount + 1}/${MAX_RATE_LIMIT_RETRIES})`,
          );
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          core.warning(
            `GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s (${retryCount + 1}/${MAX_RATE_LIMIT_RETRIES})`,
          );
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        ...(options.retryAfterBaseMs !== undefined
          ? { fallbackSecondaryRateRetryAfter: options.retryAfterBaseMs / 1000 }
          : {}),
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
}
