// Issue 12 item 1: `provider: http-json` fetched any URL a plan named, loopback and private
// addresses included, and quoted up to 160 characters of the answer in the gate report. Now
// only public addresses are fetched (checked after DNS and at every redirect, connecting to the
// checked address), redirects are capped, and nothing the endpoint answers is quoted.
//
// Traffic stays on loopback: refusals use an injected resolver, and a diagnostics-channel guard
// destroys (and counts) any client socket before it connects anywhere else.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { blockedReason } from '../../src/gates/providers/address-policy.ts';
import { guardedGetJson, MAX_REDIRECTS, type Resolver } from '../../src/gates/providers/guarded-http.ts';
import { HttpJsonProvider } from '../../src/gates/providers/http-json.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { replaceOnce } from '../helpers/position.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
/** Every fetch here answers or is refused at once; the timeout only stops one that hangs, however slow the machine. */
const HANG_GUARD_MS = 60_000;
const SECRET = 'INTERNAL-SECRET: aws_secret_access_key=wJalrXUtnFEMI';

/** Client sockets opened during a test, by where they were headed; any non-loopback one is destroyed. */
let sockets: string[] = [];
const onSocket = (message: unknown) => {
  const socket = (message as { socket: Socket }).socket;
  socket.once('lookup', (_error: unknown, address: string) => {
    sockets.push(address);
    if (address !== '127.0.0.1' && address !== '::1') socket.destroy();
  });
  sockets.push('socket');
};
beforeEach(() => {
  sockets = [];
  subscribe('net.client.socket', onSocket);
});
afterEach(() => unsubscribe('net.client.socket', onSocket));

type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;
const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

async function serve(handler: Handler) {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    handler(req, res, base);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, port: (server.address() as AddressInfo).port, hits: () => hits };
}

const answer = (res: ServerResponse, status: number, type: string, text: string) => {
  res.writeHead(status, { 'content-type': type });
  res.end(text);
};

/** Every name resolves to `addresses`; calls are counted. */
function resolver(...addresses: string[]): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    return addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
  };
  return Object.assign(resolve, { calls });
}

const BLOCKED = [
  '127.0.0.1',
  '127.255.0.9',
  '0.0.0.0',
  '10.0.0.5',
  '172.16.4.4',
  '192.168.1.1',
  '100.64.0.1',
  '169.254.169.254',
  '::1',
  '::',
  '::ffff:127.0.0.1',
  '::ffff:a9fe:a9fe',
  '::ffff:0:10.0.0.1',
  '64:ff9b::a9fe:a9fe',
  '2002:7f00:1::',
  'fd00:ec2::254',
  'fe80::1',
  'ff02::1',
];

describe('the address policy', () => {
  it('refuses loopback, private, link-local and metadata addresses, in every IPv6 spelling', () => {
    for (const address of BLOCKED) expect(blockedReason(address), address).toBeDefined();
    for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(blockedReason(address), address).toBeUndefined();
    }
    expect(blockedReason('::ffff:127.0.0.1')).toContain('loopback');
    expect(blockedReason('169.254.169.254')).toContain('metadata');
  });
});

describe('http-json refuses private destinations before connecting', () => {
  for (const address of BLOCKED) {
    it(`a host resolving to ${address}`, async () => {
      const { port, hits } = await serve((_req, res) => answer(res, 200, 'application/json', '{"v": 1}'));
      const resolve = resolver(address);
      const outcome = await guardedGetJson(`http://metrics.example.test:${port}/v`, {
        timeoutMs: HANG_GUARD_MS,
        resolve,
      });
      expect(outcome).toEqual({ kind: 'failure', error: expect.stringContaining(`resolves to ${address}`) });
      expect(outcome.kind === 'failure' && outcome.error).toContain('http-json-allow-private');
      expect(resolve.calls).toEqual(['metrics.example.test']);
      expect(hits()).toBe(0);
      expect(sockets).toEqual([]);
    });
  }

  it('a literal address in the URL, however it is spelled', async () => {
    const { port, hits } = await serve((_req, res) => answer(res, 200, 'application/json', '1'));
    for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', '[::1]', '2130706433', '0x7f.1', '0', '[::]']) {
      const outcome = await guardedGetJson(`http://${host}:${port}/`, {
        timeoutMs: HANG_GUARD_MS,
        resolve: resolver(),
      });
      expect(outcome, host).toMatchObject({ kind: 'failure', error: expect.stringMatching(/^refused: /) });
    }
    expect(hits()).toBe(0);
    expect(sockets).toEqual([]);
  });

  it('a name with one public and one private address', async () => {
    const resolve = resolver('93.184.215.14', '10.1.1.1');
    const outcome = await guardedGetJson('http://mixed.example.test/', { timeoutMs: HANG_GUARD_MS, resolve });
    expect(outcome).toMatchObject({ kind: 'failure', error: expect.stringContaining('resolves to 10.1.1.1') });
    expect(sockets).toEqual([]);
  });
});

describe('http-json with private addresses allowed (a loopback test server)', () => {
  it('fetches, and connects to the address it checked even if DNS answers differently later', async () => {
    const { port, hits } = await serve((_req, res) => answer(res, 200, 'application/json', '{"v": 0.5}'));
    let calls = 0;
    // A rebinding resolver: loopback the first time, an outside address after.
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? '127.0.0.1' : '10.9.9.9', family: 4 }];
    const outcome = await guardedGetJson(`http://rebind.example.test:${port}/`, {
      timeoutMs: HANG_GUARD_MS,
      resolve: rebinding,
      policy: (address) => (address === '127.0.0.1' ? undefined : 'not the test server'),
    });
    expect(outcome).toMatchObject({ kind: 'json', status: 200, body: { v: 0.5 } });
    expect(calls).toBe(1);
    expect(hits()).toBe(1);
    expect(sockets).toEqual(['socket', '127.0.0.1']);
  });

  it(`follows at most ${MAX_REDIRECTS} redirects`, async () => {
    const { base, hits } = await serve((req, res, url) => {
      const n = Number(req.url!.slice(1));
      if (n > 0) {
        res.writeHead(302, { location: `${url}/${n - 1}` });
        res.end();
      } else answer(res, 200, 'application/json', '{"v": 7}');
    });
    const within = await guardedGetJson(`${base}/${MAX_REDIRECTS}`, { timeoutMs: HANG_GUARD_MS, allowPrivate: true });
    expect(within).toMatchObject({ kind: 'json', body: { v: 7 } });
    const before = hits();
    const beyond = await guardedGetJson(`${base}/${MAX_REDIRECTS + 1}`, {
      timeoutMs: HANG_GUARD_MS,
      allowPrivate: true,
    });
    expect(beyond).toEqual({ kind: 'failure', error: `more than ${MAX_REDIRECTS} redirects` });
    expect(hits() - before).toBe(MAX_REDIRECTS + 1);
  });

  it('checks the target of every redirect again, and keeps the token to its origins', async () => {
    const seen: (string | undefined)[] = [];
    const { base, port, hits } = await serve((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(307, { location: `http://elsewhere.example.test:${port}/` });
      res.end();
    });
    const resolve = resolver('::1');
    const provider = new HttpJsonProvider({
      now: () => NOW,
      token: 'tok',
      tokenOrigins: [base],
      resolve,
      policy: (address) => (address === '127.0.0.1' ? undefined : 'not the test server'),
    });
    const reading = await provider.instant({ query: `${base}/`, at: NOW });
    expect(reading).toMatchObject({ status: 'error', error: expect.stringContaining('resolves to ::1') });
    expect(resolve.calls).toEqual(['elsewhere.example.test']);
    expect(hits()).toBe(1);
    expect(seen).toEqual(['Bearer tok']);
    const toFile = await serve((_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    });
    const outcome = await guardedGetJson(toFile.base, { timeoutMs: HANG_GUARD_MS, allowPrivate: true });
    expect(outcome).toMatchObject({ kind: 'failure', error: expect.stringContaining('only http and https') });
  });
});

describe('nothing an endpoint answers is quoted', () => {
  const provider = new HttpJsonProvider({ now: () => NOW, allowPrivate: true });
  const read = (url: string, field?: string) =>
    provider.instant({ query: url, at: NOW, ...(field ? { field } : {}) }).then((r) => JSON.stringify(r));

  it('not JSON, an error status, a string at the field, a bad series point', async () => {
    const { base } = await serve((req, res) => {
      if (req.url === '/html') answer(res, 404, 'text/html; charset=utf-8', `<pre>${SECRET}</pre>`);
      else if (req.url === '/text') answer(res, 200, 'text/plain', SECRET);
      else if (req.url === '/json500') answer(res, 500, 'application/json', JSON.stringify({ error: SECRET }));
      else if (req.url?.startsWith('/series'))
        answer(res, 200, 'application/json', JSON.stringify({ s: [[SECRET, 1]], v: SECRET, o: { SECRET } }));
      else answer(res, 200, 'application/json', JSON.stringify({ v: SECRET }));
    });
    const html = await read(`${base}/html`);
    const bytes = (text: string) => Buffer.byteLength(text);
    expect(html).toContain(`HTTP 404 (text/html, ${bytes(`<pre>${SECRET}</pre>`)} bytes)`);
    expect(await read(`${base}/text`)).toContain(`the answer is not JSON (text/plain, ${bytes(SECRET)} bytes)`);
    expect(await read(`${base}/json500`)).toContain(
      `HTTP 500 (application/json, ${bytes(JSON.stringify({ error: SECRET }))} bytes)`,
    );
    expect(await read(`${base}/string`, 'v')).toContain(
      `field v is not a number: it is a string of ${SECRET.length} characters`,
    );
    const range = await provider.range({
      query: `${base}/series?a={start}&b={end}`,
      start: new Date('2026-11-20T00:00:00Z'),
      end: NOW,
      stepSeconds: 3600,
      field: 's',
    });
    expect(JSON.stringify(range)).toContain('bad point an array of 2 items');
    const all = [html, await read(`${base}/text`), await read(`${base}/json500`), await read(`${base}/string`, 'v')];
    for (const text of [...all, JSON.stringify(range)]) expect(text).not.toMatch(/INTERNAL-SECRET|wJalr/);
  });
});

describe('`rollbook gate` with an http-json metric on a private address', () => {
  it('refuses it by default, with no request, and fetches it with --http-json-allow-private', async () => {
    const { base, hits } = await serve((_req, res) => answer(res, 200, 'application/json', '{"value": 0.001}'));
    const dir = tempDir();
    let plan = scaffoldPlan('demo', 'schema.json');
    plan = replaceOnce(
      plan,
      'metrics:\n',
      `metrics:\n  ssrf_probe: {provider: http-json, query: "${base}/latest?at={at}", field: value, signal: negative}\n`,
    );
    plan = replaceOnce(
      plan,
      '{metric: error_rate, max: 0.01}\n  - id: canary',
      '{metric: ssrf_probe, max: 0.01}\n  - id: canary',
    );
    writeFileSync(join(dir, 'demo.rollout.yaml'), plan);
    const args = [
      'gate',
      '--plan',
      'demo.rollout.yaml',
      '--phase',
      'canary',
      '--at',
      NOW.toISOString(),
      '--format',
      'json',
    ];
    const refused = await runCli(args, dir, { now: () => NOW });
    const gate = (out: string) =>
      JSON.parse(out).gates.find((g: { name?: string; metric?: string }) => JSON.stringify(g).includes('ssrf_probe'));
    expect(JSON.stringify(gate(refused.stdout))).toContain('refused: 127.0.0.1 is a loopback (127.0.0.0/8) address');
    expect(hits()).toBe(0);
    const allowed = await runCli([...args, '--http-json-allow-private'], dir, { now: () => NOW });
    expect(JSON.stringify(gate(allowed.stdout))).toContain('0.001');
    expect(hits()).toBe(1);
  });
});
