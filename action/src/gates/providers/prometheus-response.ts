// Reading Prometheus HTTP API bodies (/api/v1/query and /api/v1/query_range) into
// readings. A gate compares one number, so a result must be a single series or a
// scalar: several series are an error that asks the author to aggregate, never a
// silent pick of the first one.

import { plural } from '../../text/plural.ts';
import { truncate } from '../../text/truncate.ts';
import { authHint } from './http.ts';
import { failure, noData, rangeFromSamples, readingFromSample } from './readings.ts';
import { parseSampleValue } from './sample-value.ts';
import type { TimedSample } from './series-points.ts';
import type { MetricReading, RangeReading } from './types.ts';

/** Label sets quoted when a query returns several series. */
const MAX_LISTED_SERIES = 3;

interface ApiBody {
  status?: unknown;
  errorType?: unknown;
  error?: unknown;
  data?: { resultType?: unknown; result?: unknown };
}

interface Series {
  metric?: Record<string, string>;
  value?: unknown;
  values?: unknown;
}

type Unwrapped = { kind: 'data'; resultType: string; result: unknown } | { kind: 'error'; error: string };

/** Code points of Prometheus's error message shown: a parse error fits, a page of text does not. */
const MAX_ERROR_CHARS = 200;

/** What an answer holds, by its shape alone: `an object`, `a list of 3 items`, `a text of 12 characters`. */
function shapeOf(raw: unknown): string {
  if (raw === null) return 'null';
  if (raw === undefined) return 'nothing';
  if (Array.isArray(raw)) return `a list of ${plural(raw.length, 'item')}`;
  if (typeof raw === 'string') return `a text of ${plural([...raw].length, 'character')}`;
  if (typeof raw === 'object') return 'an object';
  return `a ${typeof raw}`;
}

/** The `data` of a success body, or a sentence for an API error or an unexpected shape. */
export function unwrapApiBody(status: number, body: unknown): Unwrapped {
  const api = (typeof body === 'object' && body !== null ? body : {}) as ApiBody;
  if (api.status === 'error') {
    const type = typeof api.errorType === 'string' ? ` (${api.errorType})` : '';
    // Prometheus's own words on the query (a parse error names the position), on one line and short.
    const said = typeof api.error === 'string' ? api.error.replace(/\s+/g, ' ').trim() : '';
    return { kind: 'error', error: `query failed${type}: ${said ? truncate(said, MAX_ERROR_CHARS) : 'no message'}` };
  }
  if (status < 200 || status >= 300) {
    return { kind: 'error', error: `HTTP ${status}${authHint(status)}` };
  }
  if (api.status !== 'success' || typeof api.data?.resultType !== 'string') {
    // Not Prometheus's API shape: said by its shape alone, never by what it holds.
    return { kind: 'error', error: `unexpected response: ${shapeOf(body)}, not a Prometheus API answer` };
  }
  return { kind: 'data', resultType: api.data.resultType, result: api.data.result };
}

export function instantReading(source: string, resultType: string, result: unknown): MetricReading {
  if (resultType === 'scalar') return readingFromSample(source, parseSampleValue(pairValue(result)), 'the scalar');
  if (resultType === 'matrix') {
    return failure(source, 'the query returned a range vector; wrap it in a function such as avg_over_time(...)');
  }
  if (resultType !== 'vector' || !Array.isArray(result)) {
    return failure(source, `the query returned a ${resultType}, not a number`);
  }
  const series = result as Series[];
  // No time in the words: the evaluation time is shown beside them, and a series that stays away
  // must read the same on every run (the watch rewrites an issue only when its words change).
  if (series.length === 0) return noData(source, 'empty', 'no series');
  if (series.length > 1) return failure(source, tooManySeries(series));
  return readingFromSample(source, parseSampleValue(pairValue(series[0]!.value)), 'the sample');
}

export function rangeReading(source: string, resultType: string, result: unknown): RangeReading {
  if (resultType !== 'matrix' || !Array.isArray(result)) {
    return failure(source, `the range query returned a ${resultType}, not a series`);
  }
  const series = result as Series[];
  if (series.length > 1) return failure(source, tooManySeries(series));
  const values = series[0]?.values ?? [];
  if (!Array.isArray(values)) return failure(source, `unexpected series: ${shapeOf(series[0])} without values`);
  const samples: TimedSample[] = [];
  for (const pair of values) {
    const seconds = Array.isArray(pair) ? pair[0] : undefined;
    if (typeof seconds !== 'number') return failure(source, `unexpected sample: ${shapeOf(pair)} without a time`);
    samples.push({ at: new Date(seconds * 1000), sample: parseSampleValue(pairValue(pair)) });
  }
  return rangeFromSamples(source, samples, 'no series in the range');
}

/** The value of a `[unixSeconds, "value"]` pair. */
function pairValue(pair: unknown): unknown {
  return Array.isArray(pair) ? pair[1] : undefined;
}

function tooManySeries(series: Series[]): string {
  const listed = series.slice(0, MAX_LISTED_SERIES).map((s) => formatLabels(s.metric ?? {}));
  const more = series.length > MAX_LISTED_SERIES ? `, …` : '';
  return (
    `the query returned ${series.length} series (${listed.join(', ')}${more}); ` +
    'a gate needs one: aggregate it, e.g. sum(...), max(...) or avg(...)'
  );
}

function formatLabels(metric: Record<string, string>): string {
  const { __name__: name = '', ...labels } = metric;
  const pairs = Object.entries(labels).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return `${name}{${pairs.join(',')}}`;
}
