// Metric values from a JSON file written by an earlier workflow step, so any vendor's
// numbers can feed gates. The plan's `query` is the key in `metrics`:
//
//   {
//     "generatedAt": "2026-11-23T09:00:00Z",        // optional: when bare numbers were read
//     "metrics": {
//       "checkout-errors": 0.012,                     // a bare number: the value at generatedAt
//       "p99-ms": { "value": 412, "at": "2026-11-23T09:00:00Z" },
//       "orders": { "series": [["2026-11-16T09:00:00Z", 100], ["2026-11-23T09:00:00Z", 120]] }
//     }
//   }
//
// Values may be numbers or numeric strings; "NaN", "+Inf" and "-Inf" (JSON has no such
// numbers) and null read as no data. Times are ISO 8601 or unix seconds. Without
// generatedAt, a bare number is dated by the file's modification time, and a reading that is
// stale for that reason says how to date it; a value's own `at` that is not a time is an error.
// A single value answers requests within DEFAULT_LOOKBACK_MS of its time; a series
// answers with its latest point at or before the requested time, within the lookback.
// `field` is not used. The file is read on every request: it is small, and the shared
// query pool (shared-queries.ts) already reads each key once per run.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { containedPath, OutsideRootError } from '../../files/contained.ts';
import {
  dated,
  failure,
  freshOrStale,
  type NoValueReading,
  noData,
  rangeFromSamples,
  readingFromSample,
} from './readings.ts';
import { describe, parseSampleValue } from './sample-value.ts';
import { parseSeries, parseTime, type TimedSample } from './series-points.ts';
import type { InstantRequest, MetricProvider, MetricReading, RangeReading, RangeRequest } from './types.ts';

export const JSON_FILE_PROVIDER = 'json-file';
/** How old a value may be and still answer for a time (files are often written hourly). */
export const DEFAULT_LOOKBACK_MS = 60 * 60_000;

export interface JsonFileOptions {
  path: string;
  /** How reports name the file (default `path`): the workspace-relative path when `path` is absolute. */
  display?: string;
  lookbackMs?: number;
  /**
   * The workspace: a metrics file inside it that links outside it is refused (on `pull_request`
   * the workspace is the PR's own checkout, and the report is posted as a comment).
   */
  root?: string;
}

type Settled = { kind: 'reading'; reading: NoValueReading };
/** `undated`: the value had no time of its own and the file no generatedAt, so its mtime dates it. */
type Entry = { kind: 'samples'; samples: TimedSample[]; undated?: true } | Settled;

const EXAMPLE_TIME = '2026-11-23T09:00:00Z';

/** What a stale reading adds when the file's modification time dated the value. */
export const UNDATED_HINT =
  'the file\'s modification time dated it: write "generatedAt" in the file, or {"value": …, "at": …}';

export class JsonFileProvider implements MetricProvider {
  readonly name = JSON_FILE_PROVIDER;
  readonly source: string;
  readonly #path: string;
  readonly #lookbackMs: number;
  readonly #root: string | undefined;

  constructor(options: JsonFileOptions) {
    this.#path = options.path;
    this.#root = options.root;
    this.#lookbackMs = options.lookbackMs ?? DEFAULT_LOOKBACK_MS;
    this.source = `${JSON_FILE_PROVIDER} ${options.display ?? options.path}`;
  }

  async instant(request: InstantRequest): Promise<MetricReading> {
    const entry = await this.#entry(request.query);
    if (entry.kind === 'reading') return entry.reading;
    const at = request.at.getTime();
    const single = entry.samples.length === 1;
    // A single value is a snapshot: it may be a little after the requested time too.
    const usable = entry.samples.filter(({ at: t }) =>
      single
        ? Math.abs(t.getTime() - at) <= this.#lookbackMs
        : t.getTime() <= at && at - t.getTime() <= this.#lookbackMs,
    );
    const latest = usable.at(-1);
    if (!latest) {
      const when = entry.samples.length ? ` (values from ${span(entry.samples)})` : '';
      return noData(this.source, 'empty', `no value for ${request.query} at ${request.at.toISOString()}${when}`);
    }
    const reading = readingFromSample(this.source, latest.sample, `the value of ${request.query}`);
    // A point carries its own time: the reading is dated with or without a max age.
    if (request.maxAgeMs === undefined) return dated(reading, latest.at);
    const judged = freshOrStale(reading, request.at, request.maxAgeMs, latest.at, this.#lookbackMs);
    if (judged.status !== 'no-data' || !entry.undated) return judged;
    return { ...judged, detail: `${judged.detail}; ${UNDATED_HINT}` };
  }

  /** The points written for the key inside [start, end], as written: `stepSeconds` is not used. */
  async range(request: RangeRequest): Promise<RangeReading> {
    const entry = await this.#entry(request.query);
    if (entry.kind === 'reading') return entry.reading;
    const inside = entry.samples.filter(({ at }) => at >= request.start && at <= request.end);
    return rangeFromSamples(this.source, inside, `no points for ${request.query} in the range`);
  }

  async #entry(key: string): Promise<Entry> {
    const file = await this.#read();
    if (file.kind === 'reading') return file;
    const { document, modified } = file;
    if (!Object.hasOwn(document.metrics, key)) {
      return { kind: 'reading', reading: noData(this.source, 'empty', `no metric ${JSON.stringify(key)} in the file`) };
    }
    const raw = document.metrics[key];
    if (raw === null) return { kind: 'reading', reading: noData(this.source, 'empty', `${key} is null`) };
    if (typeof raw === 'object' && !Array.isArray(raw)) {
      const { series, value, at } = raw as Record<string, unknown>;
      if (series !== undefined) {
        const parsed = parseSeries(series);
        if (!parsed.ok) return this.#bad(`${key}.series: ${parsed.error}`);
        return { kind: 'samples', samples: parsed.samples };
      }
      if (at !== undefined && parseTime(at) === undefined) {
        return this.#bad(
          `${key}.at ${describe(at)} is not a time with a zone (add Z or an offset, e.g. ${EXAMPLE_TIME})`,
        );
      }
      return this.#one(key, value, parseTime(at ?? document.generatedAt), modified);
    }
    return this.#one(key, raw, parseTime(document.generatedAt), modified);
  }

  #one(key: string, raw: unknown, at: Date | undefined, modified: Date): Entry {
    const sample = parseSampleValue(raw);
    if (sample.kind === 'invalid') return this.#bad(`${key} is not a number: ${sample.text}`);
    if (at === undefined) return { kind: 'samples', samples: [{ at: modified, sample }], undated: true };
    return { kind: 'samples', samples: [{ at, sample }] };
  }

  #bad(error: string): Settled {
    return { kind: 'reading', reading: failure(this.source, error) };
  }

  async #read() {
    let text: string;
    let modified: Date;
    try {
      const root = this.#root;
      const path = root === undefined ? this.#path : await containedPath(relative(root, resolve(this.#path)), root);
      [text, modified] = await Promise.all([readFile(path, 'utf8'), stat(path).then((s) => s.mtime)]);
    } catch (error) {
      if (error instanceof OutsideRootError) return this.#bad(error.message);
      const code = (error as { code?: unknown }).code;
      return this.#bad(code === 'ENOENT' ? 'file not found' : `cannot read the file (${String(code ?? error)})`);
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      // JSON.parse's message quotes the text around the error: never repeat a file's content.
      return this.#bad(`not valid JSON (${text.length} characters; check it with a JSON linter)`);
    }
    const metrics = (document as { metrics?: unknown } | null)?.metrics;
    if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
      return this.#bad(`expected { "metrics": { ... } }, got ${describe(document)}`);
    }
    const generatedAt = (document as { generatedAt?: unknown }).generatedAt;
    if (generatedAt !== undefined && parseTime(generatedAt) === undefined) {
      return this.#bad(
        `generatedAt ${describe(generatedAt)} is not a time with a zone (add Z or an offset, e.g. ${EXAMPLE_TIME})`,
      );
    }
    return { kind: 'file', document: { metrics: metrics as Record<string, unknown>, generatedAt }, modified } as const;
  }
}

function span(samples: readonly TimedSample[]): string {
  const first = samples[0]!.at.toISOString();
  const last = samples.at(-1)!.at.toISOString();
  return first === last ? first : `${first} to ${last}`;
}
