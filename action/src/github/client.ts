// The one place an Octokit is made. Retries (5xx, connection resets) and throttling (primary
// and secondary rate limits, honouring retry-after and x-ratelimit-reset) come from Octokit's
// own plugins; a bare 429 is sent again only after its retry-after (ADR 91). Each retry is
// logged (method, route, and status or connection error, never what GitHub answered), so a run
// waiting on an API that does not answer says so. The API base is passed in (`apiBaseUrl` reads
// GITHUB_API_URL at the edge: GitHub Enterprise Server, or a test server), because
// @actions/github reads it once at import time; GraphQL follows it (`…/api/v3` →
// `…/api/graphql` on GHES). Rate-limit waits are logged through the Logger given; how long the
// plugins wait comes from `pacing`.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../runtime/logger.ts';
import { bareTooManyRequestsWait, errorMessage, isUnreachable, statusOf } from './errors.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Retries after a rate limit before giving up; the run is idempotent, so giving up is safe. */
export const MAX_RATE_LIMIT_RETRIES = 3;
/** Times the retry plugin sends a request again after a 5xx or no answer (its own default, pinned). */
export const MAX_REQUEST_RETRIES = 3;
/**
 * Statuses the retry plugin must not retry on its own back-off: the request itself is wrong, or
 * the thing is gone; or 429, which is sent again only after the wait GitHub names (the throttling
 * plugin's for a rate limit, retryPolicy's for a bare 429).
 */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
export const DEFAULT_API_URL = 'https://api.github.com';

/** How Octokit's plugins wait: the length of one second of `retry-after` and back-off, and write spacing. */
export interface Pacing {
  /** Milliseconds one second of `retry-after` (and of the retry plugin's back-off) lasts. */
  secondMs: number;
  /**
   * Space writes 1 s apart, and writes that notify people 3 s apart, as GitHub asks of
   * integrations. Only a client talking to a test server turns this off.
   */
  spaceWrites: boolean;
}

/** GitHub's own pacing: what every real run uses. */
export const GITHUB_PACING: Pacing = { secondMs: 1000, spaceWrites: true };

export interface GitHubClientOptions {
  /** REST base URL, e.g. https://api.github.com or https://ghes.example.com/api/v3. */
  baseUrl: string;
  log: Logger;
  pacing?: Pacing;
}

/** The REST base URL a runner (or the CLI's environment) names. */
export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/$/, '');
}

/** The part of the retry plugin's API a hook uses to ask for a retry with a wait of its own. */
interface RetryApi {
  retry: { retryRequest(error: unknown, retries: number, retryAfterSeconds: number): Error };
}

/**
 * An Octokit plugin applied before the retry plugin, so its error hook sits inside the retry loop
 * and sees every attempt. It logs each failed attempt the retry plugin will send again. A bare
 * 429, which the throttling plugin does not take for a rate limit, it has sent again after the
 * `retry-after` GitHub names, never sooner; a request sent with `retries: 0` (a create, which
 * checks before sending again) is left to its caller.
 */
function retryPolicy(log: Logger) {
  return (octokit: Pick<GitHubClient, 'hook'>) => {
    octokit.hook.error('request', (error, options) => {
      const status = statusOf(error);
      const request = options.request as { retryCount?: number; retries?: number } | undefined;
      const retries = request?.retries ?? MAX_REQUEST_RETRIES;
      // The retry plugin counts the retries already sent on the request's options.
      const attempt = (request?.retryCount ?? 0) + 1;
      if (attempt > retries || status === undefined || status < 400) throw error;
      const where = `${options.method} ${options.url}`;
      if (status === 429) {
        const seconds = bareTooManyRequestsWait(error);
        if (seconds === undefined) throw error;
        log.warning(`GitHub API: status 429 on ${where}; retrying in ${seconds}s (${attempt}/${retries})`);
        throw (octokit as unknown as RetryApi).retry.retryRequest(error, retries, seconds);
      }
      if (!DO_NOT_RETRY.includes(status)) {
        const what = isUnreachable(error) ? `no answer (${errorMessage(error)})` : `status ${status}`;
        log.warning(`GitHub API: ${what} on ${where}; retrying (${attempt}/${retries})`);
      }
      throw error;
    });
  };
}

/** A Bottleneck group stand-in that runs every task at once (no write spacing). */
const unspaced = {
  key: () => ({
    schedule: <T>(_options: unknown, task: (...args: unknown[]) => T, ...args: unknown[]) => task(...args),
  }),
};

export function createGitHubClient(token: string, options: GitHubClientOptions): GitHubClient {
  const { log } = options;
  const pacing = options.pacing ?? GITHUB_PACING;
  const onLimit =
    (what: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      log.warning(
        `GitHub ${what} on ${request.method} ${request.url}; retrying in ${retryAfter}s (${retryCount + 1}/${MAX_RATE_LIMIT_RETRIES})`,
      );
      return retryCount < MAX_RATE_LIMIT_RETRIES;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: pacing.secondMs,
        ...(pacing.spaceWrites
          ? {}
          : { write: unspaced as never, notifications: unspaced as never, search: unspaced as never }),
      },
      retry: { doNotRetry: DO_NOT_RETRY, retries: MAX_REQUEST_RETRIES, retryAfterBaseValue: pacing.secondMs },
    },
    retryPolicy(log),
    retry,
    throttling,
  );
}
