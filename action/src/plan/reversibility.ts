// What in a plan cannot be undone, and so how a bad metric is answered: roll back (undo the
// phase's steps) or roll forward (fix and ship forward). One home for that decision: the gate
// verdict, the runbook's "When it goes wrong", the checklist and lint all read `phaseResponse`,
// so they never disagree (docs/adr/0030-facts-units-and-reversibility.md).
import type { Phase, RolloutPlan, Step } from './schema.ts';

export type Response = 'roll-back' | 'roll-forward';

export interface RollForwardPlan {
  do: string;
  command?: string;
}

/** One part of a phase that cannot be undone: the phase itself, or one of its steps. Raw text. */
export interface IrreversiblePart {
  /** The step, or undefined for the phase as a whole. */
  step?: { id: string; index: number };
  /** What cannot be undone: the plan's sentence, or undefined when it wrote `irreversible: true`. */
  what?: string;
  /** Its roll-forward plan: its own, else the phase's. */
  rollForward?: RollForwardPlan;
}

type Reversible = Pick<Step, 'irreversible' | 'rollForward'>;

/** How to undo one step, as the plan writes it (a sentence, or a sentence and a command). */
export interface RollbackPlan {
  do: string;
  command?: string;
}

export function rollbackOf(step: Pick<Step, 'rollback'>): RollbackPlan | undefined {
  if (step.rollback === undefined) return undefined;
  return typeof step.rollback === 'string' ? { do: step.rollback } : step.rollback;
}

/** One step of a phase's rollback. Raw text. */
export interface UndoStep {
  /** 1-based position of the step in its phase. */
  number: number;
  id: string;
  /** How to undo it; undefined when the plan gives no rollback. */
  rollback?: RollbackPlan;
  irreversible: boolean;
}

/** A phase's rollback: its steps last-first, each with how to undo it. The runbook and the gate report read this. */
export function undoSteps(phase: Pick<Phase, 'steps'>): UndoStep[] {
  return phase.steps
    .map((step, index) => {
      const undo: UndoStep = { number: index + 1, id: step.id, irreversible: isMarkedIrreversible(step) };
      const rollback = rollbackOf(step);
      if (rollback) undo.rollback = rollback;
      return undo;
    })
    .reverse();
}

export function isMarkedIrreversible(item: Reversible): boolean {
  return item.irreversible === true || (typeof item.irreversible === 'string' && item.irreversible.trim() !== '');
}

export function rollForwardOf(item: Reversible): RollForwardPlan | undefined {
  const value = item.rollForward;
  if (value === undefined) return undefined;
  return typeof value === 'string' ? { do: value } : value;
}

function whatOf(item: Reversible): string | undefined {
  return typeof item.irreversible === 'string' ? item.irreversible : undefined;
}

/** The phase's irreversible parts: the phase when marked, then its marked steps in order. */
export function irreversibleParts(phase: Phase): IrreversiblePart[] {
  const phasePlan = rollForwardOf(phase);
  const parts: IrreversiblePart[] = [];
  if (isMarkedIrreversible(phase)) {
    const part: IrreversiblePart = {};
    const what = whatOf(phase);
    if (what !== undefined) part.what = what;
    if (phasePlan) part.rollForward = phasePlan;
    parts.push(part);
  }
  phase.steps.forEach((step, index) => {
    if (!isMarkedIrreversible(step)) return;
    const part: IrreversiblePart = { step: { id: step.id, index } };
    const what = whatOf(step);
    if (what !== undefined) part.what = what;
    const plan = rollForwardOf(step) ?? phasePlan;
    if (plan) part.rollForward = plan;
    parts.push(part);
  });
  return parts;
}

export function isIrreversible(phase: Phase): boolean {
  return isMarkedIrreversible(phase) || phase.steps.some(isMarkedIrreversible);
}

/**
 * How a bad metric in this phase is answered: roll forward when the phase has anything that
 * cannot be undone, or when the plan's policy prefers it; roll back otherwise.
 */
export function phaseResponse(plan: Pick<RolloutPlan, 'policy'>, phase: Phase): Response {
  return isIrreversible(phase) || plan.policy?.prefer === 'roll-forward' ? 'roll-forward' : 'roll-back';
}

/** One irreversible part (none: the phase under a roll-forward policy) and its roll-forward plan, if the plan gives one. */
export interface RollForwardStep {
  part?: IrreversiblePart;
  plan?: RollForwardPlan;
}

/**
 * The phase's roll-forward plans, one per irreversible part, in order; the phase's own plan when
 * nothing is marked irreversible (a roll-forward policy). Raw text.
 */
export function rollForwardPlans(phase: Phase): RollForwardStep[] {
  const parts = irreversibleParts(phase);
  if (parts.length > 0) return parts.map((part) => (part.rollForward ? { part, plan: part.rollForward } : { part }));
  const own = rollForwardOf(phase);
  return own ? [{ plan: own }] : [];
}

/** `step app-release` or `the phase`, for sentences. Raw text. */
export function partName(part: IrreversiblePart): string {
  return part.step ? `step ${part.step.id}` : 'the phase';
}

/**
 * One line per irreversible part, for the gate report:
 * `step app-release cannot be undone (installed builds stay): roll forward: ship 8.14.1`.
 */
export function rollForwardLines(phase: Phase): string[] {
  return irreversibleParts(phase).map((part) => {
    const what = part.what ? ` (${part.what.trim().replace(/[.\s]+$/, '')})` : '';
    const how = part.rollForward ? `roll forward: ${part.rollForward.do}` : 'the plan gives no roll-forward plan';
    return `${partName(part)} cannot be undone${what}; ${how}`;
  });
}
