// The gate readings of a plan's current phase in the status file (`readings`): what Rollbook's
// watch last wrote into that phase's issue (checklist/written-readings.ts), carried to the site as a display
// cache labelled with the time of its evaluation. Pure, and both ways in one place: the command
// maps a watch record to this shape (bounded and clipped as the watch bounds its own), the site
// validates it with the same limits (parseStatusReadings) and fails its build on a bad file.
// Like the issue's own table, the readings decide nothing: the gates are judged by the report.
// See docs/adr/0046-status-carries-gate-readings.md.
import type { GateStatus } from '../gates/model.ts';
import { isStatusTime as isTime } from '../text/time.ts';
import { judgedStatus } from '../watch/analysis.ts';
import { clip, type GateReading, MAX_TEXT, MAX_WATCHED_GATES, type WatchRecord } from '../watch/readings.ts';

/** One metric gate of the current phase as last read: the watch's own fields, nothing more. */
export type GateReadingStatus = Pick<GateReading, 'gate' | 'title' | 'status' | 'value' | 'threshold' | 'sampledAt'>;

export interface ReadingsStatus {
  /** When the readings were taken: the last evaluation that changed them (ISO 8601, whole seconds). */
  evaluatedAt: string;
  /** In plan order, at most MAX_WATCHED_GATES. */
  gates: GateReadingStatus[];
}

/** Every status, checked by the compiler against GateStatus. */
const STATUSES: Record<GateStatus, true> = {
  pass: true,
  pending: true,
  fail: true,
  inconclusive: true,
  error: true,
  rollback: true,
};

/** Control characters (a terminal escape among them) as spaces: `rollbook status` prints these texts. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const text = (value: string) => clip(value.replace(CONTROL, ' '));

/**
 * The status file's readings from a decoded watch record; the daily history stays in the issue.
 * The record comes from an issue body people can edit: texts are clipped and lose control characters.
 */
export function statusReadings(record: WatchRecord): ReadingsStatus {
  return {
    evaluatedAt: record.evaluatedAt,
    gates: record.gates.slice(0, MAX_WATCHED_GATES).map((g) => ({
      gate: text(g.gate),
      title: text(g.title),
      // As the verdict judges it: past the rollback threshold within its failure limit, a gate holds (ADR 41).
      status: judgedStatus(g),
      value: text(g.value),
      threshold: text(g.threshold),
      ...(g.sampledAt !== undefined ? { sampledAt: g.sampledAt } : {}),
    })),
  };
}

export { isStatusTime as isTime } from '../text/time.ts';

const isShortText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseGate(raw: unknown, where: string): GateReadingStatus {
  if (!isObject(raw)) throw new Error(`${where} must be an object`);
  const { gate, title, status, value, threshold, sampledAt } = raw;
  for (const [key, text] of Object.entries({ gate, title, value, threshold }))
    if (!isShortText(text)) throw new Error(`${where}.${key} must be a string of at most ${MAX_TEXT} characters`);
  if (typeof status !== 'string' || !Object.hasOwn(STATUSES, status))
    throw new Error(`${where}.status must be one of ${Object.keys(STATUSES).join(', ')}`);
  if (sampledAt !== undefined && !isTime(sampledAt))
    throw new Error(`${where}.sampledAt must be a UTC time like 2026-11-20T09:00:00Z`);
  return {
    gate: gate as string,
    title: title as string,
    status: status as GateStatus,
    value: value as string,
    threshold: threshold as string,
    ...(sampledAt !== undefined ? { sampledAt } : {}),
  };
}

/**
 * The readings of a status file entry, checked field by field (unknown fields are left out);
 * the message names the first bad one after `where` (`status.json: plans.demo.readings`).
 */
export function parseStatusReadings(raw: unknown, where: string): ReadingsStatus {
  if (!isObject(raw) || !isTime(raw.evaluatedAt) || !Array.isArray(raw.gates))
    throw new Error(`${where} needs evaluatedAt (a UTC time like 2026-11-20T09:00:00Z) and a list of gates`);
  if (raw.gates.length > MAX_WATCHED_GATES)
    throw new Error(`${where}.gates has ${raw.gates.length} entries; at most ${MAX_WATCHED_GATES} are read`);
  return {
    evaluatedAt: raw.evaluatedAt,
    gates: raw.gates.map((gate, i) => parseGate(gate, `${where}.gates[${i}]`)),
  };
}
