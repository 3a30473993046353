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
