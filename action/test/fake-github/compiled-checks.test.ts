// The fake's checks compiled by one worker and loaded by the next (openapi/compiled-checks.ts,
// ADR 81) find exactly the drift a fresh compile finds, and never outlive the description they
// were compiled from.
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.ts';
import { FAKE_CACHE_DIR } from './openapi/cache-dir.ts';
import { loadSpecIndex, type SpecIndex, specFilePath } from './openapi/spec-index.ts';
import { OpenApiValidator } from './openapi/validator.ts';

const issue = { method: 'POST', pathname: '/repos/o/r/issues' };
const labelRequest = { method: 'GET', pathname: '/repos/o/r/labels/bug' };
/** A label as GitHub sends it, but for its colour (a string) and its URL (a URI). */
const driftedLabel = {
  id: 1,
  node_id: 'L',
  url: 'not a uri',
  name: 'bug',
  description: null,
  color: 5,
  default: false,
};

/** Drift in a response body, a request body, path and query parameters, and a component. */
function driftFound(validator: OpenApiValidator): string[] {
  const label = validator.matchRoute(labelRequest.method, labelRequest.pathname)!.operation;
  const found = [
    ...validator.validateResponse(label, labelRequest, {
      status: 200,
      mediaType: 'application/json',
      body: driftedLabel,
    }),
    ...validator.validateRequest({ ...issue, query: new URLSearchParams(), body: { labels: 'bug' } }).errors,
    ...validator.validateRequest({
      method: 'GET',
      pathname: '/repos/o/r/issues/abc',
      query: new URLSearchParams('per_page=lots'),
      body: undefined,
    }).errors,
    ...validator.validateRequest({
      method: 'GET',
      pathname: '/repos/o/r/issues',
      query: new URLSearchParams('per_page=lots&labell=x'),
      body: undefined,
    }).errors,
    ...validator.validateComponent('basic-error', { message: 42 }, 'webhook'),
  ];
  return found.map((e) => `${e.direction} ${e.operationId} ${e.pointer} ${e.message}`);
}

describe('compiled checks kept between workers', () => {
  const index = loadSpecIndex();

  it('are loaded by the next validator and find the same drift as a fresh compile', () => {
    const dir = tempDir('rollbook-checks-');
    const first = new OpenApiValidator(index, dir);
    const drift = driftFound(first);
    expect(first.compiledChecks).toBeGreaterThan(0);
    expect(drift).toContain('response issues/get-label /url must match format "uri"');
    expect(drift).toContain('response issues/get-label /color must be string');
    expect(drift).toContain("request issues/create /body must have required property 'title'");
    expect(drift).toContain('request issues/create /body/labels must be array');
    expect(drift).toContain('request issues/get /path/issue_number must be integer');
    expect(drift).toContain("request issues/list-for-repo /query has unknown property 'labell'");
    expect(drift).toContain('response basic-error /message must be string');

    const next = new OpenApiValidator(index, dir);
    expect(driftFound(next)).toEqual(drift);
    expect(next.compiledChecks).toBe(0);
    // what it accepts, it accepts too
    expect(next.validateComponent('basic-error', { message: 'Not Found' }, 'webhook')).toEqual([]);
  });

  it('are compiled afresh for a changed description, never taken from the old one', () => {
    const dir = tempDir('rollbook-checks-');
    driftFound(new OpenApiValidator(index, dir));
    const changed = structuredClone(index) as SpecIndex;
    const basicError = changed.components.schemas['basic-error'] as { properties: Record<string, unknown> };
    basicError.properties['message'] = { type: 'integer' };

    const validator = new OpenApiValidator(changed, dir);
    expect(validator.validateComponent('basic-error', { message: 42 }, 'webhook')).toEqual([]);
    expect(validator.validateComponent('basic-error', { message: 'x' }, 'webhook').map((e) => e.message)).toEqual([
      'must be integer',
    ]);
    expect(validator.compiledChecks).toBe(1);
  });

  it('are compiled again when a kept one is cut short or not code at all', () => {
    const dir = tempDir('rollbook-checks-');
    const drift = driftFound(new OpenApiValidator(index, dir));
    const [checks] = readdirSync(dir);
    const files = readdirSync(join(dir, checks!));
    files.forEach((file, i) => {
      writeFileSync(join(dir, checks!, file), i % 2 === 0 ? '"use strict";module.exports = validate1' : '{');
    });

    const validator = new OpenApiValidator(index, dir);
    expect(driftFound(validator)).toEqual(drift);
    expect(validator.compiledChecks).toBe(files.length);
  });
});

describe('where the fake keeps what it derives', () => {
  it('is the node_modules that holds the description, never the shared temp directory', () => {
    const nodeModules = join(dirname(specFilePath()), '../../..');
    expect(FAKE_CACHE_DIR).toBe(join(nodeModules, '.cache', 'rollbook-fake-github'));
    // A clone may itself sit under the temp directory; what matters is that it is not the shared folder there.
    expect(FAKE_CACHE_DIR).not.toBe(join(tmpdir(), 'rollbook-fake-github'));
    expect(dirname(dirname(FAKE_CACHE_DIR))).not.toBe(tmpdir());
  });
});
