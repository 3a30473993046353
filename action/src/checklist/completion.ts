// The end of a rollout, as its tracking issue tells it: when the last phase was done, who
// released it (from the verified audit trail), and whether a KPI review is still due. Pure.
//
//   review-pending  every phase is done, and some KPI has a `reviewAfter` not yet reviewed, or
//                   the review is posted but a KPI awaits a run with its provider (ADR 53): stay open
//   review-missed   the review was posted and a KPI missed its expectation: stay open
//   closable        done, and nothing to review (or every reviewed KPI met or had no data): close
import { parseDuration } from '../plan/duration.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import type { CompletionMarkerState } from '../text/markers.ts';
import { isoSeconds } from '../text/time.ts';
import type { RolloutState } from './rollout-state.ts';

/**
 * One reviewed KPI as the review comment recorded it (kpi-review/record.ts): the baseline and
 * expectation the plan said at review time, and what was measured (absent: no data).
 */
export interface ReviewedKpi {
  kpi: string;
  baseline?: string;
  expect: string;
  /** In the metric's unit (a ratio for `ratio`). */
  measured?: number;
  unit?: string;
  /** The window it was measured over (`5m`). */
  window?: string;
  /** When it was measured (or was to be): completion plus its `reviewAfter`. */
  at?: string;
  /** Why there is no value (shown in the review). */
  reason?: string;
  /** No data only because the run had no provider for its metric: a later run may measure it (ADR 53). */
  awaitsProvider?: true;
}

/** The KPI review as posted (kpi-review/): how many KPIs met, missed or had no data. */
export interface ReviewOutcome {
  /** When the review comment was posted. */
  at: string;
  met: number;
  missed: number;
  noData: number;
  /** Each reviewed KPI's outcome, in plan order (the KPIs with a `reviewAfter`). */
  outcomes?: ('met' | 'missed' | 'no-data')[];
  /** Each reviewed KPI's values, in the same order; absent on reviews posted without them. */
  kpis?: ReviewedKpi[];
  /**
   * Of the KPIs awaiting a provider, how many the plan no longer asks the same question of (its
   * `expect` or `baseline` changed since the review, or the reviewed KPIs no longer line up with
   * the record: one added, removed or moved; ADR 29), so no run measures them into it.
   * Set by the sync against the plan it syncs (github-action/sync/kpi-review.ts); never recorded.
   */
  unasked?: number;
}

export interface Completion {
  state: CompletionMarkerState;
  /** When the last phase was done; absent when no phase recorded a time. */
  at?: string;
  /** Who ticked the releases (activations, stages, completions), first seen first. */
  releasedBy: string[];
  /** When the KPI review falls due: completion plus the longest `reviewAfter`. */
  reviewDue?: string;
  review?: ReviewOutcome;
}

/** How many KPIs of a posted review await a run with their provider (ADR 53): the review is not finished. */
export function awaitingProvider(review: ReviewOutcome): number {
  return (review.kpis ?? []).filter((k) => k.awaitsProvider).length;
}

/** The KPIs the plan asks to review, in plan order: the rows of its review. */
export function reviewedImpact(plan: RolloutPlan): RolloutPlan['story']['impact'] {
  return plan.story.impact.filter((i) => i.reviewAfter !== undefined);
}

/** The longest `reviewAfter` of the plan's KPIs in ms; undefined when none asks for a review. */
export function longestReviewAfter(plan: RolloutPlan): number | undefined {
  const spans = plan.story.impact.flatMap((i) => (i.reviewAfter ? [parseDuration(i.reviewAfter) ?? 0] : []));
  return spans.length === 0 ? undefined : Math.max(...spans);
}

/** When the last phase was done: the latest completion time of any phase. */
export function completedAt(rollout: RolloutState): string | undefined {
  const times = rollout.phases.flatMap((p) => (p.completed?.at ? [p.completed.at] : []));
  return times.length === 0 ? undefined : times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/** When the review of a completed rollout is due, or undefined (not complete, nothing to review, no time). */
export function reviewDueAt(plan: RolloutPlan, rollout: RolloutState): string | undefined {
  const span = longestReviewAfter(plan);
  const at = rollout.complete ? completedAt(rollout) : undefined;
  return span === undefined || at === undefined ? undefined : isoSeconds(new Date(Date.parse(at) + span));
}

/** Undefined while some phase is not done. */
export function completionOf(plan: RolloutPlan, rollout: RolloutState, review?: ReviewOutcome): Completion | undefined {
  if (!rollout.complete) return undefined;
  const at = completedAt(rollout);
  const releasedBy = [...new Set(rollout.released.flatMap((e) => (e.by ? [e.by] : [])))];
  const reviewed = longestReviewAfter(plan) !== undefined;
  const due = reviewDueAt(plan, rollout);
  const state: CompletionMarkerState = !reviewed
    ? 'closable'
    : !review
      ? 'review-pending'
      : review.missed > 0
        ? 'review-missed'
        : awaitingProvider(review) > 0
          ? 'review-pending'
          : 'closable';
  return {
    state,
    ...(at ? { at } : {}),
    releasedBy,
    ...(due ? { reviewDue: due } : {}),
    ...(review ? { review } : {}),
  };
}
