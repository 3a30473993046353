// The KPI story: the problem, its size, the solution, deliverables and expected impact, and the
// KPI review's outcome when the caller has the status file.
import type { KpiReviewStatus } from '../../kpi-review/status.ts';
import { kpiReviewView } from '../../kpi-review/status-view.ts';
import { kpiThreshold } from '../../plan/kpi-threshold.ts';
import { own } from '../../plan/own.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import { formatThreshold } from '../../text/number.ts';
import { cell, codeCell, text } from './format.ts';
import type { KpiReviewSection, StoryView } from './types.ts';

export function storyView(plan: RolloutPlan, review?: KpiReviewStatus): StoryView {
  const { story } = plan;
  return {
    problem: text(story.problem),
    size: text(story.size),
    solution: text(story.solution),
    deliverables: story.deliverables.map(text),
    impact: story.impact.map((impact) => ({
      kpi: cell(impact.kpi),
      baseline: cell(impact.baseline),
      expect: cell(impact.expect),
      metric: codeCell(impact.metric),
      reviewAfter: cell(impact.reviewAfter),
      reviewedAs: cell(reviewedAs(plan, impact)),
    })),
    review: review ? reviewSection(story.impact, review) : null,
  };
}

/** The review's words (rollout-status/kpi-review-view.ts, as the site shows them), escaped for Markdown. */
function reviewSection(impact: RolloutPlan['story']['impact'], review: KpiReviewStatus): KpiReviewSection {
  const view = kpiReviewView(impact, review);
  return {
    summary: text(view.summary),
    kpis: view.rows.map((row) => ({
      kpi: cell(row.kpi),
      baseline: cell(row.baseline),
      expect: cell(row.expect),
      measured: cell(row.measured),
      outcome: cell(row.says),
    })),
  };
}

const SYMBOLS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' } as const;

/**
 * How the KPI review reads `expect` (plan/kpi-threshold.ts): the threshold in the metric's unit,
 * or why it cannot measure it. Empty for a KPI without `reviewAfter`: nothing reviews it.
 */
function reviewedAs(plan: RolloutPlan, impact: RolloutPlan['story']['impact'][number]): string | undefined {
  if (impact.reviewAfter === undefined) return undefined;
  const reading = kpiThreshold(impact, plan.metrics);
  if (!reading.measurable) return `not measured: ${reading.reason}`;
  const { threshold } = reading;
  const unit = own(plan.metrics, impact.metric)?.unit;
  const shown = `${SYMBOLS[threshold.op]} ${formatThreshold(Number(threshold.value.toPrecision(12)), unit)}`;
  return threshold.parsed.relative
    ? `${shown} (${threshold.parsed.value > 0 ? '+' : ''}${threshold.parsed.value}% of the baseline)`
    : shown;
}
