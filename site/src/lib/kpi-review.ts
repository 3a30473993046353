// The KPI reviews on the site (issue 18): the plan page shows one through the engine's view
// (the same words as the runbook's), and the lessons chart tallies them. Pure: the status file
// comes in already parsed.
import { plural } from '../../../action/src/site-api.ts';
import type { KpiReviewStatus } from './status.ts';

export {
  type KpiOutcomeLabel,
  type KpiReviewRow,
  type KpiReviewView,
  kpiReviewView,
} from '../../../action/src/site-api.ts';

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
  const plans = (n: number) => plural(n, 'plan');
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
