// Metric values from any HTTP endpoint that answers JSON. The plan's `query` is the
// URL and `field` the dotted path of the number in the body (`data.0.value`). A URL
// without an `{at}` placeholder can only tell the current value, so asking it about
// the past (week-over-week) is an error rather than a silently wrong comparison.
import { authHint, type HttpOptions, redactUrl, requestJson } from './http.ts';
import { resolvePath } from './json-path.ts';
import { failure, noData, rangeFromSamples, readingFromSample } from './readings.ts';
import { describe, parseSampleValue } from './sample-value.ts';
import { parseSeries } from './series-points.ts';
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
}

export class HttpJsonProvider implements MetricProvider {
  readonly name = HTTP_JSON_PROVIDER;
  readonly source = HTTP_JSON_PROVIDER;
  readonly #http: HttpOptions;
  readonly #tokenOrigins: ReadonlySet<string>;
  readonly #now: () => Date;

  constructor(options: HttpJsonOptions = {}) {
    const { now, tokenOrigins = [], ...http } = options;
    this.#http = http;
    this.#tokenOrigins = new Set(tokenOrigins.map(originOf));
    this.#now = now ?? (() => new Date());
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
    return readingFromSample(source, parseSampleValue(body.value), fieldName(request.field));
  }

  async range(request: RangeRequest): Promise<RangeReading> {
    const source = sourceOf(request.query);
    if (!hasPlaceholder(request.query, 'start') || !hasPlaceholder(request.query, 'end')) {
      return failure(source, 'the URL needs {start} and {end} placeholders to give a history');
    }
    const url = fillTemplate(request.query, request);
    const body = await this.#get(source, url, request.field);
    if (body.kind === 'reading') return body.reading;
    const series = parseSeries(body.value);
    if (!series.ok) return failure(source, `${fieldName(request.field)}: ${series.error}`);
    return rangeFromSamples(source, series.samples, 'no points in the range');
  }

  async #get(source: string, url: string, field: string | undefined) {
    const { token, ...rest } = this.#http;
    const mayAuthenticate = token !== undefined && this.#tokenOrigins.has(originOf(url));
    const outcome = await requestJson({ url }, mayAuthenticate ? this.#http : rest);
    if (outcome.kind === 'failure') return { kind: 'reading', reading: failure(source, outcome.error) } as const;
    if (outcome.status < 200 || outcome.status >= 300) {
      const withheld = token !== undefined && !mayAuthenticate && (outcome.status === 401 || outcome.status === 403);
      const hint = withheld
        ? ' (the token was not sent: this origin is not in tokenOrigins)'
        : authHint(outcome.status);
      const error = `HTTP ${outcome.status}${hint}: ${describe(outcome.body)}`;
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
    return { kind: 'value', value: found.value } as const;
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
