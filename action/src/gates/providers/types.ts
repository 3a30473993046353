// The contract between gate evaluation and the places metric values come from.
// Providers never throw for expected failures (timeouts, HTTP errors, unreachable
// hosts, bad JSON, ambiguous results): they return a reading that says what went
// wrong, so one broken metric cannot take down a whole gate report.

/**
 * Why a query produced no usable number. `nan` and `infinite` are never numbers that pass a
 * threshold; `stale`: there is a number, but its newest sample is older than the max age.
 */
export type NoDataReason = 'empty' | 'nan' | 'infinite' | 'stale';

export type MetricReading =
  /** `sampledAt`: the newest sample's time, when the provider dated the value (see freshOrStale). */
  | { status: 'ok'; value: number; source: string; sampledAt?: Date }
  /** The query ran but has no finite value: no series, no sample in the window, NaN or ±Inf. */
  | { status: 'no-data'; source: string; reason: NoDataReason; detail: string }
  /** The value could not be read: the message names the provider and the cause, never a credential. */
  | { status: 'error'; source: string; error: string };

export interface RangePoint {
  at: Date;
  value: number;
}

export type RangeReading =
  /** Points in time order, finite values only; `skipped` counts NaN/±Inf samples left out (gaps in a chart). */
  | { status: 'ok'; points: RangePoint[]; skipped: number; source: string }
  | { status: 'no-data'; source: string; reason: NoDataReason; detail: string }
  | { status: 'error'; source: string; error: string };

export interface InstantRequest {
  /** PromQL for prometheus, a URL for http-json, a key for json-file. */
  query: string;
  /** The evaluation time. Week-over-week reads the same query at `at - 7d` (see week-over-week.ts). */
  at: Date;
  /** For http-json: dotted path of the value in the response, e.g. `data.0.value`. */
  field?: string;
  /**
   * Freshness: a value whose newest sample is older than this (before `at`) is no data
   * (`stale`). Providers that can date their samples check it (prometheus, json-file).
   */
  maxAgeMs?: number;
  /** For http-json: dotted path of the time the value was measured, which freshness reads. */
  timeField?: string;
}

export interface RangeRequest {
  query: string;
  start: Date;
  end: Date;
  stepSeconds: number;
  field?: string;
}

export interface MetricProvider {
  /** The provider kind as plans name it: `prometheus`, `http-json`, `json-file`. */
  readonly name: string;
  /** Where readings come from, for messages: a URL without credentials, or a file path. */
  readonly source: string;
  instant(request: InstantRequest): Promise<MetricReading>;
  /** Series over a window, for per-day history and charts. Absent when the provider cannot do it. */
  range?(request: RangeRequest): Promise<RangeReading>;
}
