// Metric values from the Prometheus HTTP API (also Thanos, Mimir, VictoriaMetrics and
// other Prometheus-compatible endpoints). Queries are POSTed as forms, so long PromQL
// never hits URL length limits.
import { type HttpOptions, redactUrl, requestJson } from './http.ts';
import { instantReading, rangeReading, unwrapApiBody } from './prometheus-response.ts';
import { failure } from './readings.ts';
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
    const form = new URLSearchParams({ query: request.query, time: unixSeconds(request.at) });
    const outcome = await requestJson({ url: `${this.#baseUrl}/api/v1/query`, method: 'POST', form }, this.#http);
    if (outcome.kind === 'failure') return failure(this.source, outcome.error);
    const data = unwrapApiBody(outcome.status, outcome.body);
    if (data.kind === 'error') return failure(this.source, data.error);
    return instantReading(this.source, request.at, data.resultType, data.result);
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

/** Prometheus takes RFC 3339 or unix seconds; seconds with millisecond decimals is exact. */
function unixSeconds(date: Date): string {
  return String(date.getTime() / 1000);
}
