// `npm run audit:bundled` (scripts/audit-bundled.ts): real npm audits the real lockfile against a
// loopback fake of the registry's advisory endpoints, and only advisories on packages compiled
// into the bundle count. The registry's free text never reaches the output.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledAdvisories, readBundledPackages } from '../audit-bundled.ts';
import { ROOT } from '../bundle.ts';

const HOSTILE_TITLE = '@everyone <img src=x onerror=alert(1)> pwned';

interface Advisory {
  id: number;
  url: string;
  title: string;
  severity: string;
  vulnerable_versions: string;
  cwe: string[];
  cvss: { score: number; vectorString: null };
}

const advisory = (id: number, severity: string, ghsa: string): Advisory => ({
  id,
  url: `https://github.com/advisories/${ghsa}`,
  title: HOSTILE_TITLE,
  severity,
  vulnerable_versions: '*',
  cwe: [],
  cvss: { score: 5, vectorString: null },
});

function installedVersion(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  return request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/**
 * A registry that answers the bulk advisory query with `advisories` (for the names asked about)
 * and a packument for each of those names; `status` other than 200 answers everything with it.
 */
async function fakeRegistry(
  advisories: Record<string, Advisory[]>,
  status = 200,
): Promise<{ url: string; asked: string[][] }> {
  const asked: string[][] = [];
  server = createServer(async (request, response) => {
    const payload = await body(request);
    if (status !== 200) {
      response.writeHead(status, { 'content-type': 'text/plain' }).end(`registry says: ${HOSTILE_TITLE}`);
      return;
    }
    if (request.method === 'POST' && request.url === '/-/npm/v1/security/advisories/bulk') {
      const query = JSON.parse(payload.toString('utf8')) as Record<string, string[]>;
      asked.push(Object.keys(query));
      const answer = Object.fromEntries(Object.entries(advisories).filter(([name]) => name in query));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      return;
    }
    const name = decodeURIComponent((request.url ?? '/').slice(1));
    if (request.method === 'GET' && name in advisories) {
      const version = installedVersion(name);
      const packument = { name, 'dist-tags': { latest: version }, versions: { [version]: { name, version } } };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(packument));
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`, asked };
}

/** The script as `npm run audit:bundled` runs it, with the fake as the registry. */
async function audit(registry: string): Promise<{ status: number | null; out: string; err: string }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['scripts/audit-bundled.ts', '--registry', registry], {
    cwd: ROOT,
    env: {
      ...process.env,
      npm_config_audit_level: '',
      npm_config_cache: join(ROOT, 'node_modules/.cache/audit-test-npm'),
    },
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, out, err };
}

describe('npm run audit:bundled', () => {
  it('fails on a high advisory against a bundled package and ignores one against a test tool', async () => {
    const registry = await fakeRegistry({
      yaml: [advisory(1, 'high', 'GHSA-2222-3333-4444')],
      handlebars: [advisory(2, 'moderate', 'GHSA-5555-6666-7777')],
      vitest: [advisory(3, 'critical', 'GHSA-8888-9999-cccc')],
    });
    const { status, out, err } = await audit(registry.url);
    expect(registry.asked.flat()).toEqual(expect.arrayContaining(['yaml', 'handlebars', 'vitest']));
    expect(status).toBe(1);
    expect(out).toContain(`high     yaml@${installedVersion('yaml')} (node_modules/yaml): GHSA-2222-3333-4444`);
    expect(out).toContain(
      `moderate handlebars@${installedVersion('handlebars')} (node_modules/handlebars): GHSA-5555-6666-7777`,
    );
    expect(out).not.toContain('vitest');
    expect(err).toContain('1 high or critical advisory in the bundled packages');
    expect(out + err).not.toContain('@everyone');
  });

  it('passes when only lower advisories or unbundled packages are affected', async () => {
    const registry = await fakeRegistry({
      marked: [advisory(4, 'low', 'GHSA-cccc-ffff-gggg')],
      vitest: [advisory(3, 'critical', 'GHSA-8888-9999-cccc')],
    });
    const { status, out } = await audit(registry.url);
    expect(status).toBe(0);
    expect(out).toContain(`low      marked@${installedVersion('marked')} (node_modules/marked): GHSA-cccc-ffff-gggg`);
    expect(out).toContain(
      `No high or critical advisories in the ${readBundledPackages().length} bundled packages (1 lower).`,
    );
  });

  it('exits 2 without echoing the registry when npm cannot audit', async () => {
    const registry = await fakeRegistry({}, 503);
    const { status, out, err } = await audit(registry.url);
    expect(status).toBe(2);
    expect(err).toContain('npm audit gave no report');
    expect(out + err).not.toContain('registry says');
  });
});

describe('bundledAdvisories', () => {
  const packages = [
    { path: 'node_modules/a', name: 'a', version: '1.0.0' },
    { path: 'node_modules/b/node_modules/a', name: 'a', version: '0.9.0' },
  ];
  const report = (vulnerabilities: Record<string, unknown>) => ({ auditReportVersion: 2, vulnerabilities });

  it('keeps advisories on bundled paths only, by npm id when the address is not GitHub’s', () => {
    const found = bundledAdvisories(
      report({
        a: {
          nodes: ['node_modules/b/node_modules/a', 'node_modules/c/node_modules/a'],
          via: [{ source: 42, name: 'a', severity: 'critical', url: 'https://example.com/advisory/42' }],
        },
      }),
      packages,
    );
    expect(found).toEqual([
      { severity: 'critical', pkg: 'a@0.9.0', path: 'node_modules/b/node_modules/a', advisory: 'npm advisory 42' },
    ]);
  });

  it('leaves out a package vulnerable only through a dependency, and sorts by severity', () => {
    const found = bundledAdvisories(
      report({
        a: {
          nodes: ['node_modules/a'],
          via: [
            'left-pad',
            { source: 1, name: 'a', severity: 'low', url: 'https://github.com/advisories/GHSA-2222-3333-4444' },
            { source: 2, name: 'a', severity: 'high', url: 'https://github.com/advisories/GHSA-5555-6666-7777' },
          ],
        },
      }),
      packages,
    );
    expect(found.map((a) => `${a.severity} ${a.advisory}`)).toEqual([
      'high GHSA-5555-6666-7777',
      'low GHSA-2222-3333-4444',
    ]);
  });

  it('refuses what is not an npm audit report', () => {
    expect(() => bundledAdvisories({ error: { summary: 'x' } }, packages)).toThrow('not an npm audit report');
  });
});
