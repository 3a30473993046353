// The prometheus provider against a real Prometheus (Debian's, backfilled with the
// fixture): values, no-data cases, baseline, week-over-week, history, live scrape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrometheusProvider } from '../../src/gates/providers/prometheus.ts';
import { SharedQueries } from '../../src/gates/providers/shared-queries.ts';
import type { InstantRequest, MetricReading } from '../../src/gates/providers/types.ts';
import { readWeekOverWeek, WEEK_MS } from '../../src/gates/providers/week-over-week.ts';
import { EXPECTED, RETIRED_AGO_SECONDS } from './fixture.ts';
import { HARNESS_START_TIMEOUT_MS, type PrometheusHarness } from './prometheus-server.ts';
import { testPrometheus } from './shared.ts';

const DAY_MS = 86_400_000;
/**
 * Prometheus starts scraping about 5s after it starts (its target-discovery reload
 * interval), then every second; allow for a slow machine.
 */
const LIVE_VALUE_DEADLINE_MS = 60_000;

let prom: PrometheusHarness;
let provider: PrometheusProvider;

beforeAll(async () => {
  prom = await testPrometheus();
  provider = new PrometheusProvider({ baseUrl: prom.url });
}, HARNESS_START_TIMEOUT_MS);

afterAll(async () => {
  await prom?.stop();
});

const at = (msBeforeNow = 0) => new Date(prom.now.getTime() - msBeforeNow);
const read = (query: string, when = at()) => provider.instant({ query, at: when });
/** The number of an ok reading; any other reading fails the test with its reason. */
function numberOf(reading: MetricReading): number {
  if (reading.status !== 'ok') throw new Error(`expected a value, got ${JSON.stringify(reading)}`);
  return reading.value;
}

describe('instant values', () => {
  it('reads a value that passes its gate', async () => {
    const reading = await read('rollbook_checkout_success_ratio{service="checkout"}');
    expect(reading).toEqual({ status: 'ok', value: EXPECTED.success, source: `prometheus at ${prom.url}` });
    expect(numberOf(reading)).toBeGreaterThanOrEqual(0.99);
  });

  it('reads values that breach a gate, and the rollback threshold', async () => {
    const dispatch = numberOf(await read('rollbook_error_ratio{service="dispatch"}'));
    const billing = numberOf(await read('rollbook_error_ratio{service="billing"}'));
    expect(dispatch).toBe(EXPECTED.dispatchErrors);
    expect(billing).toBe(EXPECTED.billingErrors);
    // Gate at 0.02, rollback at 0.05: dispatch breaches the gate only, billing both.
    expect([dispatch > 0.02, dispatch > 0.05]).toEqual([true, false]);
    expect([billing > 0.02, billing > 0.05]).toEqual([true, true]);
  });

  it('reads scalar results', async () => {
    expect(numberOf(await read('scalar(sum(rollbook_error_ratio))'))).toBeCloseTo(0.11, 10);
  });

  it('reads the value at the requested time, not the latest', async () => {
    expect(numberOf(await read('rollbook_days_ago', at(2 * DAY_MS)))).toBe(2);
  });
});

describe('no data', () => {
  it('an empty vector is no-data', async () => {
    expect(await read('rollbook_metric_that_does_not_exist')).toMatchObject({ status: 'no-data', reason: 'empty' });
  });

  it('a series that stopped reporting is no-data now, and a value before it stopped', async () => {
    expect(await read('rollbook_retired_gauge')).toMatchObject({ status: 'no-data', reason: 'empty' });
    expect(numberOf(await read('rollbook_retired_gauge', at(RETIRED_AGO_SECONDS * 1000)))).toBe(1);
  });

  it('NaN is no-data, never a number', async () => {
    const reading = await read('rollbook_p99_latency_seconds{route="/cancel"}');
    expect(reading).toEqual({ status: 'no-data', reason: 'nan', detail: 'NaN', source: `prometheus at ${prom.url}` });
    expect(await read('max(rollbook_p99_latency_seconds)')).toMatchObject({ status: 'no-data', reason: 'nan' });
    expect(await read('0 / 0')).toMatchObject({ status: 'no-data', reason: 'nan' });
  });

  it('infinities are no-data too', async () => {
    expect(await read('rollbook_queue_age_seconds')).toMatchObject({
      status: 'no-data',
      reason: 'infinite',
      detail: '+Inf',
    });
    expect(await read('-1 / 0')).toMatchObject({ status: 'no-data', reason: 'infinite', detail: '-Inf' });
  });
});

describe('result shapes a gate cannot use', () => {
  it('several series are an error that asks for aggregation', async () => {
    const reading = await read('rollbook_http_error_ratio');
    expect(reading.status).toBe('error');
    const { error } = reading as { error: string };
    expect(error).toContain(`prometheus at ${prom.url}: the query returned 2 series`);
    expect(error).toContain('rollbook_http_error_ratio{track="canary"}');
    expect(error).toContain('aggregate');
    expect(numberOf(await read('max(rollbook_http_error_ratio)'))).toBe(EXPECTED.canaryErrors);
  });

  it('a range vector is an error', async () => {
    const reading = await read('rollbook_error_ratio{service="dispatch"}[5m]');
    expect(reading).toMatchObject({ status: 'error', error: expect.stringContaining('range vector') });
  });

  it('a PromQL error is an error naming the provider and the cause', async () => {
    const reading = await read('sum(rollbook_error_ratio');
    expect(reading).toMatchObject({ status: 'error' });
    expect((reading as { error: string }).error).toMatch(
      /^prometheus at http:\/\/127\.0\.0\.1:\d+: query failed \(bad_data\): /,
    );
  });
});

describe('comparisons', () => {
  it('baseline: canary and control queries read separately, or as one ratio', async () => {
    const canary = numberOf(await read('rollbook_http_error_ratio{track="canary"}'));
    const stable = numberOf(await read('rollbook_http_error_ratio{track="stable"}'));
    expect([canary, stable]).toEqual([EXPECTED.canaryErrors, EXPECTED.stableErrors]);
    const ratio = await read(
      'sum(rollbook_http_error_ratio{track="canary"}) / sum(rollbook_http_error_ratio{track="stable"})',
    );
    expect(numberOf(ratio)).toBeCloseTo(1.2, 10);
  });

  it('week-over-week reads the same query at at - 7d', async () => {
    const { current, lastWeek } = await readWeekOverWeek(provider, { query: 'rollbook_orders_per_minute', at: at() });
    expect(numberOf(current)).toBe(EXPECTED.ordersNow);
    expect(numberOf(lastWeek)).toBe(EXPECTED.ordersLastWeek);
    // The same as PromQL's offset for a plain selector.
    expect(numberOf(await read('rollbook_orders_per_minute offset 1w'))).toBe(EXPECTED.ordersLastWeek);
    expect(numberOf(await read('rollbook_orders_per_minute', at(WEEK_MS)))).toBe(EXPECTED.ordersLastWeek);
  });
});

describe('range queries', () => {
  const daily = (query: string, days = 3) =>
    provider.range({ query, start: at(days * DAY_MS), end: at(), stepSeconds: DAY_MS / 1000 });

  it('gives a per-day history', async () => {
    const reading = await daily('rollbook_days_ago');
    expect(reading.status).toBe('ok');
    if (reading.status !== 'ok') return;
    expect(reading.points.map((p) => p.value)).toEqual([3, 2, 1, 0]);
    expect(reading.points.map((p) => p.at.getTime())).toEqual([3, 2, 1, 0].map((d) => at(d * DAY_MS).getTime()));
    expect(reading.skipped).toBe(0);
  });

  it('leaves NaN samples out and counts them', async () => {
    const reading = await daily('rollbook_flaky_ratio');
    expect(reading).toMatchObject({ status: 'ok', skipped: 1 });
    if (reading.status === 'ok') expect(reading.points.map((p) => p.value)).toEqual([0.5, 0.5, 0.5]);
  });

  it('an all-NaN history is no-data', async () => {
    expect(await daily('rollbook_p99_latency_seconds')).toMatchObject({ status: 'no-data', reason: 'nan' });
  });

  it('no series in the window is no-data; several series are an error', async () => {
    expect(await daily('rollbook_metric_that_does_not_exist')).toMatchObject({ status: 'no-data', reason: 'empty' });
    expect(await daily('rollbook_error_ratio')).toMatchObject({
      status: 'error',
      error: expect.stringContaining('returned 2 series'),
    });
  });

  it('a bad step is refused without a request', async () => {
    const reading = await provider.range({ query: 'up', start: at(), end: at(), stepSeconds: 0 });
    expect(reading).toMatchObject({ status: 'error', error: expect.stringContaining('positive step') });
  });
});

describe('live data', () => {
  it(
    'reads a value pushed to the pushgateway and scraped by Prometheus',
    async () => {
      const pushed = await fetch(`${prom.pushgatewayUrl}/metrics/job/rollbook-test`, {
        method: 'PUT',
        body: '# TYPE rollbook_live_value gauge\nrollbook_live_value 0.42\n',
      });
      expect(pushed.status).toBe(200);
      let reading: MetricReading | undefined;
      const deadline = Date.now() + LIVE_VALUE_DEADLINE_MS;
      while (Date.now() < deadline) {
        reading = await read('rollbook_live_value', new Date());
        if (reading.status === 'ok') break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(reading).toMatchObject({ status: 'ok', value: 0.42 });
    },
    LIVE_VALUE_DEADLINE_MS + 5_000,
  );
});

describe('shared queries against Prometheus', () => {
  it('gates of several plans fetch each distinct (query, time) once, with the same readings', async () => {
    const pool = new SharedQueries();
    const shared = pool.wrap(provider);
    const now = at();
    // Three plans; their gates overlap on queries, and two use week-over-week.
    const plans: InstantRequest[][] = [
      [
        { query: 'rollbook_error_ratio{service="dispatch"}', at: now },
        { query: 'rollbook_http_error_ratio{track="canary"}', at: now },
        { query: 'rollbook_http_error_ratio{track="stable"}', at: now },
      ],
      [
        { query: 'rollbook_error_ratio{service="dispatch"}', at: now },
        { query: 'rollbook_orders_per_minute', at: now },
        { query: 'rollbook_orders_per_minute', at: new Date(now.getTime() - WEEK_MS) },
      ],
      [
        { query: 'rollbook_http_error_ratio{track="stable"}', at: now },
        { query: 'rollbook_orders_per_minute', at: now },
        { query: 'rollbook_orders_per_minute', at: new Date(now.getTime() - WEEK_MS) },
      ],
    ];
    const requests = plans.flat();
    const readings = await Promise.all(requests.map((request) => shared.instant(request)));
    const distinct = new Set(requests.map((r) => `${r.query}@${r.at.getTime()}`)).size;
    expect(pool.stats).toMatchObject({ requested: requests.length, fetched: distinct });
    expect(distinct).toBe(5);
    const direct = await Promise.all(requests.map((request) => provider.instant(request)));
    expect(readings).toEqual(direct);
  });
});
