// The http-json provider against a local endpoint: field paths, time placeholders,
// no-data cases, HTTP failures, the bearer token and history ranges.

import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VALUE_TOLERANCE_MS, HttpJsonProvider } from '../../src/gates/providers/http-json.ts';
import { WEEK_MS } from '../../src/gates/providers/week-over-week.ts';
import { formatTime } from '../../src/text/time.ts';
import { type LocalServer, type RecordedRequest, type Reply, startLocalServer } from './local-server.ts';
import { closedPortUrl } from './ports.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const TOKEN = 'http-json-token';
const SHORT_TIMEOUT_MS = 250;

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(reply: (request: RecordedRequest) => Reply) {
  server = await startLocalServer(reply);
  return server;
}

const provider = (options: ConstructorParameters<typeof HttpJsonProvider>[0] = {}) =>
  new HttpJsonProvider({ now: () => NOW, allowPrivate: true, ...options });

describe('http-json instant values', () => {
  it('reads a dotted path with an array index', async () => {
    const { url } = await serve(() => ({ json: { data: [{ value: 0.97 }, { value: 0.5 }] } }));
    const reading = await provider().instant({ query: `${url}/ratio`, at: NOW, field: 'data.0.value' });
    expect(reading).toEqual({ status: 'ok', value: 0.97, source: `http-json ${url}/ratio` });
    expect(await provider().instant({ query: `${url}/ratio`, at: NOW, field: 'data[-1].value' })).toMatchObject({
      value: 0.5,
    });
  });

  it('reads a bare number or a numeric string', async () => {
    let reply: Reply = { json: 42 };
    const { url } = await serve(() => reply);
    expect(await provider().instant({ query: url, at: NOW })).toMatchObject({ status: 'ok', value: 42 });
    reply = { json: { p99: '412.5' } };
    expect(await provider().instant({ query: url, at: NOW, field: 'p99' })).toMatchObject({ value: 412.5 });
  });

  it('fills {at} and {at_unix}, so a past value can be asked for', async () => {
    const local = await serve(() => ({ json: { value: 1 } }));
    const weekAgo = new Date(NOW.getTime() - WEEK_MS);
    const reading = await provider().instant({
      query: `${local.url}/v?at={at}&ts={at_unix}`,
      at: weekAgo,
      field: 'value',
    });
    expect(reading.status).toBe('ok');
    const sent = new URL(local.requests[0]!.url, local.url);
    expect(sent.searchParams.get('at')).toBe(weekAgo.toISOString());
    expect(sent.searchParams.get('ts')).toBe(String(weekAgo.getTime() / 1000));
    expect(reading.source).toBe(`http-json ${local.url}/v?at={at}&ts={at_unix}`);
  });

  it('refuses to answer for the past from a URL without {at}', async () => {
    const local = await serve(() => ({ json: { value: 1 } }));
    const nearlyNow = new Date(NOW.getTime() - CURRENT_VALUE_TOLERANCE_MS + 1000);
    expect(await provider().instant({ query: local.url, at: nearlyNow, field: 'value' })).toMatchObject({
      status: 'ok',
    });
    const reading = await provider().instant({
      query: local.url,
      at: new Date(NOW.getTime() - WEEK_MS),
      field: 'value',
    });
    expect(reading).toMatchObject({ status: 'error', error: expect.stringContaining('no {at} placeholder') });
    expect(local.requests).toHaveLength(1);
  });

  it('NaN, infinity, null and an empty array are no-data', async () => {
    const { url } = await serve(() => ({
      json: { nan: 'NaN', inf: '+Inf', missing: null, items: [] },
    }));
    const read = (field: string) => provider().instant({ query: url, at: NOW, field });
    expect(await read('nan')).toMatchObject({ status: 'no-data', reason: 'nan' });
    expect(await read('inf')).toMatchObject({ status: 'no-data', reason: 'infinite', detail: '+Inf' });
    expect(await read('missing')).toMatchObject({ status: 'no-data', reason: 'empty' });
    expect(await read('items.0.value')).toMatchObject({ status: 'no-data', reason: 'empty' });
  });

  it('with a max age and a timeField, an old measurement is stale no data; a missing or bad time is an error', async () => {
    const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();
    let reply: Reply = { json: { data: { value: 0.01, updatedAt: minutesAgo(13) } } };
    const { url } = await serve(() => reply);
    const read = (maxAgeMs?: number) =>
      provider().instant({
        query: url,
        at: NOW,
        field: 'data.value',
        timeField: 'data.updatedAt',
        ...(maxAgeMs === undefined ? {} : { maxAgeMs }),
      });
    expect(await read(5 * 60_000)).toEqual({
      status: 'no-data',
      source: `http-json ${url}/`,
      reason: 'stale',
      detail: `newest sample ${formatTime(new Date(NOW.getTime() - 13 * 60_000))}, older than the max age 5m`,
    });
    expect(await read(15 * 60_000)).toMatchObject({ status: 'ok', value: 0.01 });
    expect(await read()).toMatchObject({ status: 'ok', value: 0.01 });
    reply = { json: { data: { value: 0.01, updatedAt: (NOW.getTime() - 60_000) / 1000 } } };
    expect(await read(5 * 60_000)).toMatchObject({ status: 'ok' });
    reply = { json: { data: { value: 0.01, updatedAt: '2026-11-23T08:59:00' } } };
    expect(await read(5 * 60_000)).toMatchObject({
      status: 'error',
      error: expect.stringContaining('field data.updatedAt is a string of 19 characters, not a time'),
    });
    reply = { json: { data: { value: 0.01 } } };
    expect(await read(5 * 60_000)).toMatchObject({ error: expect.stringContaining('field data.updatedAt is missing') });
  });

  it('a wrong path or a non-number is an error', async () => {
    const { url } = await serve(() => ({ json: { data: { value: { nested: 1 } }, list: [1] } }));
    const read = (field: string) => provider().instant({ query: url, at: NOW, field });
    expect(await read('data.values')).toMatchObject({
      status: 'error',
      error: `http-json ${url}/: no data.values in the response`,
    });
    expect(await read('list.3')).toMatchObject({ status: 'error' });
    expect(await read('data.value')).toMatchObject({
      status: 'error',
      error: expect.stringContaining('field data.value is not a number: it is an object'),
    });
  });

  it('HTTP errors, bad JSON, a down host and a slow one are errors', async () => {
    let reply: Reply = { status: 500, json: { message: 'boom' } };
    const { url } = await serve(() => reply);
    expect(await provider().instant({ query: url, at: NOW })).toMatchObject({
      error: `http-json ${url}/: HTTP 500 (application/json, 18 bytes)`,
    });
    reply = { text: 'not json' };
    expect(await provider().instant({ query: url, at: NOW })).toMatchObject({
      error: expect.stringContaining('not JSON'),
    });
    reply = 'hang';
    expect(await provider({ timeoutMs: SHORT_TIMEOUT_MS }).instant({ query: url, at: NOW })).toMatchObject({
      error: `http-json ${url}/: timed out after ${SHORT_TIMEOUT_MS}ms`,
    });
    const down = await closedPortUrl();
    expect(await provider().instant({ query: down, at: NOW })).toMatchObject({
      status: 'error',
      error: expect.stringContaining('unreachable (ECONNREFUSED)'),
    });
  });

  it('sends the bearer token to allowed origins; secrets in the URL stay out of messages', async () => {
    const local = await serve(() => ({ status: 403, json: { error: 'forbidden' } }));
    const reading = await provider({ token: TOKEN, tokenOrigins: [local.url] }).instant({
      query: `${local.url}/m?api_key=k3y&q=x`,
      at: NOW,
    });
    expect(local.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(reading).toMatchObject({ status: 'error', error: expect.stringContaining('HTTP 403 (check the token)') });
    expect(reading.source).toBe(`http-json ${local.url}/m?api_key=***&q=x`);
    expect(JSON.stringify(reading)).not.toMatch(/k3y|http-json-token/);
  });

  it('never sends the token to an origin a plan names but the settings do not allow', async () => {
    const local = await serve(() => ({ status: 401, json: { error: 'who are you' } }));
    const other = await closedPortUrl();
    for (const tokenOrigins of [undefined, [other]]) {
      const reading = await provider({ token: TOKEN, tokenOrigins }).instant({ query: `${local.url}/m`, at: NOW });
      expect(reading).toMatchObject({ status: 'error', error: expect.stringContaining('the token was not sent') });
    }
    expect(local.requests.map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
  });
});

describe('http-json ranges', () => {
  const start = new Date('2026-11-20T00:00:00Z');
  const end = new Date('2026-11-23T00:00:00Z');

  it('fills {start} {end} {step} and reads pairs or objects, in time order', async () => {
    const local = await serve(() => ({
      json: {
        series: [
          { time: '2026-11-22T00:00:00Z', value: 2 },
          ['2026-11-21T00:00:00Z', '1'],
          [1_795_392_000, 3], // unix seconds: 2026-11-23T00:00:00Z
          { at: '2026-11-20T00:00:00Z', value: 'NaN' },
        ],
      },
    }));
    const reading = await provider().range({
      query: `${local.url}/h?from={start_unix}&to={end}&step={step}`,
      start,
      end,
      stepSeconds: 86_400,
      field: 'series',
    });
    const sent = new URL(local.requests[0]!.url, local.url);
    expect(Object.fromEntries(sent.searchParams)).toEqual({
      from: String(start.getTime() / 1000),
      to: end.toISOString(),
      step: '86400',
    });
    expect(reading).toMatchObject({ status: 'ok', skipped: 1 });
    if (reading.status !== 'ok') return;
    expect(reading.points.map((p) => [p.at.toISOString(), p.value])).toEqual([
      ['2026-11-21T00:00:00.000Z', 1],
      ['2026-11-22T00:00:00.000Z', 2],
      ['2026-11-23T00:00:00.000Z', 3],
    ]);
  });

  it('needs {start} and {end} in the URL, and an array at the field', async () => {
    const { url } = await serve(() => ({ json: { series: { not: 'an array' } } }));
    expect(await provider().range({ query: url, start, end, stepSeconds: 60 })).toMatchObject({
      status: 'error',
      error: expect.stringContaining('{start} and {end}'),
    });
    const reading = await provider().range({
      query: `${url}?s={start}&e={end}`,
      start,
      end,
      stepSeconds: 60,
      field: 'series',
    });
    expect(reading).toMatchObject({ status: 'error', error: expect.stringContaining('expected an array of points') });
  });
});
