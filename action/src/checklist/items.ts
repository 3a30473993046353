// What can be ticked in a phase's issue, in order: the single list the issue body, the phase
// state, sign-off checks and the audit trail all read, so they cannot disagree on ids.
import { gateIds } from '../gates/gate-id.ts';
import { signoffsNeeded } from '../plan/gate-defaults.ts';
import { describeGate, isGateOfKind } from '../plan/gate-kind.ts';
import { irreversibleParts, phaseResponse } from '../plan/reversibility.ts';
import type { Gate, Phase, RolloutPlan, Stage, Step } from '../plan/schema.ts';
import { stageAction, stageKeys } from '../plan/stages.ts';
import type { WhySource } from '../text/why-label.ts';
import { guardKey, type ItemKind, itemId, KeyAllocator, textSlug } from './ids.ts';

export type EntrySection = 'steps' | 'stages' | 'gates' | 'checklist' | 'exit' | 'done' | 'rollback';

/** Where a lesson guard comes from (the lessons module's GuardWhy). Raw text. */
export interface GuardWhy {
  lessonId: string;
  title: string;
  /** The lesson's URL or repository path; shown as a link when it is an http(s) URL. */
  href?: string;
  /** For a lesson another repository shares: where and at which commit it was read. */
  source?: WhySource;
}

/**
 * A lesson guard for this phase, shaped like the lessons module's AppliedGuard so its
 * `PhaseGuards.guards` can be passed as is. Checklist guards become `guard:` items; gate
 * guards become gates (sign-off gates get slots); waived, freeze and raise guards add nothing.
 * A guard already folded into the plan by `applyGuards` is recognised by its id and gets its "why".
 */
export interface GuardInput {
  /** The lessons module's item id, `l-2020-11-thread-exhaustion--thread-alarm`. */
  itemId: string;
  why: GuardWhy;
  action?: { kind: string; text?: string; gate?: Gate };
  /** What to tick when there is no `action.text`. */
  summary?: string;
  /** Any value: the plan waives this guard, so nothing is added. */
  waived?: unknown;
}

export interface ChecklistEntry {
  /** The full item id (ids.ts). */
  id: string;
  kind: ItemKind;
  section: EntrySection;
  /** Must be ticked for the phase to be ready: every entry except `complete`, rollbacks and roll-forwards. */
  required: boolean;
  /** The plain text of the item, before escaping (the view adds owners, commands, links). */
  text: string;
  /** For step and rollback entries. */
  step?: Step;
  stepNumber?: number;
  /** The activating step: its tick is the phase's activation (and starts the bake when the phase has no stages). */
  activates?: boolean;
  /** For stage entries: the stage, its number from 1, and how many the phase has. */
  stage?: Stage;
  stageNumber?: number;
  stageCount?: number;
  /** For gate and signoff entries; `id` is always set. */
  gate?: Gate & { id: string };
  /** For signoff entries: which of the gate's `count` sign-offs, from 1. */
  slot?: number;
  /** Set when a lesson guard added the item. */
  why?: GuardWhy;
  /** For rollforward entries: the roll-forward plan's command. */
  rollForwardCommand?: string;
}

/** The step whose tick starts the bake: `activates: true`, else the last non-test step (as the runbook says), else the last. */
export function activatingStep(phase: Phase): Step {
  return phase.steps.find((s) => s.activates) ?? phase.steps.findLast((s) => s.kind !== 'test') ?? phase.steps.at(-1)!;
}

export function findPhase(plan: RolloutPlan, phaseId: string): Phase {
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase) throw new Error(`plan ${plan.metadata.name} has no phase "${phaseId}"`);
  return phase;
}

function rollbackText(step: Step): string | undefined {
  if (step.rollback === undefined) return undefined;
  return typeof step.rollback === 'string' ? step.rollback : step.rollback.do;
}

function guardText(guard: GuardInput): string {
  return guard.action?.text ?? guard.summary ?? guard.itemId;
}

/** The checklist of one phase, in body order. Throws InvalidIdError for ids a valid plan cannot have. */
export function phaseEntries(plan: RolloutPlan, phaseId: string, guards: readonly GuardInput[] = []): ChecklistEntry[] {
  const phase = findPhase(plan, phaseId);
  const planName = plan.metadata.name;
  const id = (kind: ItemKind, key?: string) => itemId(planName, phase.id, kind, key);
  const active = guards.filter((g) => g.waived === undefined || g.waived === null || g.waived === false);
  const whyById = new Map(active.map((g) => [g.itemId, g.why]));
  const activating = activatingStep(phase);
  const response = phaseResponse(plan, phase);

  const steps: ChecklistEntry[] = phase.steps.map((step, index) => ({
    id: id('step', step.id),
    kind: 'step',
    section: 'steps',
    required: true,
    text: step.do,
    step,
    stepNumber: index + 1,
    activates: step === activating,
  }));

  const stageKeyList = stageKeys(phase);
  const stageList = phase.stages ?? [];
  const stages: ChecklistEntry[] = stageList.map((stage, index) => ({
    id: id('stage', stageKeyList[index]!),
    kind: 'stage',
    section: 'stages',
    required: true,
    text: stageAction(stage),
    stage,
    stageNumber: index + 1,
    stageCount: stageList.length,
  }));

  // Gate guards not folded into the plan yet join the plan's gates, so ids come out the same either way.
  const planGateIds = new Set((phase.gates ?? []).flatMap((g) => (g.id ? [g.id] : [])));
  const extraGates = active.flatMap((g) =>
    g.action?.kind === 'gate' && g.action.gate && !planGateIds.has(g.itemId)
      ? [{ ...g.action.gate, id: g.itemId }]
      : [],
  );
  const allGates = [...(phase.gates ?? []), ...extraGates];
  const ids = gateIds({ gates: allGates });
  const gates = allGates.flatMap((gate, index): ChecklistEntry[] => {
    const gateId = ids[index]!;
    const withId = { ...gate, id: gateId };
    const why = whyById.get(gateId);
    const extra = why ? { why } : {};
    if (isGateOfKind(gate, 'signoff')) {
      const count = signoffsNeeded(gate);
      return Array.from({ length: count }, (_, i) => ({
        id: id('signoff', `${gateId}/${i + 1}`),
        kind: 'signoff' as const,
        section: 'gates' as const,
        required: true,
        text: `Sign-off ${i + 1} of ${count}`,
        gate: withId,
        slot: i + 1,
        ...extra,
      }));
    }
    return [
      {
        id: id('gate', gateId),
        kind: 'gate' as const,
        section: 'gates' as const,
        required: true,
        text: describeGate(gate, plan, response),
        gate: withId,
        ...extra,
      },
    ];
  });

  const guardIds = new Set(active.map((g) => g.itemId));
  const explicit = (phase.checklist ?? []).flatMap((c) => (typeof c === 'string' || guardIds.has(c.id) ? [] : [c.id]));
  const keys = new KeyAllocator(explicit);
  const folded = new Set<string>();
  const checklist: ChecklistEntry[] = (phase.checklist ?? []).map((c) => {
    if (typeof c !== 'string' && guardIds.has(c.id)) {
      folded.add(c.id);
      return {
        id: id('guard', guardKey(c.id)),
        kind: 'guard',
        section: 'checklist',
        required: true,
        text: c.text,
        why: whyById.get(c.id)!,
      };
    }
    const key = typeof c === 'string' ? keys.next(textSlug(c)) : c.id;
    return {
      id: id('item', key),
      kind: 'item',
      section: 'checklist',
      required: true,
      text: typeof c === 'string' ? c : c.text,
    };
  });
  for (const guard of active) {
    if (folded.has(guard.itemId) || (guard.action !== undefined && guard.action.kind !== 'checklist')) continue;
    checklist.push({
      id: id('guard', guardKey(guard.itemId)),
      kind: 'guard',
      section: 'checklist',
      required: true,
      text: guardText(guard),
      why: guard.why,
    });
  }

  const exitKeys = new KeyAllocator();
  const exit: ChecklistEntry[] = (phase.exit ?? []).map((criterion) => ({
    id: id('exit', exitKeys.next(textSlug(criterion))),
    kind: 'exit',
    section: 'exit',
    required: true,
    text: criterion,
  }));

  const complete: ChecklistEntry = {
    id: id('complete'),
    kind: 'complete',
    section: 'done',
    required: false,
    text: 'Phase complete: everything above is ticked and the next phase may start',
  };

  const rollbacks: ChecklistEntry[] = phase.steps.flatMap((step, index) => {
    const undo = rollbackText(step);
    // A test step changes nothing, so there is nothing to roll back (its `rollback` says so).
    if (undo === undefined || step.kind === 'test') return [];
    return [
      {
        id: id('rollback', step.id),
        kind: 'rollback' as const,
        section: 'rollback' as const,
        required: false,
        text: undo,
        step,
        stepNumber: index + 1,
      },
    ];
  });
  rollbacks.push({
    id: id('rollback'),
    kind: 'rollback',
    section: 'rollback',
    required: false,
    text: 'The whole phase was rolled back',
  });

  // What cannot be undone is rolled forward instead: one item per irreversible part, its plan as the text.
  const rollforwards: ChecklistEntry[] = irreversibleParts(phase).map((part) => {
    const text = part.rollForward?.do ?? 'No roll-forward plan in the plan: agree one before this runs';
    const command = part.rollForward?.command;
    const extra = command === undefined ? {} : { rollForwardCommand: command };
    if (!part.step)
      return { id: id('rollforward'), kind: 'rollforward', section: 'rollback', required: false, text, ...extra };
    const step = phase.steps[part.step.index]!;
    return {
      ...extra,
      id: id('rollforward', step.id),
      kind: 'rollforward',
      section: 'rollback',
      required: false,
      text,
      step,
      stepNumber: part.step.index + 1,
    };
  });

  return [...steps, ...stages, ...gates, ...checklist, ...exit, complete, ...rollforwards, ...rollbacks];
}
