// The KPI story: the problem, its size, the solution, deliverables and expected impact.
import type { RolloutPlan } from '../../plan/schema.ts';
import { cell, codeCell, text } from './format.ts';
import type { StoryView } from './types.ts';

export function storyView(plan: RolloutPlan): StoryView {
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
    })),
  };
}
