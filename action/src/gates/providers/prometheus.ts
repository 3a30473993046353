// Metric values from the Prometheus HTTP API (also Thanos, Mimir, VictoriaMetrics and
// other Prometheus-compatible endpoints). Queries are POSTed as forms, so long PromQL
// never hits URL length limits.
//
// Freshness (an instant request with `maxAgeMs`): the value of `rate(x[15m])` is computed at
// the evaluation time whatever the age of the data under it, so the reading is dated by the
// raw samples instead. For each vector selector S of the query (promql-selectors.ts) one more
// query asks for its newest sample time, `timestamp(S)` being the sample's own time:
//   max(timestamp(S) or max_over_time(timestamp(S)[<2 x max age>:<step>]))
// The left side finds a sample within Prometheus's lookback; the subquery, older ones. The
// reading is dated by the newest sample of any selector (a selector with no series, such as
// errors that never happened, is no evidence either way).
import { type HttpOptions, redactUrl, requestJson } from './http.ts';
import { instantReading, rangeReading, unwrapApiBody } from './prometheus-response.ts';
import { vectorSelectors } from './promql-selectors.ts';
import { failure, freshOrStale } from './readings.ts';
import type { InstantRequest, MetricProvider, MetricReading, RangeReading, RangeRequest } from './types.ts';

export const PROMETHEUS_PROVIDER = 'prometheus';

export interface PrometheusOptions extends HttpOptions {
  /** e.g. `https://prometheus.example.com` or a prefix such as `https://host/api/prom`. */
  baseUrl: string;
}

export class PrometheusProvider implements MetricProvider {
  readonly name = PROMETHEUS_PROVIDER;
  readonly source: string;
  readonly #baseUrl: string;
  readonly #http: HttpOptions;

  constructor(options: PrometheusOptions) {
    const { baseUrl, ...http } = options;
    this.#baseUrl = baseUrl.replace(/\/+$/, '');
    this.#http = http;
    // URL parsing adds a trailing slash to a bare origin; drop it again for messages.
    this.source = `${PROMETHEUS_PROVIDER} at ${redactUrl(this.#baseUrl).replace(/\/$/, '')}`;
  }

  async instant(request: InstantRequest): Promise<MetricReading> {
    const { maxAgeMs } = request;
    const selectors = maxAgeMs === undefined ? [] : vectorSelectors(request.query);
    if (maxAgeMs === undefined || selectors.length === 0) return this.#instant(request.query, request.at);
    const searchedMs = FRESHNESS_SEARCH_FACTOR * maxAgeMs;
    const [reading, ...dated] = await Promise.all([
      this.#instant(request.query, request.at),
      ...selectors.map((selector) => this.#instant(newestSampleQuery(selector, searchedMs), request.at)),
    ]);
    if (reading!.status !== 'ok') return reading!;
    let newest: number | undefined;
    for (const date of dated) {
      if (date.status === 'error') return failure(this.source, `could not date the reading (${date.error})`);
      if (date.status === 'ok') newest = Math.max(newest ?? date.value, date.value);
    }
    return freshOrStale(
      reading!,
      request.at,
      maxAgeMs,
      newest === undefined ? undefined : new Date(newest * 1000),
      searchedMs,
    );
  }

  async #instant(query: string, at: Date): Promise<MetricReading> {
    const form = new URLSearchParams({ query, time: unixSeconds(at) });
    const outcome = await requestJson({ url: `${this.#baseUrl}/api/v1/query`, method: 'POST', form }, this.#http);
    if (outcome.kind === 'failure') return failure(this.source, outcome.error);
    const data = unwrapApiBody(outcome.status, outcome.body);
    if (data.kind === 'error') return failure(this.source, data.error);
    return instantReading(this.source, data.resultType, data.result);
  }

  async range(request: RangeRequest): Promise<RangeReading> {
    if (!(request.stepSeconds > 0) || request.end < request.start) {
      return failure(this.source, 'a range needs start <= end and a positive step');
    }
    const form = new URLSearchParams({
      query: request.query,
      start: unixSeconds(request.start),
      end: unixSeconds(request.end),
      step: String(request.stepSeconds),
    });
    const outcome = await requestJson({ url: `${this.#baseUrl}/api/v1/query_range`, method: 'POST', form }, this.#http);
    if (outcome.kind === 'failure') return failure(this.source, outcome.error);
    const data = unwrapApiBody(outcome.status, outcome.body);
    if (data.kind === 'error') return failure(this.source, data.error);
    return rangeReading(this.source, data.resultType, data.result);
  }
}

/** How far back the newest sample is searched for, as a multiple of the max age. */
const FRESHNESS_SEARCH_FACTOR = 2;
/** Subquery steps in the search over a short range. */
const FRESHNESS_SEARCH_STEPS = 60;
/**
 * The longest subquery step, in seconds. Each step sees only the samples within the server's
 * lookback before it (5 minutes unless `--query.lookback-delta` says otherwise), so a longer step
 * would step over a daily job's one sample. A minute keeps any lookback of a minute or more
 * covered: a search of two days is 2,880 steps.
 */
const MAX_FRESHNESS_STEP_SECONDS = 60;

/** The newest sample time of `selector` (unix seconds) within `searchedMs` before the evaluation time. */
export function newestSampleQuery(selector: string, searchedMs: number): string {
  const range = Math.max(1, Math.ceil(searchedMs / 1000));
  const step = Math.min(MAX_FRESHNESS_STEP_SECONDS, Math.max(1, Math.ceil(range / FRESHNESS_SEARCH_STEPS)));
  return `max(timestamp(${selector}) or max_over_time(timestamp(${selector})[${range}s:${step}s]))`;
}

/** Prometheus takes RFC 3339 or unix seconds; seconds with millisecond decimals is exact. */
function unixSeconds(date: Date): string {
  return String(date.getTime() / 1000);
}
