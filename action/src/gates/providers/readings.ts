// Small constructors so every provider words its readings the same way.
import { formatDuration } from '../../plan/duration.ts';
import { formatTime } from '../../text/time.ts';
import type { SampleValue } from './sample-value.ts';
import type { TimedSample } from './series-points.ts';
import type { MetricReading, NoDataReason, RangePoint, RangeReading } from './types.ts';

/** The readings without a value, shared by instant and range queries. */
export type NoValueReading = Exclude<MetricReading, { status: 'ok' }>;

export function ok(source: string, value: number): MetricReading {
  return { status: 'ok', value, source };
}

export function noData(source: string, reason: NoDataReason, detail: string) {
  return { status: 'no-data', source, reason, detail } as const;
}

/** An error whose message starts with the provider's source, so it names the provider on its own. */
export function failure(source: string, error: string) {
  return { status: 'error', source, error: `${source}: ${error}` } as const;
}

/** The reading for one parsed sample: a number, a no-data for NaN/±Inf, or an error for garbage. */
export function readingFromSample(source: string, sample: SampleValue, what: string): MetricReading {
  switch (sample.kind) {
    case 'finite':
      return ok(source, sample.value);
    case 'non-finite':
      return noData(source, sample.reason, sample.text);
    case 'invalid':
      return failure(source, `${what} is not a number: ${sample.text}`);
  }
}

/**
 * A range reading from time-ordered samples. NaN/±Inf samples are left out and counted
 * (a chart shows a gap); when nothing finite is left, the range has no data.
 */
export function rangeFromSamples(source: string, samples: readonly TimedSample[], emptyDetail: string): RangeReading {
  if (samples.length === 0) return noData(source, 'empty', emptyDetail);
  const points: RangePoint[] = [];
  let firstSkipped: NoDataReason | undefined;
  for (const { at, sample } of samples) {
    if (sample.kind === 'finite') points.push({ at, value: sample.value });
    else if (sample.kind === 'non-finite') firstSkipped ??= sample.reason;
    else return failure(source, `a sample is not a number: ${sample.text}`);
  }
  const skipped = samples.length - points.length;
  if (points.length === 0) return noData(source, firstSkipped ?? 'empty', `all ${skipped} samples are NaN or infinite`);
  return { status: 'ok', points, skipped, source };
}

/** `reading` dated by its newest sample's time (the age of the data the watch shows). */
export function dated(reading: MetricReading, newest: Date): MetricReading {
  return reading.status === 'ok' ? { ...reading, sampledAt: newest } : reading;
}

/**
 * Freshness: `reading`, dated by its newest sample, unless that sample (`newest`, undefined when
 * none was found in `searched` ms before `at`) is older than `maxAgeMs`; then no data, saying when
 * that sample was: an absolute time, so a series that stays silent reads the same on every run
 * (an age would change each time and rewrite every report and watched issue).
 */
export function freshOrStale(
  reading: MetricReading,
  at: Date,
  maxAgeMs: number,
  newest: Date | undefined,
  searchedMs: number,
): MetricReading {
  if (reading.status !== 'ok') return reading;
  const limit = formatDuration(maxAgeMs);
  if (newest === undefined) {
    return noData(reading.source, 'stale', `no sample in the ${formatDuration(searchedMs)} before, max age ${limit}`);
  }
  const age = at.getTime() - newest.getTime();
  if (age <= maxAgeMs) return dated(reading, newest);
  return noData(reading.source, 'stale', `newest sample ${formatTime(newest)}, older than the max age ${limit}`);
}
