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

export interface KpiReviewTally {
  met: number;
  missed: number;
  pending: number;
}

/**
 * How the KPI reviews of the site's plans came out, for the lessons chart: plans whose review was
 * posted with no KPI missed, with a KPI missed, and still pending. Status entries of plans the
 * site does not have are left out, as everywhere else on the site.
 */
export function tallyKpiReviews(
  plans: readonly string[],
  statusPlans: Readonly<Record<string, { kpiReview?: KpiReviewStatus }>>,
): KpiReviewTally {
  const tally: KpiReviewTally = { met: 0, missed: 0, pending: 0 };
  for (const name of plans) {
    const review = Object.hasOwn(statusPlans, name) ? statusPlans[name]!.kpiReview : undefined;
    if (review) tally[review.state] += 1;
  }
  return tally;
}

/** The tally as chart bars and one sentence, or undefined when no plan has a KPI review. */
export function kpiReviewChart(
  tally: KpiReviewTally,
): { bars: { label: string; count: number }[]; says: string } | undefined {
  const reviewed = tally.met + tally.missed;
  if (reviewed + tally.pending === 0) return undefined;
  const plans = (n: number) => `${n} plan${n === 1 ? '' : 's'}`;
  const pending = tally.pending ? `; ${plans(tally.pending)} awaiting review` : '';
  return {
    bars: [
      { label: 'KPIs met', count: tally.met },
      { label: 'KPIs missed', count: tally.missed },
      { label: 'Review pending', count: tally.pending },
    ],
    says: `KPIs met in ${tally.met} of ${plans(reviewed)} reviewed${pending}.`,
  };
}
