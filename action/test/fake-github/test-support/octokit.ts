// An Octokit configured like the action's (retry + throttling), with waits scaled down so tests
// exercise every retry path in milliseconds: one "second" of retry-after lasts TEST_SECOND_MS.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export const TEST_SECOND_MS = 10;
/** How many times the rate-limit handlers agree to retry. */
export const RATE_LIMIT_RETRIES = 2;

export interface RateLimitNotice {
  kind: 'primary' | 'secondary';
  retryAfterSeconds: number;
  method: string;
  url: string;
}

/**
 * The throttling plugin spaces writes 1 s apart, and writes that notify people (issues,
 * comments) 3 s apart; tests skip those waits but keep the plugin's rate-limit handling.
 */
const noWaitGroup = {
  key: () => ({
    schedule: <T>(_options: unknown, task: (...args: unknown[]) => T, ...args: unknown[]) => task(...args),
  }),
};

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** Retry and throttling options with scaled-down waits; rate-limit notices land in `notices`. */
export function testOctokitOptions(notices: RateLimitNotice[]) {
  const handler =
    (kind: RateLimitNotice['kind']) =>
    (retryAfterSeconds: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      notices.push({ kind, retryAfterSeconds, method: options.method, url: options.url });
      return retryCount < RATE_LIMIT_RETRIES;
    };
  return {
    log: silent,
    retry: { retryAfterBaseValue: TEST_SECOND_MS },
    throttle: {
      retryAfterBaseValue: TEST_SECOND_MS,
      write: noWaitGroup as never,
      notifications: noWaitGroup as never,
      search: noWaitGroup as never,
      onRateLimit: handler('primary'),
      onSecondaryRateLimit: handler('secondary'),
    },
  };
}

export function createTestOctokit(baseUrl: string, token = 'test-token') {
  const notices: RateLimitNotice[] = [];
  const RetryingOctokit = Octokit.plugin(retry, throttling);
  const octokit = new RetryingOctokit({ auth: token, baseUrl, ...testOctokitOptions(notices) });
  return { octokit, notices };
}
