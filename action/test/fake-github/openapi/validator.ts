// Validates requests and responses against GitHub's OpenAPI description. The whole converted
// index is registered with Ajv as one schema; each check is a JSON-pointer reference into it,
// compiled on first use (or loaded as another worker compiled it, compiled-checks.ts), so
// `$ref: '#/components/schemas/…'` resolves naturally.
import type { ErrorObject } from 'ajv';
import { CompiledChecks } from './compiled-checks.ts';
import { RouteIndex, type RouteMatch } from './route-index.ts';
import { loadSpecIndex, type OperationEntry, type SpecIndex } from './spec-index.ts';

export type Direction = 'request' | 'response';

export interface DriftError {
  operationId: string;
  direction: Direction;
  method: string;
  path: string;
  /** Response status, for response errors. */
  status?: number;
  /** JSON pointer into the checked value: `/body/labels/0`, `/query/per_page`, `/path/issue_number`. */
  pointer: string;
  message: string;
}

export interface RequestToValidate {
  method: string;
  /** The path without query string, e.g. `/repos/o/r/issues/1`. */
  pathname: string;
  query: URLSearchParams;
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown;
}

export interface ResponseToValidate {
  status: number;
  /** Media type without parameters, e.g. `application/json`. */
  mediaType: string | undefined;
  /** Parsed JSON body; undefined when the response had none. */
  body: unknown;
}

/** Never show more than this many schema errors for one value; the first ones explain the rest. */
const MAX_ERRORS_PER_VALUE = 8;
/**
 * Statuses every endpoint can answer (auth, permissions, missing repo, rate limits, outages)
 * although most operations don't declare them; their bodies must still be a `basic-error`.
 */
const UNDECLARED_ERROR_STATUSES = new Set([401, 403, 404, 429, 500, 502, 503]);
const ERROR_SCHEMA = 'basic-error';
export const UNKNOWN_OPERATION = '(unknown route)';

export class OpenApiValidator {
  readonly index: SpecIndex;
  readonly routes: RouteIndex;
  /** Bodies: no coercion, a type mismatch is drift. */
  readonly #bodies: CompiledChecks;
  /** Path and query parameters arrive as text and are coerced like GitHub does. */
  readonly #params: CompiledChecks;
  readonly #positions = new Map<OperationEntry, number>();

  /** `cacheDir`: where compiled checks are kept between workers (a test gives its own). */
  constructor(index: SpecIndex, cacheDir?: string) {
    this.index = index;
    this.routes = new RouteIndex(index.operations);
    index.operations.forEach((op, i) => {
      this.#positions.set(op, i);
    });
    this.#bodies = new CompiledChecks(index, false, cacheDir);
    this.#params = new CompiledChecks(index, true, cacheDir);
  }

  /** How many checks this validator compiled itself; the others were loaded as compiled before. */
  get compiledChecks(): number {
    return this.#bodies.compiled + this.#params.compiled;
  }

  matchRoute(method: string, pathname: string): RouteMatch | undefined {
    return this.routes.match(method, pathname);
  }

  validateRequest(request: RequestToValidate): { match?: RouteMatch; errors: DriftError[] } {
    const match = this.matchRoute(request.method, request.pathname);
    const where = { direction: 'request' as const, method: request.method.toUpperCase(), path: request.pathname };
    if (!match) {
      const message = `no operation in GitHub's OpenAPI description matches ${where.method} ${request.pathname}`;
      return { errors: [{ ...where, operationId: UNKNOWN_OPERATION, pointer: '', message }] };
    }
    const op = match.operation;
    const context = { ...where, operationId: op.operationId };
    const errors = [
      ...this.#check(this.#params, op, ['pathParams'], { ...match.pathParams }, '/path', context),
      ...this.#check(this.#params, op, ['queryParams'], queryObject(request.query), '/query', context),
      ...this.#checkRequestBody(op, request.body, context),
    ];
    return { match, errors };
  }

  validateResponse(
    op: OperationEntry,
    request: { method: string; pathname: string },
    response: ResponseToValidate,
  ): DriftError[] {
    const context = {
      operationId: op.operationId,
      direction: 'response' as const,
      method: request.method.toUpperCase(),
      path: request.pathname,
      status: response.status,
    };
    const statusKey = String(response.status);
    const declared = op.responses[statusKey] ?? op.responses['default'];
    if (!declared && UNDECLARED_ERROR_STATUSES.has(response.status)) {
      if (response.body === undefined) return [];
      const errors = this.validateComponent(ERROR_SCHEMA, response.body, request.pathname);
      return errors.map((e) => ({ ...e, ...context }));
    }
    if (!declared) {
      const known = Object.keys(op.responses).join(', ');
      return [{ ...context, pointer: '', message: `status ${statusKey} is not declared (declared: ${known})` }];
    }
    const responseKey = op.responses[statusKey] ? statusKey : 'default';
    const mediaTypes = Object.keys(declared);
    if (response.body === undefined) {
      return []; // GitHub omits bodies the description declares (e.g. 304); never the other way round
    }
    if (mediaTypes.length === 0 && response.status >= 400) {
      // error statuses described in prose only (e.g. "404 if not a member") still get GitHub's error body
      return this.validateComponent(ERROR_SCHEMA, response.body, request.pathname).map((e) => ({ ...e, ...context }));
    }
    if (mediaTypes.length === 0) {
      return [{ ...context, pointer: '', message: `status ${statusKey} declares no body, but one was sent` }];
    }
    const mediaType = response.mediaType && mediaTypes.includes(response.mediaType) ? response.mediaType : undefined;
    if (!mediaType) {
      if (response.mediaType !== 'application/json') return []; // raw/diff media types carry no schema
      return [{ ...context, pointer: '', message: `media type application/json is not declared for ${statusKey}` }];
    }
    return this.#check(this.#bodies, op, ['responses', responseKey, mediaType], response.body, '', context);
  }

  /** Validates a value against `#/components/schemas/<name>`, e.g. a webhook payload. */
  validateComponent(name: string, value: unknown, label: string): DriftError[] {
    if (!(name in this.index.components.schemas)) {
      return [
        { operationId: name, direction: 'response', method: '', path: label, pointer: '', message: 'no such schema' },
      ];
    }
    const validate = this.#bodies.get(`#${pointer(['components', 'schemas', name])}`)!;
    const context = { operationId: name, direction: 'response' as const, method: 'WEBHOOK', path: label };
    return validate(value) ? [] : toDriftErrors(validate.errors, '', context);
  }

  #checkRequestBody(op: OperationEntry, body: unknown, context: Omit<DriftError, 'pointer' | 'message'>): DriftError[] {
    if (!op.requestBody) {
      return body === undefined ? [] : [{ ...context, pointer: '/body', message: 'operation takes no request body' }];
    }
    if (body === undefined) {
      return op.requestBody.required ? [{ ...context, pointer: '/body', message: 'request body is required' }] : [];
    }
    const mediaType = 'application/json' in op.requestBody.content ? 'application/json' : undefined;
    if (!mediaType) return [{ ...context, pointer: '/body', message: 'operation takes no JSON request body' }];
    return this.#check(this.#bodies, op, ['requestBody', 'content', mediaType], body, '/body', context);
  }

  #check(
    checks: CompiledChecks,
    op: OperationEntry,
    location: string[],
    value: unknown,
    prefix: string,
    context: Omit<DriftError, 'pointer' | 'message'>,
  ): DriftError[] {
    const validate = checks.get(`#${pointer(['operations', String(this.#positions.get(op)), ...location])}`);
    if (!validate || validate(value)) return [];
    return toDriftErrors(validate.errors, prefix, context);
  }
}

function toDriftErrors(
  errors: ErrorObject[] | null | undefined,
  prefix: string,
  context: Omit<DriftError, 'pointer' | 'message'>,
): DriftError[] {
  const seen = new Set<string>();
  const out: DriftError[] = [];
  for (const error of errors ?? []) {
    const at = prefix + error.instancePath;
    const message = describe(error);
    const key = `${at} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...context, pointer: at, message });
    if (out.length === MAX_ERRORS_PER_VALUE) break;
  }
  return out;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `has unknown property '${String(params['additionalProperty'])}'`;
  if (error.keyword === 'enum') return `${error.message}: ${JSON.stringify(params['allowedValues'])}`;
  return error.message ?? error.keyword;
}

function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

function pointer(segments: string[]): string {
  return segments.map((s) => `/${encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'))}`).join('');
}

let shared: OpenApiValidator | undefined;

/** One validator per process: the index and every compiled check are reused. */
export function getOpenApiValidator(): OpenApiValidator {
  shared ??= new OpenApiValidator(loadSpecIndex());
  return shared;
}
