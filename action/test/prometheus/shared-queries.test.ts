// The shared query pool: identical requests go upstream once, at most `concurrency`
// at a time, with counters for the benchmark.
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_CONCURRENCY, SharedQueries } from '../../src/gates/providers/shared-queries.ts';
import type {
  InstantRequest,
  MetricProvider,
  MetricReading,
  RangeReading,
  RangeRequest,
} from '../../src/gates/providers/types.ts';

/** Requests in flight, possibly across several providers. */
class InFlight {
  now = 0;
  max = 0;
}

/** A provider that counts calls and in-flight requests, answering after `delayMs`. */
class CountingProvider implements MetricProvider {
  readonly name = 'counting';
  readonly source = 'counting test provider';
  calls: string[] = [];
  readonly delayMs: number;
  readonly inFlight: InFlight;

  constructor(delayMs = 10, inFlight = new InFlight()) {
    this.delayMs = delayMs;
    this.inFlight = inFlight;
  }

  get maxInFlight(): number {
    return this.inFlight.max;
  }

  async instant(request: InstantRequest): Promise<MetricReading> {
    return this.#answer(`${request.query}@${request.at.getTime()}`, {
      status: 'ok',
      value: request.query.length,
      source: this.source,
    });
  }

  async range(request: RangeRequest): Promise<RangeReading> {
    const points = [{ at: request.start, value: 1 }];
    return this.#answer(`range ${request.query}`, { status: 'ok', points, skipped: 0, source: this.source });
  }

  async #answer<T>(call: string, reading: T): Promise<T> {
    this.calls.push(call);
    this.inFlight.now++;
    this.inFlight.max = Math.max(this.inFlight.max, this.inFlight.now);
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    this.inFlight.now--;
    return reading;
  }
}

const AT = new Date('2026-11-23T09:00:00Z');

describe('SharedQueries', () => {
  it('N identical concurrent requests make one upstream query, sharing the reading', async () => {
    const upstream = new CountingProvider();
    const pool = new SharedQueries();
    const shared = pool.wrap(upstream);
    const readings = await Promise.all(Array.from({ length: 25 }, () => shared.instant({ query: 'errors', at: AT })));
    expect(upstream.calls).toEqual([`errors@${AT.getTime()}`]);
    expect(new Set(readings).size).toBe(1);
    expect(pool.stats).toEqual({ requested: 25, fetched: 1, maxInFlight: 1 });
    // Later requests are answered from the pool too.
    await shared.instant({ query: 'errors', at: new Date(AT) });
    expect(pool.stats).toMatchObject({ requested: 26, fetched: 1 });
  });

  it('queries = distinct (query, time) pairs across gates and plans', async () => {
    const upstream = new CountingProvider(1);
    const pool = new SharedQueries();
    const shared = pool.wrap(upstream);
    const queries = ['a', 'b', 'c', 'd'];
    const times = [AT, new Date(AT.getTime() - 7 * 86_400_000)];
    // 10 plans x every gate asks for every (query, time): 80 requests, 8 distinct.
    const requests = Array.from({ length: 10 }, () =>
      queries.flatMap((query) => times.map((at) => ({ query, at }))),
    ).flat();
    await Promise.all(requests.map((request) => shared.instant(request)));
    expect(pool.stats).toMatchObject({ requested: 80, fetched: queries.length * times.length });
    expect(upstream.calls).toHaveLength(8);
  });

  it('tells apart fields, providers and range windows', async () => {
    const first = new CountingProvider(1);
    const second = new CountingProvider(1);
    const pool = new SharedQueries();
    const [a, b] = [pool.wrap(first), pool.wrap(second)];
    await Promise.all([
      a.instant({ query: 'q', at: AT }),
      a.instant({ query: 'q', at: AT, field: 'data.value' }),
      b.instant({ query: 'q', at: AT }),
      a.range?.({ query: 'q', start: AT, end: AT, stepSeconds: 60 }),
      a.range?.({ query: 'q', start: AT, end: AT, stepSeconds: 60 }),
      a.range?.({ query: 'q', start: AT, end: AT, stepSeconds: 3600 }),
    ]);
    expect(first.calls).toHaveLength(4);
    expect(second.calls).toHaveLength(1);
    expect(pool.stats).toMatchObject({ requested: 6, fetched: 5 });
  });

  it('keeps at most `concurrency` upstream requests in flight', async () => {
    const upstream = new CountingProvider(5);
    const pool = new SharedQueries({ concurrency: 3 });
    const shared = pool.wrap(upstream);
    const readings = await Promise.all(
      Array.from({ length: 20 }, (_, i) => shared.instant({ query: `q${i}`, at: AT })),
    );
    expect(readings.every((r) => r.status === 'ok')).toBe(true);
    expect(upstream.calls).toHaveLength(20);
    expect(upstream.maxInFlight).toBe(3);
    expect(pool.stats.maxInFlight).toBe(3);
  });

  it('defaults to DEFAULT_QUERY_CONCURRENCY, shared by every provider it wraps', async () => {
    const both = new InFlight();
    const [first, second] = [new CountingProvider(5, both), new CountingProvider(5, both)];
    const pool = new SharedQueries();
    const wrapped = [pool.wrap(first), pool.wrap(second)];
    await Promise.all(Array.from({ length: 20 }, (_, i) => wrapped[i % 2]!.instant({ query: `q${i}`, at: AT })));
    expect(pool.concurrency).toBe(DEFAULT_QUERY_CONCURRENCY);
    expect(pool.stats.maxInFlight).toBe(DEFAULT_QUERY_CONCURRENCY);
    expect(both.max).toBe(DEFAULT_QUERY_CONCURRENCY);
    expect([first.calls.length, second.calls.length]).toEqual([10, 10]);
  });

  it('a provider that throws gives an error reading and frees its slot', async () => {
    const throwing: MetricProvider = {
      name: 'throwing',
      source: 'throwing provider',
      instant: async () => {
        throw new Error('bug');
      },
    };
    const pool = new SharedQueries({ concurrency: 1 });
    const shared = pool.wrap(throwing);
    expect(shared.range).toBeUndefined();
    const readings = await Promise.all([
      shared.instant({ query: 'x', at: AT }),
      shared.instant({ query: 'y', at: AT }),
    ]);
    expect(readings).toEqual([
      { status: 'error', source: 'throwing provider', error: 'throwing provider: failed unexpectedly (Error: bug)' },
      { status: 'error', source: 'throwing provider', error: 'throwing provider: failed unexpectedly (Error: bug)' },
    ]);
    expect(pool.stats).toMatchObject({ fetched: 2, maxInFlight: 1 });
  });
});
