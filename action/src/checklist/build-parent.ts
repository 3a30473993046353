// Building a plan's tracking issue. It has no checkboxes: its body is a view of the phase
// issues, rewritten from their states on every run (mergeTicks still keeps people's text).
import type { RolloutPlan } from '../plan/schema.ts';
import { DEFAULT_LABEL_PREFIX } from '../text/label-prefix.ts';
import { completionMarker } from '../text/markers.ts';
import type { WatchVerdictName } from '../watch/verdict.ts';
import type { BuiltIssue } from './build-phase.ts';
import type { ReviewOutcome } from './completion.ts';
import { assembleRegion } from './region.ts';
import { renderContent } from './render.ts';
import type { RolloutState } from './rollout-state.ts';
import type { DegradeLevel } from './size.ts';
import { emptyState } from './state-block.ts';
import type { ChecklistTemplates } from './templates.ts';
import { issueLabels, parentIssueTitle, TITLE_PREFIX } from './titles.ts';
import { parentCompletion, parentIssueView } from './view-parent.ts';

export interface ParentIssueInput {
  plan: RolloutPlan;
  templates: ChecklistTemplates;
  rollout: RolloutState;
  /** Phase id → issue number, for links (a phase without an issue yet shows —). */
  issues?: Readonly<Record<string, number | string>>;
  runbookUrl?: string;
  linkBase?: string;
  level?: DegradeLevel;
  /** The watched phases' verdicts by phase id (watch/verdict.ts). */
  verdicts?: Readonly<Record<string, WatchVerdictName>>;
  titlePrefix?: string;
  labelPrefix?: string;
  /** The KPI review, once posted. */
  review?: ReviewOutcome;
}

export function buildParentIssue(input: ParentIssueInput): BuiltIssue {
  const { plan } = input;
  const view = parentIssueView(plan, input.rollout, {
    level: input.level ?? 'full',
    ...(input.issues ? { issues: input.issues } : {}),
    ...(input.runbookUrl === undefined ? {} : { runbookUrl: input.runbookUrl }),
    ...(input.linkBase === undefined ? {} : { linkBase: input.linkBase }),
    ...(input.review ? { review: input.review } : {}),
    ...(input.verdicts ? { verdicts: input.verdicts } : {}),
  });
  const lines = renderContent(input.templates, 'parent', view, []);
  // Outside the template, so an override cannot drop it: the sync closes the issue when this changes to closable.
  const completion = parentCompletion(plan, input.rollout, input.review ? { review: input.review } : {});
  if (completion) lines.push('', completionMarker(completion.state));
  const key = { kind: 'parent' as const, plan: plan.metadata.name };
  return {
    title: parentIssueTitle(plan, input.titlePrefix ?? TITLE_PREFIX),
    body: assembleRegion(
      key,
      lines.map((text) => ({ text })),
      emptyState('parent', key.plan),
    ),
    labels: issueLabels(plan.metadata.name, undefined, input.labelPrefix ?? DEFAULT_LABEL_PREFIX),
  };
}
