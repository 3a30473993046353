// The guards of a plan in the shapes their consumers take. Each returns raw text (never
// escaped) and leaves waived guards to the caller's choice, as noted per function.

import { idRecord } from '../plan/own.ts';
import type { Gate, RolloutPlan } from '../plan/schema.ts';
import type { GuardWhy, PlanGuards } from './match.ts';
import type { GuardWaiver } from './waivers.ts';

/** A checklist item or gate a lesson adds to a runbook phase: the renderer's GuardInput shape. */
export type RunbookGuard =
  | { kind: 'checklist'; text: string; why: GuardWhy }
  | { kind: 'gate'; gate: Gate; why: GuardWhy };

/**
 * For the runbook: by phase id, the checklist items and gates that apply (waived guards are
 * left out). Pair it with the plan itself, or with `withGuardFreezes(plan)`, never with
 * `applyGuards(plan)`, which already holds these items and would show them twice.
 */
export function runbookGuards(guards: PlanGuards): Record<string, RunbookGuard[]> {
  const out = idRecord<RunbookGuard[]>();
  for (const phase of guards.phases) {
    out[phase.phaseId] = phase.guards.flatMap((g): RunbookGuard[] => {
      if (g.waived) return [];
      if (g.action.kind === 'checklist') return [{ kind: 'checklist', text: g.action.text, why: g.why }];
      if (g.action.kind === 'gate') return [{ kind: 'gate', gate: g.action.gate, why: g.why }];
      return [];
    });
  }
  return out;
}

/** The plan with only the guards' lead-in freezes added, for the runbook calendar. */
export function withGuardFreezes(plan: RolloutPlan, guards: PlanGuards): RolloutPlan {
  if (guards.freezes.length === 0) return plan;
  return { ...plan, freezes: [...(plan.freezes ?? []), ...guards.freezes.map((f) => f.freeze)] };
}

/** One line of a phase checklist issue that a lesson adds. */
export interface ChecklistGuard {
  /** Stable item id for the hidden marker: `l-2020-11-thread-exhaustion--thread-alarm`. */
  itemId: string;
  /** `checklist` items are ticked; `gate` items are manual gates (others are evaluated, not ticked). */
  kind: 'checklist' | 'gate';
  text: string;
  why: GuardWhy;
  /** Present when the plan waives the guard here: show it struck through with the reason, unticked. */
  waived?: GuardWaiver;
}

/**
 * For the phase checklist issue: the items lessons add to `phaseId`, waived ones included so the
 * issue can say so. Freeze and raise guards have nothing to tick and are left out.
 */
export function checklistGuards(guards: PlanGuards, phaseId: string): ChecklistGuard[] {
  const phase = guards.phases.find((p) => p.phaseId === phaseId);
  return (phase?.guards ?? []).flatMap((g): ChecklistGuard[] => {
    if (g.action.kind !== 'checklist' && g.action.kind !== 'gate') return [];
    const item: ChecklistGuard = { itemId: g.itemId, kind: g.action.kind, text: g.summary, why: g.why };
    if (g.waived) item.waived = g.waived;
    return [item];
  });
}
