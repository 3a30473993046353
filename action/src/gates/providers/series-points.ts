// Time series written by hand or by other tools (json-file, http-json): an array of
// `[time, value]` pairs or `{ "at": time, "value": v }` objects (`time` and
// `timestamp` are accepted for `at`). A time is an ISO 8601 string or a unix time
// in seconds (milliseconds when it is too large to be seconds).

import { parseInstant } from '../../time/instant.ts';
import { describe, parseSampleValue, type SampleValue } from './sample-value.ts';

export interface TimedSample {
  at: Date;
  sample: SampleValue;
}

// Unix seconds stay below this until the year 5138; larger numbers are milliseconds.
const MAX_UNIX_SECONDS = 1e11;

export type SeriesParse = { ok: true; samples: TimedSample[] } | { ok: false; error: string };

/**
 * The samples of a series, sorted by time; an error names the first bad point, shown with
 * `show` (`describe` quotes it; http-json passes one that gives only its type and size).
 */
export function parseSeries(raw: unknown, show: (value: unknown) => string = describe): SeriesParse {
  if (!Array.isArray(raw)) return { ok: false, error: `expected an array of points, got ${show(raw)}` };
  const samples: TimedSample[] = [];
  for (const point of raw) {
    const [time, value] = Array.isArray(point) ? point : pointFields(point);
    const at = parseTime(time);
    const sample = parseSampleValue(value);
    if (!at) {
      const zoneless = typeof time === 'string' && /^\d{4}-\d{2}-\d{2}T[^Zz+-]*$/.test(time);
      return { ok: false, error: `bad point ${show(point)}${zoneless ? ': add Z or an offset to its time' : ''}` };
    }
    if (sample.kind === 'invalid') return { ok: false, error: `bad point ${show(point)}` };
    samples.push({ at, sample });
  }
  samples.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { ok: true, samples };
}

function pointFields(point: unknown): [unknown, unknown] {
  if (typeof point !== 'object' || point === null) return [undefined, undefined];
  const { at, time, timestamp, value } = point as Record<string, unknown>;
  return [at ?? time ?? timestamp, value];
}

/**
 * An ISO string with its zone (time/instant.ts) or unix seconds/milliseconds as a Date;
 * undefined when it is neither. `2026-11-23T09:00:00` without a zone is not a time here.
 */
export function parseTime(time: unknown): Date | undefined {
  if (typeof time === 'number' && Number.isFinite(time)) {
    const date = new Date(time < MAX_UNIX_SECONDS ? time * 1000 : time);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  if (typeof time !== 'string' || !time.includes('T')) return undefined;
  const parsed = parseInstant(time);
  return parsed.ok ? parsed.date : undefined;
}
