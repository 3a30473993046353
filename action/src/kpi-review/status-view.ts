// The KPI review in words (issue 18), one home for the site's plan page and the runbook
// (`rollbook render --status`): one line for the plan and, per KPI, its baseline, what was
// expected, what was measured and the outcome in words (met, missed, no data, pending until a
// date), so the outcome never rests on colour alone. Plain text: each caller escapes it for its
// place. Pure: the status file comes in already parsed (rollout-status/kpi-review.ts).
import { formatTime } from '../text/time.ts';
import type { KpiReviewStatus } from './status.ts';

export type KpiOutcomeLabel = 'met' | 'missed' | 'no data' | 'pending';

export interface KpiReviewRow {
  kpi: string;
  /** The baseline the review recorded, else the plan's; '—' when there is none. */
  baseline: string;
  /** The expectation the review recorded, else the plan's; '—' when the plan no longer has the KPI. */
  expect: string;
  /** What the review measured (`99.5% over 5m`); '—' while pending or without data. */
  measured: string;
  outcome: KpiOutcomeLabel;
  /** The outcome in words: "pending, due …" while the review has not been posted. */
  says: string;
}

export interface KpiReviewView {
  /** One line for the plan, e.g. "KPI review: missed (posted 2026-11-15 09:05 UTC)". */
  summary: string;
  /** Each KPI of the review, in plan order, with its baseline, expectation and measured value. */
  rows: KpiReviewRow[];
}

const LABELS = { met: 'met', missed: 'missed', 'no-data': 'no data' } as const;

/**
 * The review's view. Baseline and expectation are the ones the review recorded (what the
 * measurement was compared with); a status file without them falls back on the plan's impact
 * list, where KPIs the plan no longer has show none.
 */
export function kpiReviewView(
  impact: readonly { kpi: string; expect: string; baseline?: string | undefined }[],
  review: KpiReviewStatus,
): KpiReviewView {
  const planned = new Map(impact.map((i) => [i.kpi, i]));
  const summary =
    review.state === 'pending' && review.postedAt
      ? `KPI review: pending (posted ${formatTime(review.postedAt)}; a KPI awaits a run with its metric provider)`
      : review.state === 'pending'
        ? `KPI review: pending${review.due ? `, due ${formatTime(review.due)}` : ''}`
        : `KPI review: ${review.state}${review.postedAt ? ` (posted ${formatTime(review.postedAt)})` : ''}`;
  const rows = review.kpis.map((k): KpiReviewRow => {
    const outcome = k.outcome ? LABELS[k.outcome] : 'pending';
    const says =
      outcome === 'pending' && review.due
        ? `pending, due ${formatTime(review.due)}`
        : k.awaitsProvider
          ? 'no data yet: awaits a run with its metric provider'
          : outcome;
    const plan = planned.get(k.kpi);
    const measured = k.measured !== undefined ? `${k.measured}${k.window ? ` over ${k.window}` : ''}` : '—';
    return {
      kpi: k.kpi,
      baseline: k.baseline ?? plan?.baseline ?? '—',
      expect: k.expect ?? plan?.expect ?? '—',
      measured,
      outcome,
      says,
    };
  });
  return { summary, rows };
}
