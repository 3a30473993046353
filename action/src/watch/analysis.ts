// Analysis semantics of a watched metric gate (docs/adr/0041-analysis-limits.md): an interval
// between readings, a failure limit (consecutive failing readings before the gate counts as
// failed) and an inconclusive limit (consecutive readings without data before the hold is a
// problem). Pure: the plan's settings, the previous reading and the new one in, the counts out.
//
// The counts live in the stored reading and saturate at their limit, so a gate that keeps failing
// changes its record only while it counts up: a steady state writes nothing (ADR 39), and the
// stored numbers stay bounded whatever the number of runs.
import type { GateStatus } from '../gates/model.ts';
import { parseDuration } from '../plan/duration.ts';
import type { Analysis, Gate, RolloutPlan } from '../plan/schema.ts';

/** The limits of one gate, the gate's own fields over the plan's, with the defaults filled in. */
export interface AnalysisLimits {
  /** Least time between readings, in ms; 0: every run reads. */
  intervalMs: number;
  /** Consecutive failing readings before the gate counts as failed; 1 (the default) is today's behaviour. */
  failureLimit: number;
  /** Consecutive readings without data before the hold is a problem; undefined: never. */
  inconclusiveLimit?: number;
}

export const DEFAULT_LIMITS: AnalysisLimits = { intervalMs: 0, failureLimit: 1 };

/** The counts a gate's stored reading carries (absent fields are 0 / the default limit). */
export interface AnalysisCounts {
  /** Consecutive failing readings (fail or beyond rollbackAt) up to this one, at most `failureLimit`; counted only when that is above 1. */
  failing?: number;
  /** The failure limit in force when read, when not 1. */
  failureLimit?: number;
  /** Consecutive readings without data up to this one, at most `inconclusiveLimit`; counted only when one is set. */
  noData?: number;
  /** The inconclusive limit in force when read, when one is set. */
  inconclusiveLimit?: number;
}

/** The limits for `gate` of `plan`. */
export function analysisLimits(plan: Pick<RolloutPlan, 'analysis'>, gate: Pick<Gate, 'analysis'>): AnalysisLimits {
  const merged: Analysis = { ...plan.analysis, ...gate.analysis };
  return {
    intervalMs: merged.interval === undefined ? 0 : (parseDuration(merged.interval) ?? 0),
    failureLimit: merged.failureLimit ?? DEFAULT_LIMITS.failureLimit,
    ...(merged.inconclusiveLimit === undefined ? {} : { inconclusiveLimit: merged.inconclusiveLimit }),
  };
}

/** A stored count that is absent: the reading is the first of its kind in a row. */
const FIRST_COUNT = 1;

export const isFailing = (status: GateStatus) => status === 'fail' || status === 'rollback';
export const isNoData = (status: GateStatus) => status === 'inconclusive' || status === 'error';

/** The counts after a reading with `status`, following `previous` (the gate's stored counts and status). */
export function countReading(
  previous: (AnalysisCounts & { status: GateStatus }) | undefined,
  status: GateStatus,
  limits: Pick<AnalysisLimits, 'failureLimit' | 'inconclusiveLimit'>,
): AnalysisCounts {
  const counts: AnalysisCounts = {};
  if (limits.failureLimit !== 1) counts.failureLimit = limits.failureLimit;
  if (limits.inconclusiveLimit !== undefined) counts.inconclusiveLimit = limits.inconclusiveLimit;
  // With the default limits nothing is counted: records stay as they were before limits existed.
  if (isFailing(status) && limits.failureLimit > 1) {
    const before = previous && isFailing(previous.status) ? (previous.failing ?? FIRST_COUNT) : 0;
    counts.failing = Math.min(before + 1, limits.failureLimit);
  }
  if (isNoData(status) && limits.inconclusiveLimit !== undefined) {
    const before = previous && isNoData(previous.status) ? (previous.noData ?? FIRST_COUNT) : 0;
    counts.noData = Math.min(before + 1, limits.inconclusiveLimit);
  }
  return counts;
}

/** How far along its limit a reading counts: `count` readings in a row of `limit`. */
export interface LimitProgress {
  count: number;
  limit: number;
}

/** A failing reading's place against a failure limit above 1; undefined where nothing is counted. */
export function failureProgress(reading: AnalysisCounts & { status: GateStatus }): LimitProgress | undefined {
  const limit = reading.failureLimit ?? DEFAULT_LIMITS.failureLimit;
  if (!isFailing(reading.status) || limit <= 1) return undefined;
  return { count: reading.failing ?? FIRST_COUNT, limit };
}

/** A reading without data's place against the inconclusive limit; undefined where none is set. */
export function noDataProgress(reading: AnalysisCounts & { status: GateStatus }): LimitProgress | undefined {
  if (!isNoData(reading.status) || reading.inconclusiveLimit === undefined) return undefined;
  return { count: reading.noData ?? FIRST_COUNT, limit: reading.inconclusiveLimit };
}

/** Whether a failing reading has reached its limit: the gate counts as failed. */
export function hasFailed(reading: AnalysisCounts & { status: GateStatus }): boolean {
  if (!isFailing(reading.status)) return false;
  const progress = failureProgress(reading);
  return progress === undefined || progress.count >= progress.limit;
}

/** Whether readings without data have reached the inconclusive limit: the hold is a problem. */
export function isNoDataProblem(reading: AnalysisCounts & { status: GateStatus }): boolean {
  const progress = noDataProgress(reading);
  return progress !== undefined && progress.count >= progress.limit;
}

/**
 * The status the verdict uses: a reading beyond the rollback threshold asks for a rollback only
 * once the failure limit is reached; before that it holds as a failing gate.
 */
export function judgedStatus(reading: AnalysisCounts & { status: GateStatus }): GateStatus {
  return reading.status === 'rollback' && !hasFailed(reading) ? 'fail' : reading.status;
}

/** Whether a gate last changed at `countedAt` is due for a reading at `at`. */
export function isDue(countedAt: string | undefined, limits: AnalysisLimits, at: Date): boolean {
  if (limits.intervalMs <= 0 || countedAt === undefined) return true;
  return at.getTime() - Date.parse(countedAt) >= limits.intervalMs;
}
