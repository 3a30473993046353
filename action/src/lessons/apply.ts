// Folds the guards that are not waived into a copy of the plan: checklist items and gates into
// their phases, lead-in freezes into `freezes`. Downstream code (checklist sync, gate
// evaluation, the calendar) then treats them like anything the plan wrote itself, and
// `guardsById` tells a renderer which of them came from a lesson, and why.
import type { ChecklistItem, Gate, RolloutPlan } from '../plan/schema.ts';
import type { AppliedGuard, GuardFreeze, PlanGuards } from './match.ts';

export function applyGuards(plan: RolloutPlan, guards: PlanGuards): RolloutPlan {
  const byPhase = new Map(guards.phases.map((p) => [p.phaseId, p.guards.filter((g) => !g.waived)]));
  const phases = plan.phases.map((phase) => {
    const active = byPhase.get(phase.id) ?? [];
    const items: ChecklistItem[] = active.flatMap((g) =>
      g.action.kind === 'checklist' ? [{ id: g.itemId, text: g.action.text }] : [],
    );
    const gates: Gate[] = active.flatMap((g) => (g.action.kind === 'gate' ? [g.action.gate] : []));
    if (items.length === 0 && gates.length === 0) return phase;
    return {
      ...phase,
      ...(items.length > 0 ? { checklist: [...(phase.checklist ?? []), ...items] } : {}),
      ...(gates.length > 0 ? { gates: [...(phase.gates ?? []), ...gates] } : {}),
    };
  });
  if (guards.freezes.length === 0) return { ...plan, phases };
  return { ...plan, phases, freezes: [...(plan.freezes ?? []), ...guards.freezes.map((f) => f.freeze)] };
}

/**
 * Guards by the id of what they added to the plan: checklist item ids and gate ids (the
 * guard's item id) and lead-in freeze names. Waived guards are included, so a renderer can
 * say "waived" next to them.
 */
export function guardsById(guards: PlanGuards): Map<string, AppliedGuard | GuardFreeze> {
  const out = new Map<string, AppliedGuard | GuardFreeze>();
  for (const phase of guards.phases) for (const g of phase.guards) if (!out.has(g.itemId)) out.set(g.itemId, g);
  for (const f of guards.freezes) out.set(f.freeze.name, f);
  return out;
}
