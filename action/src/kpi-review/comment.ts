// The KPI review comment on a tracking issue: one table (KPI, baseline, expectation, measured,
// outcome) and what happens next. On a miss it pings the plan's owners (handles the plan names,
// the only pings Rollbook makes). Plan text is escaped; the hidden marker carries the counts and
// each KPI's values (kpi-review/record.ts) that `rollbook status` and the tracking issue read back
// from this comment (ours by GitHub's record, never by the marker alone).
import type { ReviewOutcome } from '../checklist/completion.ts';
import { TemplateContractError } from '../checklist/render.ts';
import type { ChecklistTemplates } from '../checklist/templates.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { cellCode, code, fixed, handleList, text } from '../text/github.ts';
import { kpiReviewMarker, MARKER_OPENING } from '../text/markers.ts';
import { formatMeasured } from '../text/number.ts';
import { formatTime } from '../text/time.ts';
import type { KpiOutcome, KpiResult } from './measure.ts';
import { encodeReviewRecord, recordedKpis } from './record.ts';

const OUTCOME_WORDS: Readonly<Record<KpiOutcome, string>> = {
  met: '✅ met',
  missed: '❌ missed',
  'no-data': '⚪ no data',
};

export function countOutcomes(results: readonly KpiResult[]): Omit<ReviewOutcome, 'at'> {
  return {
    met: results.filter((r) => r.outcome === 'met').length,
    missed: results.filter((r) => r.outcome === 'missed').length,
    noData: results.filter((r) => r.outcome === 'no-data').length,
    outcomes: results.map((r) => r.outcome),
  };
}

function measuredCell(result: KpiResult): string {
  if (result.measured === undefined) return text(result.reason ?? 'no data');
  const window = result.window ? ` over ${result.window}` : '';
  return fixed(`${formatMeasured(result.measured, result.unit)}${window} at ${formatTime(result.at)}`);
}

/** The data the KPI review template receives, every value escaped for its place. */
export function reviewView(plan: RolloutPlan, completedAt: string, results: readonly KpiResult[]) {
  const counts = countOutcomes(results);
  return {
    plan: { name: code(plan.metadata.name), title: text(plan.metadata.title) },
    completedAt: fixed(formatTime(completedAt)),
    kpis: results.map((r) => ({
      kpi: text(r.kpi),
      baseline: r.baseline ? text(r.baseline) : '—',
      expect: cellCode(r.expect),
      measured: measuredCell(r),
      outcome: OUTCOME_WORDS[r.outcome],
    })),
    counts: { met: counts.met, missed: counts.missed, noData: counts.noData },
    missed: counts.missed > 0,
    missedWords: counts.missed === 1 ? 'A KPI' : `${counts.missed} KPIs`,
    owners: handleList(plan.metadata.owners),
  };
}

/** The comment: the hidden marker with the counts (outside the template, so an override keeps it), then the template's text. */
export function reviewComment(
  templates: Pick<ChecklistTemplates, 'review'>,
  plan: RolloutPlan,
  completedAt: string,
  results: readonly KpiResult[],
): string {
  const body = templates.review(reviewView(plan, completedAt, results)).replace(/\r\n?/g, '\n');
  if (MARKER_OPENING.test(body)) throw new TemplateContractError('the KPI review template wrote a Rollbook marker');
  return `${kpiReviewMarker(countOutcomes(results), encodeReviewRecord(recordedKpis(results)))}\n${body.trim()}\n`;
}
