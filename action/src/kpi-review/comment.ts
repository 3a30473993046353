// The KPI review comment on a tracking issue: one table (KPI, baseline, expectation, measured,
// outcome) and what happens next. On a miss it pings the plan's owners (handles the plan names,
// the only pings Rollbook makes). Plan text is escaped; the hidden marker carries the counts the
// tracking issue reads back from this comment (ours by GitHub's record, never by the marker alone).
import type { ReviewOutcome } from '../checklist/completion.ts';
import { formatMeasured } from '../gates/format.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { cellCode, code, fixed, handleList, text } from '../text/github.ts';
import { kpiReviewMarker } from '../text/markers.ts';
import { formatTime } from '../text/time.ts';
import type { KpiOutcome, KpiResult } from './measure.ts';

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

export function reviewComment(plan: RolloutPlan, completedAt: string, results: readonly KpiResult[]): string {
  const counts = countOutcomes(results);
  const rows = results.map(
    (r) =>
      `| ${text(r.kpi)} | ${r.baseline ? text(r.baseline) : '—'} | ${cellCode(r.expect)} | ${measuredCell(r)} | ${OUTCOME_WORDS[r.outcome]} |`,
  );
  const next =
    counts.missed > 0
      ? `**${counts.missed === 1 ? 'A KPI' : `${counts.missed} KPIs`} missed the expectation.** ${handleList(plan.metadata.owners)}: this issue stays open for you to decide what to do (a follow-up rollout, a lesson, or closing it).`
      : 'No KPI missed its expectation: this issue is closed as completed.';
  return [
    kpiReviewMarker(counts),
    `### KPI review of ${code(plan.metadata.name)}`,
    '',
    `The rollout was complete ${formatTime(completedAt)}. Each KPI was measured at that time plus its \`reviewAfter\`, through the same providers and queries as the gates, and compared with its expectation.`,
    '',
    '| KPI | Baseline | Expected | Measured | Outcome |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `${counts.met} met, ${counts.missed} missed, ${counts.noData} without data. ${next}`,
    '',
  ].join('\n');
}
