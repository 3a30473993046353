// The KPI review as the plan page shows it (issue 18): one line for the plan and, per KPI of the
// story, what was expected and the outcome in words (met, missed, no data, pending until a date),
// so the outcome never rests on colour alone. Pure: the status file comes in already parsed.
import { formatTime } from '../../../action/src/site-api.ts';
import type { KpiReviewStatus } from './status.ts';

export type KpiOutcomeLabel = 'met' | 'missed' | 'no data' | 'pending';

export interface KpiReviewRow {
  kpi: string;
  expect: string;
  outcome: KpiOutcomeLabel;
  /** The outcome in words: "pending, due …" while the review has not been posted. */
  says: string;
}

export interface KpiReviewView {
  /** One line for the plan, e.g. "KPI review: missed (posted 2026-11-15 09:05 UTC)". */
  summary: string;
  /** Each KPI of the review, in plan order, with its expectation from the plan. */
  rows: KpiReviewRow[];
}

const LABELS = { met: 'met', missed: 'missed', 'no-data': 'no data' } as const;

/** The review's view against the plan's impact list; KPIs the plan no longer has show no expectation. */
export function kpiReviewView(
  impact: readonly { kpi: string; expect: string }[],
  review: KpiReviewStatus,
): KpiReviewView {
  const expects = new Map(impact.map((i) => [i.kpi, i.expect]));
  const summary =
    review.state === 'pending'
      ? `KPI review: pending${review.due ? `, due ${formatTime(review.due)}` : ''}`
      : `KPI review: ${review.state}${review.postedAt ? ` (posted ${formatTime(review.postedAt)})` : ''}`;
  const rows = review.kpis.map((k): KpiReviewRow => {
    const outcome = k.outcome ? LABELS[k.outcome] : 'pending';
    const says = outcome === 'pending' && review.due ? `pending, due ${formatTime(review.due)}` : outcome;
    return { kpi: k.kpi, expect: expects.get(k.kpi) ?? '—', outcome, says };
  });
  return { summary, rows };
}
