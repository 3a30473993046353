import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/lessons/apply.ts
function applyGuards(plan, guards) {
  const byPhase = new Map(guards.phases.map((p) => [p.phaseId, p.guards.filter((g) => !g.waived)]));
  const phases = plan.phases.map((phase) => {
    const active = byPhase.get(phase.id) ?? [];
    const items = active.flatMap(
      (g) => g.action.kind === "checklist" ? [{ id: g.itemId, text: g.action.text }] : []
    );
    const gates = active.flatMap((g) => g.action.kind === "gate" ? [g.action.gate] : []);
    if (items.length === 0 && gates.length === 0) return phase;
    return {
      ...phase,
      ...items.length > 0 ? { checklist: [...phase.checklist ?? [], ...items] } : {},
      ...gates.length > 0 ? { gates: [...phase.gates ?? [], ...gates] } : {}
    };
  });
  if (guards.freezes.length === 0) return { ...plan, phases };
  return { ...plan, phases, freezes: [...plan.freezes ?? [], ...guards.freezes.map((f) => f.freeze)] };
}

export {
  applyGuards
};
