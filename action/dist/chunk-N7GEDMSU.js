import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  idRecord
} from "./chunk-X64FJLKN.js";

// action/src/lessons/href.ts
import { posix } from "node:path";
function hrefFrom(outputFile) {
  const dir = posix.dirname(outputFile.split("\\").join("/"));
  return (ref) => posix.relative(dir, ref.file.split("\\").join("/"));
}

// action/src/lessons/views.ts
function runbookGuards(guards) {
  const out = idRecord();
  for (const phase of guards.phases) {
    out[phase.phaseId] = phase.guards.flatMap((g) => {
      if (g.waived) return [];
      if (g.action.kind === "checklist") return [{ kind: "checklist", text: g.action.text, why: g.why }];
      if (g.action.kind === "gate") return [{ kind: "gate", gate: g.action.gate, why: g.why }];
      return [];
    });
  }
  return out;
}
function withGuardFreezes(plan, guards) {
  if (guards.freezes.length === 0) return plan;
  return { ...plan, freezes: [...plan.freezes ?? [], ...guards.freezes.map((f) => f.freeze)] };
}

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

// action/src/lessons/report.ts
var STATUS = {
  pass: "pass",
  pending: "pending",
  inconclusive: "pending",
  fail: "fail",
  error: "fail",
  rollback: "fail"
};
function reportGuards(guards, phaseId, gates = []) {
  const statusById = new Map(gates.map((g) => [g.id, STATUS[g.status]]));
  const phase = guards.phases.find((p) => p.phaseId === phaseId);
  return (phase?.guards ?? []).map((g) => {
    const out = {
      id: g.key,
      title: g.summary,
      why: `${g.why.lessonId} — ${g.why.title}`,
      lessonId: g.why.lessonId,
      lessonTitle: g.why.title,
      href: g.why.href,
      kind: g.action.kind
    };
    if (g.action.kind === "gate") {
      out.gateId = g.itemId;
      const status = statusById.get(g.itemId);
      if (status) out.status = status;
    }
    if (g.waived) {
      out.status = "waived";
      out.waivedReason = g.waived.reason;
    }
    return out;
  });
}

export {
  applyGuards,
  hrefFrom,
  reportGuards,
  runbookGuards,
  withGuardFreezes
};
