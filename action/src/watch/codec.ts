// The watch record as it is kept in the phase issue: one hidden `rollbook:readings` line of
// comment-safe JSON (text/markers.ts) inside the managed region. Decoding checks every field and
// bounds every list, so a hand-edited or forged line can only make the next run start afresh.
import type { GateStatus } from '../gates/model.ts';
import { MAX_ANALYSIS_LIMIT } from '../plan/schema.ts';
import { isRecord } from '../runtime/is-record.ts';
import { parseReadingsLine, readingsMarker } from '../text/markers.ts';
import { DAY_MS } from '../time/units.ts';
import type { AnalysisCounts } from './analysis.ts';
import {
  type DayReading,
  type DayRow,
  type GateReading,
  HISTORY_DAYS,
  MAX_WATCHED_GATES,
  type WatchRecord,
} from './readings.ts';

const STATUSES: ReadonlySet<string> = new Set<GateStatus>([
  'pass',
  'pending',
  'fail',
  'inconclusive',
  'error',
  'rollback',
]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * How far after its evaluation a sample may be dated: a json-file snapshot answers a little
 * before its own time (its lookback, an hour by default). A later one is forged or broken.
 */
export const MAX_SAMPLE_LEAD_MS = DAY_MS;

/** A gate's fields in the order they are stored, whichever order the object was built in. */
const GATE_FIELDS = [
  'gate',
  'title',
  'status',
  'value',
  'threshold',
  'sampledAt',
  'countedAt',
  'failing',
  'failureLimit',
  'noData',
  'inconclusiveLimit',
] as const satisfies readonly (keyof GateReading)[];

function storedGate(g: GateReading): Record<string, unknown> {
  return Object.fromEntries(GATE_FIELDS.map((field) => [field, g[field]]));
}

/** The record as one marker line; the same record always gives the same line. */
export function encodeReadings(record: WatchRecord): string {
  const json = JSON.stringify({
    v: 1,
    at: record.evaluatedAt,
    gates: record.gates.map(storedGate),
    days: record.days,
    ...(record.breach === undefined ? {} : { breach: record.breach }),
  })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/-(?=-)/g, '\\u002d');
  return readingsMarker(json);
}

const isString = (v: unknown): v is string => typeof v === 'string';
/** An isoSeconds time that is a real date (the pattern alone lets `2026-13-45T99:…` through). */
const isTime = (v: unknown): v is string =>
  isString(v) && TIME.test(v) && Date.parse(v) > 0 && new Date(v).toISOString() === v.replace('Z', '.000Z');
const isStatus = (v: unknown): v is GateStatus => isString(v) && STATUSES.has(v);

/** A count or limit: an integer from `min` to MAX_ANALYSIS_LIMIT, or absent. */
const isCount = (v: unknown, min: number): v is number | undefined =>
  v === undefined || (Number.isInteger(v) && (v as number) >= min && (v as number) <= MAX_ANALYSIS_LIMIT);

/** The analysis counts of a stored gate, checked against each other; undefined when they are not valid. */
function countsOf(raw: Record<string, unknown>): AnalysisCounts | undefined {
  const { failing, failureLimit, noData, inconclusiveLimit } = raw;
  if (!isCount(failing, 1) || !isCount(failureLimit, 2) || !isCount(noData, 1) || !isCount(inconclusiveLimit, 1))
    return undefined;
  // A count never passes its limit (they saturate), and is kept only where its limit is set.
  if (failing !== undefined && (failureLimit === undefined || failing > failureLimit)) return undefined;
  if (noData !== undefined && (inconclusiveLimit === undefined || noData > inconclusiveLimit)) return undefined;
  return {
    ...(failing === undefined ? {} : { failing }),
    ...(failureLimit === undefined ? {} : { failureLimit }),
    ...(noData === undefined ? {} : { noData }),
    ...(inconclusiveLimit === undefined ? {} : { inconclusiveLimit }),
  };
}

function gateOf(raw: unknown, at: string): GateReading | undefined {
  if (!isRecord(raw)) return undefined;
  const { gate, title, status, value, threshold, sampledAt, countedAt } = raw;
  if (!isString(gate) || !isString(title) || !isStatus(status) || !isString(value) || !isString(threshold))
    return undefined;
  const counts = countsOf(raw);
  if (!counts) return undefined;
  const reading: GateReading = { gate, title, status, value, threshold, ...counts };
  if (sampledAt !== undefined) {
    if (!isTime(sampledAt) || Date.parse(sampledAt) - Date.parse(at) > MAX_SAMPLE_LEAD_MS) return undefined;
    reading.sampledAt = sampledAt;
  }
  if (countedAt !== undefined) {
    // The gate's last change is the record's or an earlier one.
    if (!isTime(countedAt) || Date.parse(countedAt) > Date.parse(at)) return undefined;
    reading.countedAt = countedAt;
  }
  return reading;
}

function dayOf(raw: unknown): DayRow | undefined {
  if (!isRecord(raw) || !isString(raw.day) || !DAY.test(raw.day) || !isRecord(raw.gates)) return undefined;
  const gates: Record<string, DayReading> = {};
  const entries = Object.entries(raw.gates);
  if (entries.length > MAX_WATCHED_GATES) return undefined;
  for (const [id, reading] of entries) {
    if (!isRecord(reading) || !isStatus(reading.status) || !isString(reading.value)) return undefined;
    gates[id] = { status: reading.status, value: reading.value };
  }
  return { day: raw.day, gates };
}

/** The record of the first readings line in `lines`, or undefined when there is none or it is not valid. */
export function decodeReadings(lines: readonly string[]): WatchRecord | undefined {
  for (const line of lines) {
    const json = parseReadingsLine(line.trim());
    if (json === undefined) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return undefined;
    }
    if (!isRecord(raw) || raw.v !== 1 || !isTime(raw.at)) return undefined;
    if (!Array.isArray(raw.gates) || !Array.isArray(raw.days)) return undefined;
    if (raw.gates.length > MAX_WATCHED_GATES || raw.days.length > HISTORY_DAYS) return undefined;
    const at = raw.at;
    const gates = raw.gates.map((gate) => gateOf(gate, at));
    const days = raw.days.map(dayOf);
    if (gates.some((g) => g === undefined) || days.some((d) => d === undefined)) return undefined;
    if (raw.breach !== undefined && (!isTime(raw.breach) || raw.breach > raw.at)) return undefined;
    const record: WatchRecord = { evaluatedAt: raw.at, gates: gates as GateReading[], days: days as DayRow[] };
    if (raw.breach !== undefined) record.breach = raw.breach;
    return record;
  }
  return undefined;
}
