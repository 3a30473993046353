// The prometheus provider when the backend misbehaves: down, slow, refusing the token,
// or answering garbage. Local servers on 127.0.0.1 stand in for it.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS } from '../../src/gates/providers/http.ts';
import { PrometheusProvider } from '../../src/gates/providers/prometheus.ts';
import { type LocalServer, type RecordedRequest, type Reply, startLocalServer } from './local-server.ts';
import { closedPortUrl } from './ports.ts';

const TOKEN = 's3cret-token-value';
const SHORT_TIMEOUT_MS = 300;
const ONE_SERIES = {
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: { job: 'api' }, value: [1_800_000_000, '0.25'] }] },
};
const request = { query: 'sum(rate(errors_total[5m]))', at: new Date('2026-11-23T09:00:00Z') };

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(reply: (request: RecordedRequest) => Reply) {
  server = await startLocalServer(reply);
  return server;
}

describe('prometheus provider failures', () => {
  it('a closed port is an error naming the provider, not a throw', async () => {
    const url = await closedPortUrl();
    const reading = await new PrometheusProvider({ baseUrl: url, token: TOKEN }).instant(request);
    expect(reading).toEqual({
      status: 'error',
      source: `prometheus at ${url}`,
      error: `prometheus at ${url}: unreachable (ECONNREFUSED)`,
    });
  });

  it('a server that never answers times out after the configured time', async () => {
    const { url } = await serve(() => 'hang');
    const provider = new PrometheusProvider({ baseUrl: url, timeoutMs: SHORT_TIMEOUT_MS });
    const reading = await provider.instant(request);
    // The configured timeout, not the default one: the message names the time the request's
    // deadline was set to (no clock is read here, so a slow machine cannot fail it).
    expect(SHORT_TIMEOUT_MS).not.toBe(DEFAULT_TIMEOUT_MS);
    expect(reading).toMatchObject({
      status: 'error',
      error: `prometheus at ${url}: timed out after ${SHORT_TIMEOUT_MS}ms`,
    });
    const range = await provider.range({ ...request, start: request.at, end: request.at, stepSeconds: 60 });
    expect(range).toMatchObject({ status: 'error', error: expect.stringContaining('timed out after 300ms') });
  });

  it('a body that stalls after the headers also times out', async () => {
    const { url } = await serve(() => ({ json: ONE_SERIES, stallBody: true }));
    const reading = await new PrometheusProvider({ baseUrl: url, timeoutMs: SHORT_TIMEOUT_MS }).instant(request);
    expect(reading).toMatchObject({ status: 'error', error: expect.stringContaining('timed out') });
  });

  it('sends the bearer token and the query as a form', async () => {
    const local = await serve(() => ({ json: ONE_SERIES }));
    const reading = await new PrometheusProvider({ baseUrl: `${local.url}/prefix/`, token: TOKEN }).instant(request);
    expect(reading).toEqual({ status: 'ok', value: 0.25, source: `prometheus at ${local.url}/prefix` });
    const [sent] = local.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/prefix/api/v1/query');
    expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const form = new URLSearchParams(sent?.body);
    expect(form.get('query')).toBe(request.query);
    expect(form.get('time')).toBe(String(request.at.getTime() / 1000));
  });

  it('sends no Authorization header without a token', async () => {
    const local = await serve(() => ({ json: ONE_SERIES }));
    await new PrometheusProvider({ baseUrl: local.url }).instant(request);
    expect(local.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('a rejected token is an error that hints at the token but never shows it', async () => {
    const { url } = await serve(() => ({ status: 401, text: 'Unauthorized' }));
    const reading = await new PrometheusProvider({ baseUrl: url, token: TOKEN }).instant(request);
    expect(reading).toMatchObject({
      status: 'error',
      error: expect.stringContaining('HTTP 401 Unauthorized (check the token)'),
    });
    expect(JSON.stringify(reading)).not.toContain(TOKEN);
  });

  it('credentials in the URL become Basic auth and stay out of messages', async () => {
    const local = await serve(() => ({
      status: 503,
      json: { status: 'error', errorType: 'unavailable', error: 'busy' },
    }));
    const withCredentials = local.url.replace('http://', 'http://reader:pa55word@');
    const reading = await new PrometheusProvider({ baseUrl: withCredentials }).instant(request);
    expect(local.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('reader:pa55word').toString('base64')}`);
    expect(reading).toEqual({
      status: 'error',
      source: `prometheus at ${local.url}`,
      error: `prometheus at ${local.url}: query failed (unavailable): busy`,
    });
  });

  it('an API error body explains the failure', async () => {
    const { url } = await serve(() => ({
      status: 422,
      json: { status: 'error', errorType: 'execution', error: 'query processing would load too many samples' },
    }));
    const reading = await new PrometheusProvider({ baseUrl: url }).instant(request);
    expect(reading).toMatchObject({
      status: 'error',
      error: `prometheus at ${url}: query failed (execution): query processing would load too many samples`,
    });
  });

  it('a proxy error page is an HTTP error, described by type and size, never quoted', async () => {
    const { url } = await serve(() => ({ status: 502, text: '<html><body>Bad gateway</body></html>' }));
    const reading = await new PrometheusProvider({ baseUrl: url }).instant(request);
    expect(reading).toMatchObject({
      status: 'error',
      error: `prometheus at ${url}: HTTP 502 Bad Gateway (text/html, 37 bytes)`,
    });
  });

  it('a 200 that is not JSON, or not the Prometheus shape, is an error', async () => {
    let reply: Reply = { text: 'hello' };
    const { url } = await serve(() => reply);
    const provider = new PrometheusProvider({ baseUrl: url });
    expect(await provider.instant(request)).toMatchObject({
      error: `prometheus at ${url}: response is not JSON (text/html, 5 bytes)`,
    });
    // Said by its shape, never by what it holds: a URL that is not Prometheus may answer secrets.
    reply = { json: { secret: 'SECRET-TOKEN-abcdef0123456789', note: 'x'.repeat(40) } };
    expect(await provider.instant(request)).toMatchObject({
      error: `prometheus at ${url}: unexpected response: an object, not a Prometheus API answer`,
    });
    reply = { json: ['SECRET-TOKEN'] };
    const listed = await provider.instant(request);
    expect(listed).toMatchObject({ error: expect.stringContaining('a list of 1 item, not a Prometheus API answer') });
    expect(JSON.stringify(listed)).not.toContain('SECRET');
    // Prometheus's own error words are shown, on one line and at most 200 code points.
    reply = { json: { status: 'error', errorType: 'bad_data', error: `parse error\n${'y'.repeat(500)}` } };
    const said = (await provider.instant(request)) as { error: string };
    expect(said.error).toMatch(/^prometheus at .*: query failed \(bad_data\): parse error y+…$/);
    expect([...said.error.slice(said.error.indexOf('parse error'))].length).toBeLessThanOrEqual(200);
    reply = {
      json: { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1, 'abc'] }] } },
    };
    expect(await provider.instant(request)).toMatchObject({ error: expect.stringContaining('not a number: "abc"') });
  });
});
