// Primary rate limits per resource, in real time (Octokit's throttling compares the reset header
// with Date.now(), so the fake clock must not shift it). Every response carries the headers.

export type RateResource = 'core' | 'graphql' | 'search';

/** GITHUB_TOKEN's budget: 1,000 requests per hour per repository. */
export const DEFAULT_HOURLY_LIMIT = 1000;
const WINDOW_MS = 60 * 60 * 1000;

export interface RateSnapshot {
  resource: RateResource;
  limit: number;
  used: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
}

interface Bucket {
  limit: number;
  used: number;
  windowStartMs: number;
}

export class RateLimiter {
  readonly #buckets = new Map<RateResource, Bucket>();

  constructor(limits: Partial<Record<RateResource, number>> = {}) {
    for (const resource of ['core', 'graphql', 'search'] as const) {
      this.#buckets.set(resource, {
        limit: limits[resource] ?? DEFAULT_HOURLY_LIMIT,
        used: 0,
        windowStartMs: Date.now(),
      });
    }
  }

  /** Counts one request (or `cost` GraphQL points) and returns the state after it. */
  charge(resource: RateResource, cost = 1): RateSnapshot {
    const bucket = this.#current(resource);
    bucket.used = Math.min(bucket.used + cost, bucket.limit);
    return this.peek(resource);
  }

  /** Gives one request back: GitHub does not count answers of 304 Not Modified. */
  refund(resource: RateResource): RateSnapshot {
    const bucket = this.#current(resource);
    bucket.used = Math.max(bucket.used - 1, 0);
    return this.peek(resource);
  }

  isExhausted(resource: RateResource): boolean {
    const bucket = this.#current(resource);
    return bucket.used >= bucket.limit;
  }

  peek(resource: RateResource): RateSnapshot {
    const bucket = this.#current(resource);
    return {
      resource,
      limit: bucket.limit,
      used: bucket.used,
      remaining: bucket.limit - bucket.used,
      reset: Math.ceil((bucket.windowStartMs + WINDOW_MS) / 1000),
    };
  }

  /** Uses up the budget until `resetAfterMs` from now, as if other jobs had spent it. */
  exhaust(resource: RateResource, resetAfterMs: number): void {
    const bucket = this.#current(resource);
    bucket.used = bucket.limit;
    bucket.windowStartMs = Date.now() + resetAfterMs - WINDOW_MS;
  }

  #current(resource: RateResource): Bucket {
    const bucket = this.#buckets.get(resource)!;
    if (Date.now() >= bucket.windowStartMs + WINDOW_MS) {
      bucket.used = 0;
      bucket.windowStartMs = Date.now();
    }
    return bucket;
  }
}

export function rateLimitHeaders(snapshot: RateSnapshot): Record<string, string> {
  return {
    'x-ratelimit-limit': String(snapshot.limit),
    'x-ratelimit-remaining': String(snapshot.remaining),
    'x-ratelimit-reset': String(snapshot.reset),
    'x-ratelimit-used': String(snapshot.used),
    'x-ratelimit-resource': snapshot.resource,
  };
}
