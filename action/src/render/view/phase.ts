// One phase of the runbook: where it runs and when, how to enter it, its steps with rollbacks,
// what to watch, its gates, sign-offs, freezes, checklist, exit criteria, and what to do when it
// goes wrong.
import { isStructuredTarget, targetLabel } from '../../plan/audience.ts';
import type { PhaseWindow } from '../../plan/calendar.ts';
import { isGateOfKind } from '../../plan/gate-kind.ts';
import { irreversibleParts, phaseResponse } from '../../plan/reversibility.ts';
import type { ChecklistItem, Phase, RolloutPlan } from '../../plan/schema.ts';
import type { TextMd } from '../../text/brands.ts';
import { escapeMarkdownInline } from '../../text/markdown-inline.ts';
import { bakeText, delaySentences, freezeTouches, timeText, waitSentences } from './calendar.ts';
import { backupSentence } from './compatibility.ts';
import { code, md, numberText, optionalText, text, titleText } from './format.ts';
import { actWhen, gateRow, gateSentence, rollbackTrigger } from './gates.ts';
import { type GuardInput, guardView } from './guards.ts';
import { type MetricRowCache, watchList } from './metrics.ts';
import { stagesView } from './stages.ts';
import { forwardItems, rampRows, stepViews, undoItems } from './steps.ts';
import type { ContactRow, EntryView, PhaseView, PolicyView, WhenItGoesWrongView } from './types.ts';

export interface PhaseContext {
  plan: RolloutPlan;
  index: number;
  window: PhaseWindow;
  /** Anchors of all phase headings, by index. */
  anchors: readonly string[];
  guards: readonly GuardInput[];
  contacts: ContactRow[];
  policy: PolicyView;
  /** Metric rows built so far for this runbook, shared by its phases. */
  metricRows?: MetricRowCache;
}

/**
 * Plain targets as a list; structured ones (cells, regions, waves) in the order they are
 * reached: `1. cell shard-07 (6%) → 2. wave wave-2: eu-west-1, eu-central-1`.
 */
function targetsText(phase: Phase): TextMd | null {
  const targets = phase.targets ?? [];
  if (targets.length === 0) return null;
  if (!targets.some(isStructuredTarget)) return targets.map((t) => text(targetLabel(t))).join(', ') as TextMd;
  return targets.map((t, i) => md<TextMd>`${numberText(i + 1)}. ${text(targetLabel(t))}`).join(' → ') as TextMd;
}

/** "The phase and step 4 `app-release` cannot be undone.", or null. */
function irreversibleSummary(phase: Phase): TextMd | null {
  const parts = irreversibleParts(phase).map((part) =>
    part.step
      ? md<TextMd>`step ${numberText(part.step.index + 1)} ${code(part.step.id) as TextMd}`
      : ('the phase' as TextMd),
  );
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} cannot be undone; how to roll forward is under "When it goes wrong".` as TextMd;
}

function checklistText(item: ChecklistItem): TextMd {
  return text(typeof item === 'string' ? item : item.text);
}

/** `[Phase 1: title](#anchor)`; URLs in the title stay text because links cannot nest. */
export function phaseLink(phase: Phase, index: number, anchor: string): TextMd {
  const title = escapeMarkdownInline(phase.title, { linkText: true });
  return md<TextMd>`[Phase ${index + 1}: ${title}](#${anchor as TextMd})`;
}

function entryView({ plan, index, anchors }: PhaseContext, previousEnd: number | undefined): EntryView {
  const previous = index > 0 ? plan.phases[index - 1] : undefined;
  if (!previous) return { first: true, previous: null, previousFinish: null, criteria: [] };
  return {
    first: false,
    previous: phaseLink(previous, index - 1, anchors[index - 1]!),
    previousFinish: previousEnd === undefined ? null : timeText(previousEnd, plan),
    criteria: (previous.gates ?? []).map((gate) => gateSentence(gate, plan)),
  };
}

function wrongView(phase: Phase, { plan, contacts, policy }: PhaseContext): WhenItGoesWrongView {
  const migrations = new Set(phase.steps.flatMap((step) => (step.migration === undefined ? [] : [step.migration])));
  const backups = (plan.compatibility.migrations ?? [])
    .filter((migration) => migrations.has(migration.id))
    .flatMap((migration) => {
      const backup = backupSentence(migration);
      return backup ? [md<TextMd>`${code(migration.id) as TextMd}: ${backup}`] : [];
    });
  const response = phaseResponse(plan, phase);
  const forward = forwardItems(phase);
  // Irreversibility overrides a roll-back policy here; then "roll forward only when" no longer applies.
  const forcedForward = forward.length > 0 && policy.preferRollback;
  return {
    preferRollback: policy.preferRollback,
    rollForward: response === 'roll-forward',
    decision: forcedForward
      ? (`Roll forward: ${forward.length === 1 ? 'part of this phase cannot' : 'parts of this phase cannot'} be undone, so fix the fault and ship forward as planned below; undo what can be undone only to limit harm meanwhile.` as TextMd)
      : policy.decision,
    rollForwardWhenLabel: policy.rollForwardWhenLabel,
    rollForwardWhen: forcedForward ? null : policy.rollForwardWhen,
    forward,
    undoIntro: (response === 'roll-forward'
      ? 'What can still be undone, last first, if rolling forward cannot wait:'
      : 'To roll back this phase, undo its steps last first:') as TextMd,
    maxRollbackMinutes: policy.maxRollbackMinutes,
    triggers: (phase.gates ?? []).flatMap((gate) => rollbackTrigger(gate, plan, response) ?? []),
    undo: undoItems(phase),
    contacts,
    keepOldData: policy.keepOldData,
    backups,
  };
}

export function phaseView(context: PhaseContext, previousEnd: number | undefined): PhaseView {
  const { plan, index, window, anchors } = context;
  const phase = plan.phases[index]!;
  return {
    number: index + 1,
    anchor: anchors[index]!,
    title: titleText(phase.title),
    id: code(phase.id),
    environment: text(phase.environment),
    strategy: text(phase.strategy),
    targets: targetsText(phase),
    audience: optionalText(phase.audience),
    irreversible: irreversibleSummary(phase),
    actWhen: actWhen(phaseResponse(plan, phase)),
    window: {
      start: timeText(window.startMs, plan),
      finish: timeText(window.endMs, plan),
      startUtc: text(window.start),
      finishUtc: text(window.end),
      bake: bakeText(phase.bake),
      wait: optionalText(phase.minWait),
      delays: [...delaySentences(window), ...waitSentences(window, plan)],
      scheduled: window.scheduled,
    },
    entry: entryView(context, previousEnd),
    steps: stepViews(phase),
    stages: stagesView(phase),
    ramps: rampRows(phase),
    watch: watchList(phase, plan, context.metricRows),
    gates: (phase.gates ?? []).map((gate) => gateRow(gate, plan)),
    signoffs: (phase.gates ?? [])
      .filter((gate) => isGateOfKind(gate, 'signoff'))
      .map((gate) => gateSentence(gate, plan) as string as TextMd),
    freezes: freezeTouches(plan, window),
    checklist: (phase.checklist ?? []).map(checklistText),
    guards: context.guards.map((guard) => guardView(guard, plan)),
    exit: (phase.exit ?? []).map(text),
    rehearsal: optionalText(phase.rehearsal),
    wrong: wrongView(phase, context),
  };
}
