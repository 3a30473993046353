// The bridge to gate evaluation (gates/evaluate-phase.ts): the facts a gate report needs about
// the phase being left, taken from its checklist issue. Sign-offs must already be checked
// (checkSignoffTicks' `accepted`), so the report counts exactly what the issue kept.
import type { ManualTick, PhaseFacts, Signoff } from '../gates/model.ts';
import { isGateOfKind } from '../plan/gate-kind.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import type { StageTick } from '../plan/stages.ts';
import type { AcceptedSignoff } from './authorize.ts';
import { type GuardInput, phaseEntries } from './items.ts';
import type { PhaseStatus } from './phase-state.ts';
import type { ChecklistState } from './state-block.ts';

export interface GateFactsInput {
  plan: RolloutPlan;
  status: PhaseStatus;
  /** The phase issue's state block (who ticked what). */
  state: ChecklistState | undefined;
  accepted: readonly AcceptedSignoff[];
  guards?: readonly GuardInput[];
}

/** The verified tick of each ramp stage, in order, for the ramp gate; undefined without stages. */
export function stageTicks(status: PhaseStatus): StageTick[] | undefined {
  return status.ramp?.stages.map((s) => ({
    ticked: s.ticked,
    ...(s.at ? { at: s.at } : {}),
    ...(s.by ? { by: s.by } : {}),
  }));
}

export function gateFacts(input: GateFactsInput): PhaseFacts {
  const { plan, status, state } = input;
  const entries = phaseEntries(plan, status.phaseId, input.guards ?? []);
  const open = new Set(status.open);
  const facts: PhaseFacts = {};
  if (status.activation.ticked && status.activation.at) facts.activatedAt = new Date(status.activation.at);
  const stages = stageTicks(status);
  if (stages) facts.stages = stages;
  facts.signoffs = input.accepted.map(
    (a): Signoff => ({ gate: a.gateId, by: `@${a.by}`, at: new Date(a.at ?? 0), ...(a.as ? { as: a.as } : {}) }),
  );
  facts.manual = entries
    .filter((e) => e.kind === 'gate' && e.gate !== undefined && isGateOfKind(e.gate, 'manual') && !open.has(e.id))
    .map((e): ManualTick => {
      const info = state?.ticks[e.id];
      return {
        gate: e.gate!.id,
        ...(info?.by ? { by: `@${info.by}` } : {}),
        ...(info?.at ? { at: new Date(info.at) } : {}),
      };
    });
  const listed = entries.filter(
    (e) => e.kind === 'step' || e.kind === 'stage' || e.kind === 'item' || e.kind === 'exit' || e.kind === 'guard',
  );
  facts.checklist = {
    done: listed.filter((e) => !open.has(e.id)).length,
    total: listed.length,
    open: listed.filter((e) => open.has(e.id)).map((e) => e.text),
  };
  return facts;
}
