// Freshness, the pure parts: which selectors date a PromQL reading, the query that dates them,
// the max age a gate uses, and the rule that turns an old reading into no data.

import { describe, expect, it } from 'vitest';
import { MIN_DERIVED_MAX_AGE_MS, maxAgeMs } from '../../src/gates/gate-query.ts';
import { newestSampleQuery } from '../../src/gates/providers/prometheus.ts';
import { MAX_DATED_SELECTORS, vectorSelectors } from '../../src/gates/providers/promql-selectors.ts';
import { freshOrStale } from '../../src/gates/providers/readings.ts';
import type { MetricReading } from '../../src/gates/providers/types.ts';
import { formatTime } from '../../src/text/time.ts';

const MINUTE = 60_000;
const AT = new Date('2026-11-23T09:00:00Z');
const ok: MetricReading = { status: 'ok', value: 0.5, source: 'src' };

describe('vectorSelectors', () => {
  it.each([
    [
      'sum(rate(errors_total{track="canary"}[15m])) / sum(rate(requests_total{track="canary"}[15m]))',
      ['errors_total{track="canary"}', 'requests_total{track="canary"}'],
    ],
    ['histogram_quantile(0.99, sum by (le) (rate(latency_bucket{job="api"}[5m])))', ['latency_bucket{job="api"}']],
    ['sum without (instance, pod) (up) > bool 0', ['up']],
    ['a / on(job) group_left(team) b offset 5m', ['a', 'b']],
    ['max_over_time(x[1h:1m]) @ 1700000000 and y @ start()', ['x', 'y']],
    ['label_replace(up{a="{b}"}, "dst", "$1 or sum(z)", "src", "(.*)")', ['up{a="{b}"}']],
    [
      '{__name__=~"req.*", code="5xx"} # a comment with fake_metric\n+ 0x1F + 1e3 + Inf + NaN',
      ['{__name__=~"req.*", code="5xx"}'],
    ],
    ['topk(3, foo) or count_values("v", bar)', ['foo', 'bar']],
    ['vector(1) + scalar(time())', []],
    ['x{a="}"} + x{a="}"}', ['x{a="}"}']],
  ])('%s', (query, expected) => {
    expect(vectorSelectors(query)).toEqual(expected);
  });

  it('stops at a bound, and stays linear on an unclosed string', () => {
    const many = Array.from({ length: 20 }, (_, i) => `m${i}`).join(' + ');
    expect(vectorSelectors(many)).toHaveLength(MAX_DATED_SELECTORS);
    expect(vectorSelectors(`x{a="${'\\"'.repeat(50_000)}`)).toEqual([`x{a="${'\\"'.repeat(50_000)}`]);
  });
});

describe('newestSampleQuery', () => {
  it('asks for the newest sample time, within the lookback or further back by a subquery', () => {
    expect(newestSampleQuery('req{track="canary"}', 20 * MINUTE)).toBe(
      'max(timestamp(req{track="canary"}) or max_over_time(timestamp(req{track="canary"})[1200s:20s]))',
    );
  });

  it("steps at most a minute over a long search, so a daily job's one sample is not stepped over", () => {
    // maxAge 1d searches two days; a step of 2,880 s would see a sample only within the server's
    // five-minute lookback after it, so most days' samples would fall between steps.
    expect(newestSampleQuery('batch_score', 2 * 24 * 60 * MINUTE)).toBe(
      'max(timestamp(batch_score) or max_over_time(timestamp(batch_score)[172800s:60s]))',
    );
  });
});

describe('maxAgeMs', () => {
  it("is the gate's, else the metric's, else a third of the window with a floor", () => {
    expect(maxAgeMs({ maxAge: '7m', window: '1h' }, { maxAge: '20m', window: '15m' })).toBe(7 * MINUTE);
    expect(maxAgeMs({}, { maxAge: '20m', window: '15m' })).toBe(20 * MINUTE);
    expect(maxAgeMs({}, { window: '15m' })).toBe(5 * MINUTE);
    expect(maxAgeMs({ window: '1h' }, { window: '15m' })).toBe(20 * MINUTE);
    expect(maxAgeMs({}, { window: '1m' })).toBe(MIN_DERIVED_MAX_AGE_MS);
    expect(maxAgeMs({}, {})).toBeUndefined();
  });
});

describe('freshOrStale', () => {
  const ago = (ms: number) => new Date(AT.getTime() - ms);

  it('keeps a reading no older than the max age, exactly at it included, dated by its newest sample', () => {
    expect(freshOrStale(ok, AT, 5 * MINUTE, ago(5 * MINUTE), 10 * MINUTE)).toEqual({
      ...ok,
      sampledAt: ago(5 * MINUTE),
    });
    expect(freshOrStale(ok, AT, 5 * MINUTE, ago(0), 10 * MINUTE)).toEqual({ ...ok, sampledAt: AT });
  });

  it('an older reading is no data, saying when its newest sample was', () => {
    expect(freshOrStale(ok, AT, 5 * MINUTE, ago(13 * MINUTE), 10 * MINUTE)).toEqual({
      status: 'no-data',
      source: 'src',
      reason: 'stale',
      detail: `newest sample ${formatTime(ago(13 * MINUTE))}, older than the max age 5m`,
    });
  });

  it('no sample found is no data, saying how far back it looked', () => {
    expect(freshOrStale(ok, AT, 5 * MINUTE, undefined, 10 * MINUTE)).toMatchObject({
      reason: 'stale',
      detail: 'no sample in the 10m before, max age 5m',
    });
  });

  it('leaves readings without a value as they are', () => {
    const error: MetricReading = { status: 'error', source: 'src', error: 'src: timed out' };
    expect(freshOrStale(error, AT, MINUTE, undefined, MINUTE)).toBe(error);
  });
});
