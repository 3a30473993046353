// One pool per gate-report run: identical requests from several gates or several plans
// (same provider, query, field and time or window) go upstream once, sharing the
// in-flight promise, and at most `concurrency` upstream requests run at a time so a
// report over many plans does not flood the metrics backend. Results, errors included,
// are kept for the pool's life, so a report is consistent within itself. For requests
// to coincide, evaluate every gate of a run at the same `at`.
import type { InstantRequest, MetricProvider, MetricReading, RangeReading, RangeRequest } from './types.ts';

export const DEFAULT_QUERY_CONCURRENCY = 4;

export interface SharedQueryStats {
  /** Calls made by gates (instant + range). */
  requested: number;
  /** Calls that reached a provider: the number of distinct requests. */
  fetched: number;
  /** The most upstream calls in flight at once (never above the concurrency). */
  maxInFlight: number;
}

export class SharedQueries {
  readonly concurrency: number;
  // Values are Promise<MetricReading> for instant keys and Promise<RangeReading> for range keys.
  readonly #results = new Map<string, Promise<unknown>>();
  readonly #providerIds = new WeakMap<MetricProvider, number>();
  #nextProviderId = 0;
  readonly #waiting: Array<() => void> = [];
  #inFlight = 0;
  #stats: SharedQueryStats = { requested: 0, fetched: 0, maxInFlight: 0 };

  constructor(options: { concurrency?: number } = {}) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_QUERY_CONCURRENCY));
  }

  get stats(): SharedQueryStats {
    return { ...this.#stats };
  }

  /** The provider as seen through the pool: same interface, shared and bounded. */
  wrap(provider: MetricProvider): MetricProvider {
    const id = this.#idOf(provider);
    const wrapped: MetricProvider = {
      name: provider.name,
      source: provider.source,
      instant: (request: InstantRequest) =>
        this.#share(
          provider,
          keyOf(id, 'instant', request.at.getTime(), request.field, request.maxAgeMs, request.timeField, request.query),
          () => provider.instant(request),
        ),
    };
    const range = provider.range?.bind(provider);
    if (range) {
      wrapped.range = (request: RangeRequest) =>
        this.#share(
          provider,
          keyOf(
            id,
            'range',
            request.start.getTime(),
            request.end.getTime(),
            request.stepSeconds,
            request.field,
            request.query,
          ),
          () => range(request),
        );
    }
    return wrapped;
  }

  #idOf(provider: MetricProvider): number {
    let id = this.#providerIds.get(provider);
    if (id === undefined) {
      id = this.#nextProviderId++;
      this.#providerIds.set(provider, id);
    }
    return id;
  }

  #share<T extends MetricReading | RangeReading>(
    provider: MetricProvider,
    key: string,
    load: () => Promise<T>,
  ): Promise<T> {
    this.#stats.requested++;
    let result = this.#results.get(key) as Promise<T> | undefined;
    if (!result) {
      result = this.#limited(provider, load);
      this.#results.set(key, result);
    }
    return result;
  }

  async #limited<T extends MetricReading | RangeReading>(provider: MetricProvider, load: () => Promise<T>): Promise<T> {
    while (this.#inFlight >= this.concurrency) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#inFlight++;
    this.#stats.fetched++;
    this.#stats.maxInFlight = Math.max(this.#stats.maxInFlight, this.#inFlight);
    try {
      return await load();
    } catch (error) {
      // Providers should not throw; if one does, every gate sharing the request gets an error reading.
      const { source } = provider;
      return { status: 'error', source, error: `${source}: failed unexpectedly (${String(error)})` } as T;
    } finally {
      this.#inFlight--;
      this.#waiting.shift()?.();
    }
  }
}

function keyOf(...parts: Array<string | number | undefined>): string {
  return JSON.stringify(parts);
}
