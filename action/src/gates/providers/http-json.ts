// Metric values from any HTTP endpoint that answers JSON. The plan's `query` is the
// URL and `field` the dotted path of the number in the body (`data.0.value`). A URL
// without an `{at}` placeholder can only tell the current value, so asking it about
// the past (week-over-week) is an error rather than a silently wrong comparison.
//
// The URL comes from a plan and the result goes into a PR comment: requests go through
// guarded-http.ts (public addresses only unless allowed, checked after DNS and at every
// redirect), and nothing the endpoint answers is quoted, except the number read at `field`.
// Anything else is described by its type and size.

import { plural } from '../../text/plural.ts';
import { type GuardedHttpOptions, guardedGetJson, type Resolver } from './guarded-http.ts';
import { authHint, DEFAULT_TIMEOUT_MS, type HttpOptions, redactUrl } from './http.ts';
import { resolvePath } from './json-path.ts';
import { failure, freshOrStale, noData, rangeFromSamples, readingFromSample } from './readings.ts';
import { parseSampleValue } from './sample-value.ts';
import { parseSeries, parseTime } from './series-points.ts';
import type { InstantRequest, MetricProvider, MetricReading, RangeReading, RangeRequest } from './types.ts';
import { fillTemplate, hasPlaceholder } from './url-template.ts';

export const HTTP_JSON_PROVIDER = 'http-json';
/** How far from now a time-less URL's answer still counts as "the value at `at`". */
export const CURRENT_VALUE_TOLERANCE_MS = 15 * 60_000;

export interface HttpJsonOptions extends HttpOptions {
  /**
   * Origins (`https://metrics.example.com`) the token may be sent to. URLs come from plans,
   * which a pull request can change, so the token goes only where this list allows; with
   * no list it is never sent.
   */
  tokenOrigins?: readonly string[];
  /** For tests; defaults to the clock. */
  now?: () => Date;
  /**
   * Reach loopback, private, link-local and cloud-metadata addresses (the action's
   * `http-json-allow-private`, the CLI's `--http-json-allow-private`). Off by default.
   */
  allowPrivate?: boolean;
  /** For tests: how host names become addresses. */
  resolve?: Resolver;
  /** For tests: which addresses are refused (address-policy.ts by default). */
  policy?: GuardedHttpOptions['policy'];
}

/** What a value from an endpoint is, without what it says: `a string of 40 characters`. */
export function shapeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${plural(value.length, 'item')}`;
  if (typeof value === 'string') return `a string of ${plural([...value].length, 'character')}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return 'a boolean';
  return `a ${typeof value}`;
}

export class HttpJsonProvider implements MetricProvider {
  readonly name = HTTP_JSON_PROVIDER;
  readonly source = HTTP_JSON_PROVIDER;
  readonly #token: string | undefined;
  readonly #tokenOrigins: ReadonlySet<string>;
  readonly #now: () => Date;
  readonly #http: Omit<GuardedHttpOptions, 'authorization'>;

  constructor(options: HttpJsonOptions = {}) {
    const { now, tokenOrigins = [] } = options;
    this.#token = options.token;
    this.#tokenOrigins = new Set(tokenOrigins.map(originOf));
    this.#now = now ?? (() => new Date());
    this.#http = {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(options.allowPrivate ? { allowPrivate: true } : {}),
      ...(options.resolve ? { resolve: options.resolve } : {}),
      ...(options.policy ? { policy: options.policy } : {}),
    };
  }

  async instant(request: InstantRequest): Promise<MetricReading> {
    const source = sourceOf(request.query);
    if (!hasPlaceholder(request.query, 'at')) {
      const drift = Math.abs(this.#now().getTime() - request.at.getTime());
      if (drift > CURRENT_VALUE_TOLERANCE_MS) {
        return failure(
          source,
          `the URL has no {at} placeholder, so it cannot give the value at ${request.at.toISOString()}`,
        );
      }
    }
    const body = await this.#get(source, fillTemplate(request.query, { at: request.at }), request.field);
    if (body.kind === 'reading') return body.reading;
    const sample = parseSampleValue(body.value);
    if (sample.kind === 'invalid')
      return failure(source, `${fieldName(request.field)} is not a number: it is ${shapeOf(body.value)}`);
    const reading = readingFromSample(source, sample, fieldName(request.field));
    const { maxAgeMs, timeField } = request;
    if (maxAgeMs === undefined || timeField === undefined) return reading;
    // Freshness: the answer says when its value was measured.
    const time = resolvePath(body.body, timeField);
    const measured = time.found ? parseTime(time.value) : undefined;
    if (!measured) {
      const what = time.found ? `is ${shapeOf(time.value)}, not a time with a zone or unix seconds` : 'is missing';
      return failure(source, `field ${timeField} ${what}`);
    }
    return freshOrStale(reading, request.at, maxAgeMs, measured, 0);
  }

  async range(request: RangeRequest): Promise<RangeReading> {
    const source = sourceOf(request.query);
    if (!hasPlaceholder(request.query, 'start') || !hasPlaceholder(request.query, 'end')) {
      return failure(source, 'the URL needs {start} and {end} placeholders to give a history');
    }
    const url = fillTemplate(request.query, request);
    const body = await this.#get(source, url, request.field);
    if (body.kind === 'reading') return body.reading;
    const series = parseSeries(body.value, shapeOf);
    if (!series.ok) return failure(source, `${fieldName(request.field)}: ${series.error}`);
    return rangeFromSamples(source, series.samples, 'no points in the range');
  }

  async #get(source: string, url: string, field: string | undefined) {
    const token = this.#token;
    let sentToken = false;
    const outcome = await guardedGetJson(url, {
      ...this.#http,
      // Asked at every hop: a redirect to another origin does not take the token along.
      authorization: (hop) => {
        if (token === undefined || !this.#tokenOrigins.has(hop.origin)) return undefined;
        sentToken = true;
        return `Bearer ${token}`;
      },
    });
    if (outcome.kind === 'failure') return { kind: 'reading', reading: failure(source, outcome.error) } as const;
    if (outcome.status < 200 || outcome.status >= 300) {
      const withheld = token !== undefined && !sentToken && (outcome.status === 401 || outcome.status === 403);
      const hint = withheld
        ? ' (the token was not sent: this origin is not in tokenOrigins)'
        : authHint(outcome.status);
      // The answer's text is never repeated: an endpoint a plan names may be internal.
      const error = `HTTP ${outcome.status}${hint} (${outcome.shape})`;
      return { kind: 'reading', reading: failure(source, error) } as const;
    }
    const found = resolvePath(outcome.body, field);
    if (!found.found) {
      const reading = found.emptyArray
        ? noData(source, 'empty', `${found.missing}: the array is empty`)
        : failure(source, `no ${found.missing} in the response`);
      return { kind: 'reading', reading } as const;
    }
    if (found.value === null)
      return { kind: 'reading', reading: noData(source, 'empty', `${fieldName(field)} is null`) } as const;
    return { kind: 'value', value: found.value, body: outcome.body } as const;
  }
}

function sourceOf(urlTemplate: string): string {
  // Keep placeholders readable: URL parsing percent-encodes the braces in a path.
  const url = redactUrl(urlTemplate).replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  return `${HTTP_JSON_PROVIDER} ${url}`;
}

/** `https://host:port` of a URL, or '' when it does not parse (matching no allowed origin). */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function fieldName(field: string | undefined): string {
  return field ? `field ${field}` : 'the response';
}
