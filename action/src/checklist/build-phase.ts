// Building a phase's issue: title, labels and the body Rollbook wants, with every item unticked
// and an empty audit trail. mergeTicks() then carries the current issue's ticks, notes and audit
// trail over. Pure given the templates.
import { phaseResponse } from '../plan/reversibility.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { DEFAULT_LABEL_PREFIX } from '../text/label-prefix.ts';
import { encodeReadings } from '../watch/codec.ts';
import type { WatchRecord } from '../watch/readings.ts';
import { renderReadings } from '../watch/render.ts';
import type { ChecklistEntry } from './items.ts';
import { findPhase, type GuardInput, phaseEntries } from './items.ts';
import { metricGateItems } from './measured.ts';
import { assembleRegion, type ContentLine } from './region.ts';
import { renderContent } from './render.ts';
import type { RolloutPhase } from './rollout-state.ts';
import type { DegradeLevel } from './size.ts';
import { emptyState } from './state-block.ts';
import type { ChecklistTemplates } from './templates.ts';
import { issueLabels, phaseIssueTitle, TITLE_PREFIX } from './titles.ts';
import { phaseIssueView } from './view-phase.ts';

export interface PhaseIssueInput {
  plan: RolloutPlan;
  phaseId: string;
  templates: ChecklistTemplates;
  /** This phase in deriveRolloutState's result: the status line ("waiting for …", "baking until …"). */
  status?: RolloutPhase;
  /** Lesson guards for this phase (the lessons module's PhaseGuards.guards), shown with "Why: L-… — title". */
  guards?: readonly GuardInput[];
  /** The runbook file's URL (or a path, with `linkBase`), linked from the issue. */
  runbookUrl?: string;
  /** Base URL for repository paths, e.g. `https://github.com/acme/app/blob/main/`. */
  linkBase?: string;
  /** How much detail to show (size.ts); default `full`. syncPhaseIssue picks the level that fits. */
  level?: DegradeLevel;
  titlePrefix?: string;
  labelPrefix?: string;
  /** The watch record of the phase's metric gates (watch/readings.ts), shown after the checklist. */
  readings?: WatchRecord;
  /**
   * The metric providers the action's inputs configure: each metric gate then says whether
   * Rollbook ticks it from the data or people tick it (checklist/measured.ts). Unset: neither.
   */
  measured?: ReadonlySet<string>;
  /** May authors sign off where a gate does not say (the action's `allow-author-signoff`)? Default false. */
  authorsMaySignOff?: boolean;
}

export interface BuiltIssue {
  title: string;
  /** The managed region only: write it as the body of a new issue, or merge it into an existing one. */
  body: string;
  labels: string[];
}

export interface BuiltPhaseIssue extends BuiltIssue {
  /** The phase's items in body order. */
  entries: ChecklistEntry[];
}

export function buildPhaseIssue(input: PhaseIssueInput): BuiltPhaseIssue {
  const { plan, templates } = input;
  const phase = findPhase(plan, input.phaseId);
  const entries = phaseEntries(plan, phase.id, input.guards ?? []);
  const measured = input.measured
    ? new Map(metricGateItems(plan, phase.id, input.measured, input.guards ?? []).map((g) => [g.itemId, g.measured]))
    : undefined;
  const view = phaseIssueView(plan, phase, entries, input.status, {
    level: input.level ?? 'full',
    ...(measured ? { measured } : {}),
    ...(input.runbookUrl === undefined ? {} : { runbookUrl: input.runbookUrl }),
    ...(input.linkBase === undefined ? {} : { linkBase: input.linkBase }),
    ...(input.authorsMaySignOff ? { authorsMaySignOff: true } : {}),
  });
  const lines = renderContent(
    templates,
    'phase',
    view,
    entries.map((e) => e.id),
  );
  const content: ContentLine[] = lines.map((text) => ({ text }));
  if (input.readings)
    content.push(
      { text: '' },
      ...renderReadings(input.readings, { response: phaseResponse(plan, phase) }).map((text) => ({ text })),
      {
        text: encodeReadings(input.readings),
      },
    );
  const key = { kind: 'phase' as const, plan: plan.metadata.name, phase: phase.id };
  return {
    title: phaseIssueTitle(plan, phase, input.titlePrefix ?? TITLE_PREFIX),
    body: assembleRegion(key, content, emptyState('phase', key.plan, key.phase)),
    labels: issueLabels(plan.metadata.name, phase.id, input.labelPrefix ?? DEFAULT_LABEL_PREFIX),
    entries,
  };
}
