// The phase verdict the watch reads from its record: the one function every consumer of the
// watch (the breach comment, the per-plan commit status, the tracking issue's "ready to promote",
// the table in the phase issue) asks, so whatever decides a gate's status in the record
// (thresholds, and the analysis limits of watch/analysis.ts) applies to all of them at once. Pure.
//
//   ROLL BACK / ROLL FORWARD  a gate reads past its rollback threshold (`rollback`) and has reached
//                             its failure limit (ADR 41); which of the two is the phase's answer
//                             (plan/reversibility.ts phaseResponse)
//   HOLD                      a gate fails (or is past its rollback threshold within its failure
//                             limit), has no data, errs or waits
//   PROMOTE                   every watched gate passes
//
// Gates without data for their whole inconclusive limit are listed as `problems` too.
//
// Freezes, bakes and sign-offs are not the watch's: they stay on the checklist and the PR report.
import type { Verdict } from '../gates/model.ts';
import { phaseResponse, type Response } from '../plan/reversibility.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { plural } from '../text/plural.ts';
import { failureProgress, hasFailed, isNoDataProblem, judgedStatus, noDataProgress } from './analysis.ts';
import type { GateReading, WatchRecord } from './readings.ts';

export type WatchVerdictName = Exclude<Verdict, 'FROZEN'>;

export interface WatchVerdict {
  verdict: WatchVerdictName;
  /** The gates past their rollback threshold, in plan order. */
  breached: GateReading[];
  /** The gates that hold the phase (fail, no data, error, pending), in plan order. */
  holding: GateReading[];
  /** One line per breached gate, then per holding one: `error_rate reads 8% (≤ 1%, roll back above 5%)`. Raw text. */
  reasons: string[];
  /** One line per gate without data for its whole inconclusive limit: a hold someone should look at. Raw text. */
  problems: string[];
}

/** Whether these readings are a breach: a gate past its rollback threshold for its whole failure limit. */
export function isBreach(gates: readonly GateReading[]): boolean {
  return gates.some((g) => judgedStatus(g) === 'rollback');
}

/** Whether the verdict asks people to act at once (ROLL BACK or ROLL FORWARD). */
export function isBreachVerdict(verdict: WatchVerdictName): verdict is 'ROLL BACK' | 'ROLL FORWARD' {
  return verdict === 'ROLL BACK' || verdict === 'ROLL FORWARD';
}

/** Where a gate stands against its limits, when it has any: `, failing 1 of 3 readings`. */
function limitNote(g: GateReading): string {
  const failing = failureProgress(g);
  if (failing)
    return hasFailed(g)
      ? `, ${failing.limit} failing readings in a row`
      : `, failing ${failing.count} of ${failing.limit} readings`;
  if (isNoDataProblem(g)) return `, no data for ${plural(noDataProgress(g)!.count, 'reading')} in a row`;
  return '';
}

const reasonOf = (g: GateReading) =>
  (g.threshold ? `${g.title} reads ${g.value} (${g.threshold})` : `${g.title}: ${g.value}`) + limitNote(g);

/** The verdict of a watch record, answered as `response` says (roll back or roll forward). */
export function watchVerdict(record: WatchRecord, response: Response): WatchVerdict {
  const breached = record.gates.filter((g) => judgedStatus(g) === 'rollback');
  const holding = record.gates.filter((g) => judgedStatus(g) !== 'pass' && judgedStatus(g) !== 'rollback');
  const verdict: WatchVerdictName =
    breached.length > 0
      ? response === 'roll-forward'
        ? 'ROLL FORWARD'
        : 'ROLL BACK'
      : holding.length > 0
        ? 'HOLD'
        : 'PROMOTE';
  return {
    verdict,
    breached,
    holding,
    reasons: [...breached, ...holding].map(reasonOf),
    problems: record.gates.filter(isNoDataProblem).map(reasonOf),
  };
}

/** The verdict of phase `phaseId`'s record; undefined for a phase the plan no longer has. */
export function phaseWatchVerdict(plan: RolloutPlan, phaseId: string, record: WatchRecord): WatchVerdict | undefined {
  const phase = plan.phases.find((p) => p.id === phaseId);
  return phase ? watchVerdict(record, phaseResponse(plan, phase)) : undefined;
}

/**
 * The key of a breach: the record's `breach` (the last evaluation before it), or, for a record
 * written before records carried one, its own evaluation time (which its successor then carries).
 */
export function breachKey(record: WatchRecord): string {
  return record.breach ?? record.evaluatedAt;
}
