// The rollout as a whole, from its phases' states: which phase is current, which wait, what was
// rolled back, and what was released when. Pure.
import type { RolloutPlan } from '../plan/schema.ts';
import { compareCodePoints } from '../text/order.ts';
import {
  derivePhaseState,
  type PhaseStateName,
  type PhaseStatus,
  type ReleaseEvent,
  type TickRecord,
} from './phase-state.ts';

export interface RolloutPhase extends PhaseStatus {
  /** 1-based position in the plan. */
  number: number;
  title: string;
  /** Set while the phase before this one is not done: its issue says "waiting for <phase>". */
  waitingFor?: string;
  /**
   * Phases of other plans this one depends on (`dependsOn`) that are not done, as `plan/phase`,
   * with their state when the caller knows it: "waiting for other-plan/phase (in progress)".
   */
  waitingForPlans?: { phase: string; state?: PhaseStateName }[];
  /** Something is ticked here although the phase before is not done. */
  outOfOrder: boolean;
}

export interface RollbackNotice extends TickRecord {
  phaseId: string;
  /** The step rolled back; absent for the whole-phase item. */
  stepId?: string;
}

export interface RolloutState {
  plan: string;
  phases: RolloutPhase[];
  /** The first phase that is not done; absent when every phase is done. */
  current?: string;
  /** Every ticked rollback item, in plan order: the parent issue leads with these. */
  rolledBack: RollbackNotice[];
  complete: boolean;
  /** What was released when, oldest first (events without a time last). */
  released: ReleaseEvent[];
}

/** The states of other plans' phases by `plan/phase`, as far as the caller knows them. */
export type OtherPhaseStates = ReadonlyMap<string, PhaseStateName>;

/**
 * `phases` may come in any order and may miss phases without an issue yet (they count as not
 * started). `others` gives other plans' phase states for `dependsOn`: a dependency it does not
 * know is waited for, its state unknown.
 */
export function deriveRolloutState(
  plan: RolloutPlan,
  phases: readonly PhaseStatus[],
  others: OtherPhaseStates = new Map(),
): RolloutState {
  const byId = new Map(phases.map((p) => [p.phaseId, p]));
  const out: RolloutPhase[] = plan.phases.map((phase, index) => {
    const status = byId.get(phase.id) ?? notStarted(plan, phase.id);
    const previous = index > 0 ? plan.phases[index - 1]! : undefined;
    const previousState: PhaseStateName | undefined = previous
      ? (byId.get(previous.id)?.state ?? 'not-started')
      : undefined;
    const waiting = previous !== undefined && previousState !== 'done';
    const waitingForPlans = (phase.dependsOn ?? []).flatMap((ref) => {
      const state = others.get(ref);
      if (state === 'done') return [];
      return [state === undefined ? { phase: ref } : { phase: ref, state }];
    });
    const blocked = waiting || waitingForPlans.length > 0;
    return {
      ...status,
      number: index + 1,
      title: phase.title,
      ...(waiting ? { waitingFor: previous.id } : {}),
      ...(waitingForPlans.length > 0 ? { waitingForPlans } : {}),
      outOfOrder: blocked && status.ticked + status.rolledBack.length > 0,
    };
  });
  const current = out.find((p) => p.state !== 'done')?.phaseId;
  const rolledBack = out.flatMap((p) =>
    p.rolledBack.map((r) => {
      const stepId = r.itemId.split('/rollback:')[1];
      return { ...r, phaseId: p.phaseId, ...(stepId ? { stepId } : {}) };
    }),
  );
  const released = out.flatMap((p) => p.events).sort((a, b) => compareCodePoints(a.at ?? '\uffff', b.at ?? '\uffff'));
  return {
    plan: plan.metadata.name,
    phases: out,
    ...(current ? { current } : {}),
    rolledBack,
    complete: current === undefined,
    released,
  };
}

/** A phase with no issue yet: nothing ticked. */
function notStarted(plan: RolloutPlan, phaseId: string): PhaseStatus {
  return derivePhaseState(plan, phaseId, new Map(), undefined, new Date(0));
}
