// The status file the site reads (`ROLLBOOK_STATUS`, docs/site.md): each plan's current phase,
// that phase's state, the latest gate verdict when known, and when the status was written.
// site/src/lib/status.ts imports these types and parses exactly this shape.

export interface PlanStatus {
  /** The first phase that is not done; the last phase once every phase is done. */
  phase: string;
  /** The phase's state (not-started, in-progress, baking, ready, rolled-back), or done. */
  state: string;
  /** PROMOTE, HOLD, FROZEN, ROLL BACK or ROLL FORWARD; absent when unknown. */
  verdict?: string;
  /** ISO 8601 time the status was derived. */
  updatedAt: string;
}

export interface StatusFile {
  plans: Record<string, PlanStatus>;
}
