// The status file the site reads (`ROLLBOOK_STATUS`, docs/site.md): each plan's current phase,
// that phase's state, the latest gate verdict when known, and when the status was written.
// site/src/lib/status.ts imports these types and parses exactly this shape.
import type { KpiReviewStatus } from '../kpi-review/status.ts';
import type { ReadingsStatus } from './readings.ts';

export type { KpiReviewStatus, KpiStatus } from '../kpi-review/status.ts';

export type { GateReadingStatus, ReadingsStatus } from './readings.ts';

/** The ramp of the current phase (`stages:`, ADR 28): which stage runs and what it waits for. */
export interface RampStatus {
  /** The highest stage ticked, from 1; 0 before the first. */
  stage: number;
  /** How many stages the phase has. */
  of: number;
  /** tick (the next stage waits for a tick), hold (the stage holds), person (paused), done. */
  waiting: 'tick' | 'hold' | 'person' | 'done';
  /** While holding: when the hold ends, when known. */
  holdEndsAt?: string;
  /** The sentence the phase issue shows, e.g. "Ramp: stage 2 of 4 (25%) holds until …". */
  says: string;
}

export interface PlanStatus {
  /** The first phase that is not done; the last phase once every phase is done. */
  phase: string;
  /** The phase's state (not-started, in-progress, baking, ready, rolled-back), or done. */
  state: string;
  /** The current phase's ramp, while it has stages and is not done. */
  ramp?: RampStatus;
  /**
   * The current phase's gate readings as Rollbook's watch last wrote them into its issue, when it
   * has any: a display cache, as of `readings.evaluatedAt` (rollout-status/readings.ts).
   */
  readings?: ReadingsStatus;
  /** Once every phase is done and a KPI asks for a review. */
  kpiReview?: KpiReviewStatus;
  /** PROMOTE, HOLD, FROZEN, ROLL BACK or ROLL FORWARD; absent when unknown. */
  verdict?: string;
  /** ISO 8601 time the status was derived. */
  updatedAt: string;
}

export interface StatusFile {
  plans: Record<string, PlanStatus>;
}
