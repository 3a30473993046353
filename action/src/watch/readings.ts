// The watch record of one active phase: what its metric gates read at the latest evaluation, and
// a bounded daily history (one row per UTC day, the worst status of the day per gate). Pure: the
// caller evaluates the gates (gates/evaluate-gate.ts) and passes the results and the time in.
//
// Compare before write: `recordReadings` returns the previous record unchanged (same object,
// `changed: false`) when no status, displayed value or day row moved, so a run that measured
// nothing new writes nothing. The time evaluated is therefore the time the readings last changed.
// The newest sample's time rides along with the readings it dates but never triggers a write on
// its own (a live series gets a new sample every scrape): the table says "data from 04:09 UTC,
// 1 min before evaluation", a statement about that evaluation that stays true without rewrites.
// See docs/adr/0039-watch-readings.md.

import type { GateResult, GateStatus } from '../gates/model.ts';
import { formatMeasured } from '../text/number.ts';
import { isoSeconds } from '../text/time.ts';
import { type AnalysisCounts, type AnalysisLimits, countReading, judgedStatus } from './analysis.ts';
import { isBreach } from './verdict.ts';

/** Days of daily history kept per phase; older rows are dropped. */
export const HISTORY_DAYS = 30;

/** Metric gates kept per record; a phase with more shows the first ones (plans rarely have 5). */
export const MAX_WATCHED_GATES = 20;

/** Characters kept of a displayed value or threshold. */
export const MAX_TEXT = 120;

/** Characters kept of a day row's value: 30 days × 20 gates stay well inside an issue body. */
const MAX_DAY_TEXT = 32;

/**
 * One metric gate as last read, with its analysis counts (watch/analysis.ts): the failing or
 * empty readings in a row, and the limits they were counted against when those are not the defaults.
 */
export interface GateReading extends AnalysisCounts {
  /** The gate id (gates/gate-id.ts). */
  gate: string;
  /** The gate's short name: the metric's name. */
  title: string;
  status: GateStatus;
  /** What was measured, as shown (`0.0123`, `412 ms`), or why there is no number. */
  value: string;
  /** The thresholds in words (`≤ 0.01, roll back above 0.05`). */
  threshold: string;
  /**
   * The newest sample behind the value (isoSeconds), when the provider dated it: an absolute
   * time, so the age it shows (against `evaluatedAt`) does not move by itself.
   */
  sampledAt?: string;
  /**
   * When this gate's reading last changed (isoSeconds): a gate with an `interval` is read again
   * only that long after it. Set by recordReadings.
   */
  countedAt?: string;
  /** Input only: the gate was not read this run (its interval has not passed); keep its stored reading. */
  kept?: true;
}

/** The worst status a gate had on one day, with the value shown for it. */
export interface DayReading {
  status: GateStatus;
  value: string;
}

export interface DayRow {
  /** `2026-12-06`, UTC. */
  day: string;
  /** By gate id. */
  gates: Record<string, DayReading>;
}

export interface WatchRecord {
  /** When these readings were taken: the last evaluation that changed them (isoSeconds). */
  evaluatedAt: string;
  gates: GateReading[];
  /** Newest last, at most HISTORY_DAYS. */
  days: DayRow[];
  /**
   * While a gate reads past its rollback threshold: the breach's key, the time of the last
   * evaluation before it began (isoSeconds). Runs that read the same body compute the same key,
   * and a breach after a recovery gets a new one (docs/adr/0042-acting-on-a-breach.md).
   */
  breach?: string;
}

/** Worst first: a day shows the worst status any reading of it had. */
const SEVERITY: readonly GateStatus[] = ['rollback', 'fail', 'error', 'inconclusive', 'pending', 'pass'];

const severity = (status: GateStatus) => {
  const index = SEVERITY.indexOf(status);
  return index < 0 ? SEVERITY.length : index;
};

export function worseStatus(a: GateStatus, b: GateStatus): GateStatus {
  return severity(b) < severity(a) ? b : a;
}

/** `text` cut to `max` characters, the last one an ellipsis when cut. */
export const clip = (text: string, max = MAX_TEXT) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A metric gate result as a reading; other kinds are not watched here (they are ticked by people). */
export function toReading(
  result: GateResult,
  threshold: string,
  limits?: Pick<AnalysisLimits, 'failureLimit' | 'inconclusiveLimit'>,
): GateReading | undefined {
  if (result.kind !== 'metric') return undefined;
  return {
    ...(limits && limits.failureLimit !== 1 ? { failureLimit: limits.failureLimit } : {}),
    ...(limits?.inconclusiveLimit !== undefined ? { inconclusiveLimit: limits.inconclusiveLimit } : {}),
    gate: result.id,
    title: clip(result.title),
    status: result.status,
    // The number when there is one; else what the gate says instead (no data, provider error).
    value: clip(
      result.metric?.value === undefined ? result.summary : formatMeasured(result.metric.value, result.metric.unit),
    ),
    threshold: clip(threshold),
    ...(result.metric?.sampledAt ? { sampledAt: isoSeconds(result.metric.sampledAt) } : {}),
  };
}

/** Whether a gate reads the same; a newer sample time alone is not a change (see the top). */
function sameReading(x: GateReading, y: GateReading): boolean {
  return (
    x.gate === y.gate &&
    x.title === y.title &&
    x.status === y.status &&
    x.value === y.value &&
    x.threshold === y.threshold &&
    x.failing === y.failing &&
    x.failureLimit === y.failureLimit &&
    x.noData === y.noData &&
    x.inconclusiveLimit === y.inconclusiveLimit
  );
}

function sameGates(a: readonly GateReading[], b: readonly GateReading[]): boolean {
  return a.length === b.length && a.every((x, i) => sameReading(x, b[i]!));
}

/**
 * The stored reading after this run: a kept gate as it was; a read one with its counts carried on
 * from the previous reading, and `countedAt` moved only when what it shows changed. Folding the
 * same reading at the same time into the result again changes nothing.
 */
function nextReading(reading: GateReading, old: GateReading | undefined, at: Date): GateReading | undefined {
  // Kept (not read this run), or already counted at this evaluation: a run recomputes its bodies
  // several times (re-read before each write), and must count each reading once.
  if (reading.kept || (old?.countedAt !== undefined && old.countedAt === isoSeconds(at))) return old;
  const { kept: _kept, countedAt: _countedAt, failing: _failing, noData: _noData, ...fresh } = reading;
  const limits = {
    failureLimit: fresh.failureLimit ?? 1,
    ...(fresh.inconclusiveLimit === undefined ? {} : { inconclusiveLimit: fresh.inconclusiveLimit }),
  };
  const counted: GateReading = { ...fresh, ...countReading(old, fresh.status, limits) };
  const countedAt = old?.countedAt !== undefined && sameReading(old, counted) ? old.countedAt : isoSeconds(at);
  return { ...counted, countedAt };
}

function sameDay(a: DayRow | undefined, b: DayRow): boolean {
  if (!a || a.day !== b.day) return false;
  const keys = Object.keys(b.gates);
  if (Object.keys(a.gates).length !== keys.length) return false;
  return keys.every((k) => a.gates[k]?.status === b.gates[k]!.status && a.gates[k]?.value === b.gates[k]!.value);
}

/**
 * Today's row: the day's worst status per gate so far, with what this run read folded in. A gate
 * kept from an earlier run (not read again yet) adds nothing to it: its reading belongs to the day
 * it was read, and a later day shows it only once it is read that day.
 */
function foldDay(
  previous: DayRow | undefined,
  day: string,
  gates: readonly GateReading[],
  read: ReadonlySet<string>,
): DayRow {
  const row: DayRow = { day, gates: {} };
  const before = previous?.day === day ? previous.gates : {};
  for (const reading of gates) {
    const earlier = Object.hasOwn(before, reading.gate) ? before[reading.gate] : undefined;
    if (!read.has(reading.gate)) {
      if (earlier) row.gates[reading.gate] = earlier;
      continue;
    }
    row.gates[reading.gate] =
      earlier && worseStatus(earlier.status, reading.status) === earlier.status
        ? earlier
        : { status: reading.status, value: clip(reading.value, MAX_DAY_TEXT) };
  }
  return row;
}

export interface RecordedReadings {
  record: WatchRecord;
  /** False when `record` is `previous`: nothing to write. */
  changed: boolean;
}

/**
 * The key of a breach that shows now: carried over while it lasts, else the time of the evaluation
 * before it (the previous record's), or this one's when there is no earlier record.
 */
function breachSince(previous: WatchRecord | undefined, evaluatedAt: string): string {
  if (!previous) return evaluatedAt;
  if (isBreach(previous.gates)) return previous.breach ?? previous.evaluatedAt;
  return previous.evaluatedAt;
}

/** The record after one evaluation at `at`. */
export function recordReadings(
  previous: WatchRecord | undefined,
  readings: readonly GateReading[],
  at: Date,
): RecordedReadings {
  const before = new Map((previous?.gates ?? []).map((g) => [g.gate, g]));
  const gates: GateReading[] = [];
  /** The gates read in this run (the others are kept from an earlier one). */
  const read = new Set<string>();
  for (const r of readings.slice(0, MAX_WATCHED_GATES)) {
    const next = nextReading(r, before.get(r.gate), at);
    if (!next) continue;
    gates.push(next);
    if (!r.kept) read.add(r.gate);
  }
  const day = isoSeconds(at).slice(0, 10);
  const last = previous?.days.at(-1);
  // A run that read no gate adds no day: nothing was measured on it.
  const today = read.size > 0 ? foldDay(last, day, gates, read) : undefined;
  if (previous && sameGates(previous.gates, gates) && (!today || sameDay(last, today))) {
    return { record: previous, changed: false };
  }
  const older = (previous?.days ?? []).filter((d) => !today || d.day < day);
  const days = today ? [...older, today].slice(-HISTORY_DAYS) : older;
  const evaluatedAt = isoSeconds(at);
  const record: WatchRecord = { evaluatedAt, gates, days };
  if (isBreach(gates)) record.breach = breachSince(previous, evaluatedAt);
  return { record, changed: true };
}

/** The gates whose latest reading passes (as judged with their limits): the metric gates Rollbook shows ticked. */
export function passingGates(record: WatchRecord | undefined): ReadonlySet<string> {
  return new Set((record?.gates ?? []).filter((g) => judgedStatus(g) === 'pass').map((g) => g.gate));
}
