// The json-file provider: values a workflow step wrote, read at a time.

import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOOKBACK_MS, JsonFileProvider, UNDATED_HINT } from '../../src/gates/providers/json-file.ts';
import { readWeekOverWeek, WEEK_MS } from '../../src/gates/providers/week-over-week.ts';
import { formatTime } from '../../src/text/time.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const HOUR_MS = 3_600_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rollbook-json-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fileCount = 0;
async function fileWith(content: unknown): Promise<JsonFileProvider> {
  const path = join(dir, `metrics-${fileCount++}.json`);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return new JsonFileProvider({ path });
}

const METRICS = {
  generatedAt: NOW.toISOString(),
  metrics: {
    'checkout-errors': 0.012,
    'p99-ms': { value: 412, at: ago(HOUR_MS / 2).toISOString() },
    orders: {
      series: [
        [ago(WEEK_MS).toISOString(), 100],
        [ago(HOUR_MS).toISOString(), 118],
        [NOW.toISOString(), 120],
      ],
    },
    broken: 'NaN',
    overflow: { value: '-Inf' },
    absent: null,
    nonsense: { value: 'high' },
  },
};

describe('json-file instant values', () => {
  it('reads a bare number at generatedAt, and not a week earlier', async () => {
    const provider = await fileWith(METRICS);
    const reading = await provider.instant({ query: 'checkout-errors', at: NOW });
    // Dated by its point's time (here generatedAt), with or without a max age: the watch shows it.
    expect(reading).toEqual({ status: 'ok', value: 0.012, source: provider.source, sampledAt: NOW });
    expect(provider.source).toMatch(/^json-file .*metrics-\d+\.json$/);
    expect(await provider.instant({ query: 'checkout-errors', at: ago(WEEK_MS) })).toMatchObject({
      status: 'no-data',
      reason: 'empty',
      detail: expect.stringContaining('no value for checkout-errors at'),
    });
  });

  it('with a max age, a value older than it is stale no data; a fresh one reads as before', async () => {
    const provider = await fileWith(METRICS);
    expect(await provider.instant({ query: 'p99-ms', at: NOW, maxAgeMs: HOUR_MS / 4 })).toEqual({
      status: 'no-data',
      source: provider.source,
      reason: 'stale',
      detail: `newest sample ${formatTime(new Date(NOW.getTime() - HOUR_MS / 2))}, older than the max age 15m`,
    });
    expect(await provider.instant({ query: 'p99-ms', at: NOW, maxAgeMs: HOUR_MS })).toMatchObject({ value: 412 });
    expect(await provider.instant({ query: 'orders', at: NOW, maxAgeMs: 60_000 })).toMatchObject({ value: 120 });
  });

  it('reads { value, at } within the lookback of its time', async () => {
    const provider = await fileWith(METRICS);
    expect(await provider.instant({ query: 'p99-ms', at: NOW })).toMatchObject({ status: 'ok', value: 412 });
    expect(await provider.instant({ query: 'p99-ms', at: ago(2 * DEFAULT_LOOKBACK_MS) })).toMatchObject({
      status: 'no-data',
    });
  });

  it('reads the latest series point at or before the time; week-over-week works', async () => {
    const provider = await fileWith(METRICS);
    expect(await provider.instant({ query: 'orders', at: ago(1) })).toMatchObject({ value: 118 });
    const { current, lastWeek } = await readWeekOverWeek(provider, { query: 'orders', at: NOW });
    expect([current, lastWeek]).toMatchObject([{ value: 120 }, { value: 100 }]);
    // Two days ago the nearest earlier point is a week old: too stale to count.
    expect(await provider.instant({ query: 'orders', at: ago(48 * HOUR_MS) })).toMatchObject({ status: 'no-data' });
  });

  it('NaN, infinity, null and a missing key are no-data; a non-number is an error', async () => {
    const provider = await fileWith(METRICS);
    const read = (query: string) => provider.instant({ query, at: NOW });
    expect(await read('broken')).toMatchObject({ status: 'no-data', reason: 'nan', detail: 'NaN' });
    expect(await read('overflow')).toMatchObject({ status: 'no-data', reason: 'infinite', detail: '-Inf' });
    expect(await read('absent')).toMatchObject({ status: 'no-data', reason: 'empty' });
    expect(await read('not-in-file')).toMatchObject({
      status: 'no-data',
      detail: 'no metric "not-in-file" in the file',
    });
    expect(await read('nonsense')).toMatchObject({
      status: 'error',
      error: `${provider.source}: nonsense is not a number: "high"`,
    });
  });

  it('dates a bare number by the file time when generatedAt is absent', async () => {
    const provider = await fileWith({ metrics: { hits: 7 } });
    const path = provider.source.replace(/^json-file /, '');
    await utimes(path, NOW, NOW);
    expect(await provider.instant({ query: 'hits', at: NOW })).toMatchObject({ value: 7 });
    expect(await provider.instant({ query: 'hits', at: ago(WEEK_MS) })).toMatchObject({ status: 'no-data' });
    // Older than a gate's max age, the reading says what dated it and how to date it instead
    // (a file written by hand and tried with `rollbook gate --metrics-file` minutes later).
    const later = new Date(NOW.getTime() + 10 * 60_000);
    expect(await provider.instant({ query: 'hits', at: later, maxAgeMs: 2 * 60_000 })).toEqual({
      status: 'no-data',
      source: provider.source,
      reason: 'stale',
      detail: `newest sample ${formatTime(NOW)}, older than the max age 2m; ${UNDATED_HINT}`,
    });
    expect(await provider.instant({ query: 'hits', at: later, maxAgeMs: HOUR_MS })).toMatchObject({ value: 7 });
  });

  it('refuses a value whose own time is not a time with a zone, rather than dating it by the file', async () => {
    const provider = await fileWith({ metrics: { hits: { value: 7, at: '2026-11-23 09:00' } } });
    expect(await provider.instant({ query: 'hits', at: NOW })).toEqual({
      status: 'error',
      source: provider.source,
      error: `${provider.source}: hits.at "2026-11-23 09:00" is not a time with a zone (add Z or an offset, e.g. 2026-11-23T09:00:00Z)`,
    });
  });

  it('a missing file, bad JSON or a wrong shape is an error naming the file', async () => {
    const missing = new JsonFileProvider({ path: join(dir, 'nope.json') });
    expect(await missing.instant({ query: 'x', at: NOW })).toEqual({
      status: 'error',
      source: missing.source,
      error: `${missing.source}: file not found`,
    });
    const bad = await fileWith('{ "metrics": ');
    expect(await bad.instant({ query: 'x', at: NOW })).toMatchObject({
      error: expect.stringContaining('not valid JSON'),
    });
    const shape = await fileWith({ values: {} });
    expect(await shape.instant({ query: 'x', at: NOW })).toMatchObject({
      error: expect.stringContaining('expected { "metrics": { ... } }'),
    });
    const series = await fileWith({ metrics: { s: { series: [['yesterday', 1]] } } });
    expect(await series.instant({ query: 's', at: NOW })).toMatchObject({
      error: expect.stringContaining('bad point'),
    });
  });
});

describe('json-file ranges', () => {
  it('returns the points inside the window, NaN left out and counted', async () => {
    const provider = await fileWith({
      metrics: {
        daily: {
          series: [
            [ago(3 * 24 * HOUR_MS).toISOString(), 1],
            [ago(2 * 24 * HOUR_MS).toISOString(), 'NaN'],
            [ago(24 * HOUR_MS).toISOString(), 3],
            [NOW.toISOString(), 4],
          ],
        },
      },
    });
    const reading = await provider.range({
      query: 'daily',
      start: ago(2.5 * 24 * HOUR_MS),
      end: NOW,
      stepSeconds: 86_400,
    });
    expect(reading).toMatchObject({ status: 'ok', skipped: 1 });
    if (reading.status === 'ok') expect(reading.points.map((p) => p.value)).toEqual([3, 4]);
    expect(
      await provider.range({ query: 'daily', start: ago(WEEK_MS), end: ago(6 * 24 * HOUR_MS), stepSeconds: 60 }),
    ).toMatchObject({
      status: 'no-data',
      reason: 'empty',
    });
  });
});
