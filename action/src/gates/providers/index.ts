// Metric providers: where gate values come from. See docs/adr/0004-metric-providers.md.
import { type HttpJsonOptions, HttpJsonProvider } from './http-json.ts';
import { type JsonFileOptions, JsonFileProvider } from './json-file.ts';
import { type PrometheusOptions, PrometheusProvider } from './prometheus.ts';
import type { MetricProvider } from './types.ts';

export { DEFAULT_TIMEOUT_MS, type HttpOptions } from './http.ts';
export { CURRENT_VALUE_TOLERANCE_MS, HTTP_JSON_PROVIDER, type HttpJsonOptions, HttpJsonProvider } from './http-json.ts';
export { DEFAULT_LOOKBACK_MS, JSON_FILE_PROVIDER, type JsonFileOptions, JsonFileProvider } from './json-file.ts';
export { PROMETHEUS_PROVIDER, type PrometheusOptions, PrometheusProvider } from './prometheus.ts';
export { DEFAULT_QUERY_CONCURRENCY, SharedQueries, type SharedQueryStats } from './shared-queries.ts';
export type * from './types.ts';
export { readWeekOverWeek, WEEK_MS, type WeekOverWeekReadings, weekBefore } from './week-over-week.ts';

/** Provider names as plans spell them (`Metric.provider` in plan/schema.ts). */
export type ProviderName = 'prometheus' | 'http-json' | 'json-file';

export interface ProviderSettings {
  prometheus?: PrometheusOptions;
  httpJson?: HttpJsonOptions;
  jsonFile?: JsonFileOptions;
}

/**
 * The providers a run can use, each behind the pool when one is given. A provider
 * without settings is absent; http-json needs none, so it is always there.
 */
export function createProviders(
  settings: ProviderSettings,
  pool?: { wrap(provider: MetricProvider): MetricProvider },
): Partial<Record<ProviderName, MetricProvider>> {
  const wrap = (provider: MetricProvider) => (pool ? pool.wrap(provider) : provider);
  const providers: Partial<Record<ProviderName, MetricProvider>> = {
    'http-json': wrap(new HttpJsonProvider(settings.httpJson)),
  };
  if (settings.prometheus) providers.prometheus = wrap(new PrometheusProvider(settings.prometheus));
  if (settings.jsonFile) providers['json-file'] = wrap(new JsonFileProvider(settings.jsonFile));
  return providers;
}
