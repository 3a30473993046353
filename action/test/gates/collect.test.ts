import { describe, expect, it } from 'vitest';
import { benchmarkGateEvaluation } from '../../src/gates/bench.ts';
import { collectMeasurements, planSources } from '../../src/gates/collect.ts';
import { SharedQueries } from '../../src/gates/providers/shared-queries.ts';
import type {
  InstantRequest,
  MetricProvider,
  MetricReading,
  RangeReading,
  RangeRequest,
} from '../../src/gates/providers/types.ts';
import { AT, checkoutPlan, DAY } from './helpers.ts';

/** A provider that answers from a table and records what it was asked. */
class FakeProvider implements MetricProvider {
  readonly name = 'prometheus';
  readonly source = 'fake';
  readonly instants: InstantRequest[] = [];
  readonly ranges: RangeRequest[] = [];
  readonly #values: (query: string, at: Date) => number | undefined;
  readonly #delayMs: number;
  constructor(values: (query: string, at: Date) => number | undefined, delayMs = 0) {
    this.#values = values;
    this.#delayMs = delayMs;
  }
  async instant(request: InstantRequest): Promise<MetricReading> {
    this.instants.push(request);
    if (this.#delayMs) await new Promise((r) => setTimeout(r, this.#delayMs));
    const value = this.#values(request.query, request.at);
    return value === undefined
      ? { status: 'no-data', source: this.source, reason: 'empty', detail: 'no series' }
      : { status: 'ok', value, source: this.source };
  }
  async range(request: RangeRequest): Promise<RangeReading> {
    this.ranges.push(request);
    return {
      status: 'ok',
      skipped: 0,
      source: this.source,
      points: [{ at: request.end, value: this.#values(request.query, request.end) ?? 0 }],
    };
  }
}

const plan = checkoutPlan();
const activatedAt = new Date(AT.getTime() - 2 * DAY);

describe('collectMeasurements', () => {
  it('reads what each metric gate needs: value, control, last week, and series', async () => {
    const provider = new FakeProvider((query, at) => (at.getTime() < AT.getTime() - DAY ? 100 : query.length));
    const m = await collectMeasurements({
      plan,
      target: 'canary',
      at: AT,
      activatedAt,
      resolve: planSources({ prometheus: provider }),
    });
    expect(Object.keys(m).sort()).toEqual([
      'metric-error-rate',
      'metric-orders',
      'metric-p99-latency',
      'metric-success-rate',
    ]);
    // The {window} placeholder is filled with the metric's window.
    expect(provider.instants.map((r) => r.query)).toContain(
      'sum(rate(http_errors_total{service="checkout"}[5m])) / sum(rate(http_requests_total{service="checkout"}[5m]))',
    );
    expect(m['metric-p99-latency']?.baseline?.status).toBe('ok');
    expect(m['metric-orders']?.lastWeek).toEqual({ status: 'ok', value: 100, source: 'fake' });
    const lastWeekRequest = provider.instants.find((r) => r.at.getTime() === AT.getTime() - 7 * DAY);
    expect(lastWeekRequest?.query).toBe('sum(rate(orders_total[1h])) * 60');
    // History: the range since activation; last week's series is moved forward to line up.
    expect(
      provider.ranges.some((r) => r.start.getTime() === activatedAt.getTime() && r.end.getTime() === AT.getTime()),
    ).toBe(true);
    const reference = m['metric-orders']?.history?.reference;
    expect(reference?.status === 'ok' && reference.points[0]?.at.getTime()).toBe(AT.getTime());
    expect(m['metric-error-rate']?.lastWeek).toBeUndefined();
  });

  it('a missing provider becomes an error reading, not an exception', async () => {
    const m = await collectMeasurements({ plan, target: 'canary', at: AT, resolve: planSources({}), history: false });
    expect(m['metric-error-rate']?.current).toEqual({
      status: 'error',
      source: 'prometheus',
      error: 'prometheus: no prometheus provider is configured',
    });
    expect(m['metric-error-rate']?.history).toBeUndefined();
  });

  it('a provider without ranges gives no history and nothing else changes', async () => {
    const provider = new FakeProvider(() => 1);
    const noRange: MetricProvider = { name: 'prometheus', source: 'fake', instant: (r) => provider.instant(r) };
    const m = await collectMeasurements({
      plan,
      target: 'canary',
      at: AT,
      activatedAt,
      resolve: planSources({ prometheus: noRange }),
    });
    expect(m['metric-error-rate']?.history).toBeUndefined();
    expect(m['metric-error-rate']?.current.status).toBe('ok');
  });

  it('promoting into the first phase reads nothing', async () => {
    const provider = new FakeProvider(() => 1);
    expect(
      await collectMeasurements({ plan, target: 'staging', at: AT, resolve: planSources({ prometheus: provider }) }),
    ).toEqual({});
    expect(provider.instants).toEqual([]);
  });

  it('through a shared pool, identical requests go out once', async () => {
    const provider = new FakeProvider(() => 1);
    const pool = new SharedQueries();
    const resolve = planSources({ prometheus: pool.wrap(provider) });
    await collectMeasurements({ plan, target: 'canary', at: AT, activatedAt, resolve });
    const first = provider.instants.length + provider.ranges.length;
    await collectMeasurements({ plan, target: 'canary', at: AT, activatedAt, resolve });
    expect(provider.instants.length + provider.ranges.length).toBe(first);
    expect(pool.stats.requested).toBe(2 * pool.stats.fetched);
  });
});

describe('benchmarkGateEvaluation', () => {
  it('makes one request per distinct (query, window) pair', async () => {
    const provider = new FakeProvider(() => 0.5, 2);
    const result = await benchmarkGateEvaluation({ plans: 50, gatesPerPlan: 5, provider, at: AT, concurrency: 4 });
    expect(result.distinctPairs).toBe(20);
    expect(result.requestsMade).toBe(result.distinctPairs);
    expect(result.requestsAsked).toBe(250);
    expect(result.concurrency).toBe(4);
    expect(result.maxInFlight).toBeLessThanOrEqual(4);
    expect(result.maxInFlight).toBeGreaterThan(1);
    expect(result.verdicts).toEqual({ PROMOTE: 50, HOLD: 0, 'ROLL BACK': 0, 'ROLL FORWARD': 0, FROZEN: 0 });
    expect(new Set(provider.instants.map((r) => r.query)).size).toBe(20);
    expect(result.wallMs).toBeGreaterThanOrEqual(0);
  });
});
