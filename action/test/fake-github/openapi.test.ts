// The validator must accept what GitHub really sent (recorded by @octokit/fixtures) and reject
// anything that drifts from the description, in both directions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getOpenApiValidator, UNKNOWN_OPERATION } from './openapi/validator.ts';

interface RecordedExchange {
  method: string;
  path: string;
  body: unknown;
  status: number;
  response: unknown;
  headers: Record<string, string>;
}

const require = createRequire(import.meta.url);
const SCENARIOS_DIR = join(dirname(require.resolve('@octokit/fixtures/package.json')), 'scenarios/api.github.com');

/**
 * Scenarios covering what Rollbook touches. Recordings that predate fields the description now
 * requires (repository `has_discussions`, release asset `digest`) are left out: that is the
 * recording's age, not the validator's fault.
 */
const SCENARIOS = [
  'add-labels-to-issue',
  'labels',
  'create-status',
  'lock-issue',
  'get-content',
  'errors',
  'paginate-issues',
  'add-and-remove-repository-collaborator',
];

function recorded(scenario: string): RecordedExchange[] {
  const file = join(SCENARIOS_DIR, scenario, 'normalized-fixture.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as RecordedExchange[];
  // `/repositories/:id/…` are undocumented redirect targets that Octokit's paginator follows
  return all.filter((exchange) => !exchange.path.startsWith('/repositories/'));
}

function validateExchange(exchange: RecordedExchange) {
  const validator = getOpenApiValidator();
  const url = new URL(exchange.path, 'https://api.github.com');
  const request = {
    method: exchange.method,
    pathname: url.pathname,
    query: url.searchParams,
    body: exchange.body === '' ? undefined : exchange.body,
  };
  const { match, errors } = validator.validateRequest(request);
  if (!match) return { operationId: undefined, errors };
  const mediaType = exchange.headers['content-type']?.split(';')[0];
  const response = {
    status: exchange.status,
    mediaType,
    body: exchange.response === '' ? undefined : exchange.response,
  };
  return {
    operationId: match.operation.operationId,
    errors: [...errors, ...validator.validateResponse(match.operation, request, response)],
  };
}

describe('OpenAPI validator on recorded GitHub traffic', () => {
  it.each(SCENARIOS)('accepts every request and response of %s', (scenario) => {
    const exchanges = recorded(scenario);
    expect(exchanges.length).toBeGreaterThan(0);
    for (const exchange of exchanges) {
      const { operationId, errors } = validateExchange(exchange);
      expect(operationId, `${exchange.method} ${exchange.path}`).toBeDefined();
      expect(errors, `${exchange.method} ${exchange.path}`).toEqual([]);
    }
  });

  it('covers issues, labels, statuses and contents', () => {
    const seen = new Set(SCENARIOS.flatMap((s) => recorded(s).map((e) => validateExchange(e).operationId)));
    for (const id of [
      'issues/create',
      'issues/add-labels',
      'issues/list-for-repo',
      'issues/create-label',
      'issues/get-label',
      'repos/create-commit-status',
      'repos/get-combined-status-for-ref',
      'repos/get-content',
    ]) {
      expect(seen).toContain(id);
    }
  });
});

describe('OpenAPI validator rejects drift', () => {
  const created = recorded('add-labels-to-issue').find((e) => e.method === 'post' && e.status === 201)!;
  const validIssue = created.response as Record<string, unknown>;
  const createIssue = { method: 'POST', pathname: '/repos/o/r/issues', query: new URLSearchParams() };
  const op = () => getOpenApiValidator().matchRoute('POST', '/repos/o/r/issues')!.operation;
  const responseErrors = (body: unknown, status = 201) =>
    getOpenApiValidator().validateResponse(op(), createIssue, { status, mediaType: 'application/json', body });

  it('starts from an issue the validator accepts', () => {
    expect(responseErrors(validIssue)).toEqual([]);
  });

  it('rejects an issue missing `number`', () => {
    const { number: _dropped, ...drifted } = validIssue;
    expect(responseErrors(drifted)).toEqual([
      expect.objectContaining({
        operationId: 'issues/create',
        direction: 'response',
        pointer: '',
        message: "must have required property 'number'",
      }),
    ]);
  });

  it('rejects wrong types, deep inside nested objects too', () => {
    const drifted = { ...validIssue, number: '1', user: { ...(validIssue['user'] as object), site_admin: 'no' } };
    const pointers = responseErrors(drifted).map((e) => `${e.pointer} ${e.message}`);
    expect(pointers).toContain('/number must be integer');
    expect(pointers).toContain('/user/site_admin must be boolean');
  });

  it('rejects null where the description does not say nullable, and accepts it where it does', () => {
    expect(responseErrors({ ...validIssue, state_reason: null, closed_at: null })).toEqual([]);
    expect(responseErrors({ ...validIssue, title: null }).map((e) => e.pointer)).toEqual(['/title']);
  });

  it('rejects an enum value the description does not list', () => {
    const errors = responseErrors({ ...validIssue, state_reason: 'abandoned' });
    expect(errors[0]).toMatchObject({ pointer: '/state_reason' });
    expect(errors[0]!.message).toContain('must be equal to one of the allowed values');
  });

  it('rejects a status the operation does not declare', () => {
    expect(responseErrors(validIssue, 200)[0]?.message).toMatch(/status 200 is not declared/);
  });

  it('accepts undeclared universal errors only as basic-error bodies', () => {
    expect(responseErrors({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, 404)).toEqual(
      [],
    );
    expect(responseErrors({ message: 42 }, 404).map((e) => e.pointer)).toEqual(['/message']);
  });

  const requestErrors = (body: unknown, path = '/repos/o/r/issues', query = '') =>
    getOpenApiValidator()
      .validateRequest({ method: 'POST', pathname: path, query: new URLSearchParams(query), body })
      .errors.map((e) => `${e.direction} ${e.pointer} ${e.message}`);

  it('accepts a well-formed request', () => {
    expect(requestErrors({ title: 'Phase 1', labels: ['rollbook'] })).toEqual([]);
  });

  it('rejects a body missing a required property', () => {
    expect(requestErrors({ body: 'no title' })).toEqual(["request /body must have required property 'title'"]);
  });

  it('rejects a body property of the wrong type', () => {
    expect(requestErrors({ title: 'x', labels: 'bug' })).toEqual(['request /body/labels must be array']);
  });

  it('rejects an unknown property where additionalProperties is false', () => {
    const body = { title: 'x', issue_field_values: [{ field_id: 1, value: 'v', colour: 'red' }] };
    expect(requestErrors(body)).toEqual(["request /body/issue_field_values/0 has unknown property 'colour'"]);
  });

  it('rejects bad path and query parameters', () => {
    const validator = getOpenApiValidator();
    const get = (pathname: string, query: string) =>
      validator
        .validateRequest({ method: 'GET', pathname, query: new URLSearchParams(query), body: undefined })
        .errors.map((e) => `${e.pointer} ${e.message}`);
    expect(get('/repos/o/r/issues/abc', '')).toEqual(['/path/issue_number must be integer']);
    expect(get('/repos/o/r/issues', 'per_page=lots')).toEqual(['/query/per_page must be integer']);
    expect(get('/repos/o/r/issues', 'state=done')[0]).toMatch(/^\/query\/state must be equal to one of/);
    expect(get('/repos/o/r/issues', 'labell=x')).toEqual(["/query has unknown property 'labell'"]);
    expect(get('/repos/o/r/issues', 'state=all&labels=a,b&per_page=100&page=2&sort=updated')).toEqual([]);
  });

  it('rejects a body on an operation that takes none, and a missing required body', () => {
    const validator = getOpenApiValidator();
    const withBody = validator.validateRequest({
      method: 'DELETE',
      pathname: '/repos/o/r/issues/comments/1',
      query: new URLSearchParams(),
      body: { reason: 'spam' },
    });
    expect(withBody.errors.map((e) => e.message)).toEqual(['operation takes no request body']);
    const missing = validator.validateRequest({
      method: 'POST',
      pathname: '/repos/o/r/issues/1/sub_issues',
      query: new URLSearchParams(),
      body: undefined,
    });
    expect(missing.errors.map((e) => e.message)).toEqual(['request body is required']);
  });

  it('reports an unknown route as drift', () => {
    const { match, errors } = getOpenApiValidator().validateRequest({
      method: 'GET',
      pathname: '/repos/o/r/checklists',
      query: new URLSearchParams(),
      body: undefined,
    });
    expect(match).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ operationId: UNKNOWN_OPERATION, direction: 'request' })]);
  });

  it('prefers literal segments and lets a trailing path keep its slashes', () => {
    const validator = getOpenApiValidator();
    expect(validator.matchRoute('PATCH', '/repos/o/r/issues/comments/5')?.operation.operationId).toBe(
      'issues/update-comment',
    );
    const content = validator.matchRoute('GET', '/repos/o/r/contents/playbooks/checkout.yml');
    expect(content?.operation.operationId).toBe('repos/get-content');
    expect(content?.pathParams).toMatchObject({ owner: 'o', repo: 'r', path: 'playbooks/checkout.yml' });
    expect(validator.matchRoute('GET', '/repos/o/r/unknown/deeper/path')).toBeUndefined();
  });
});
