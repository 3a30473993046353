import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  REST_FALLBACK_AUTHOR,
  sameLogin
} from "./chunk-3AJ34XTM.js";
import {
  decodeReviewRecord
} from "./chunk-TXIE4LKO.js";
import {
  parseKpiReviewMarker
} from "./chunk-DIZKNCWW.js";
import {
  matchGuards
} from "./chunk-W6IT4VZQ.js";
import {
  validLessons
} from "./chunk-GMXY2GKC.js";
import {
  idRecord
} from "./chunk-YTGF5Z5Q.js";

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

// action/src/workspace/guarded-plans.ts
function guardedPlans(plans, lessons) {
  const valid = validLessons(lessons);
  return plans.flatMap((parsed) => {
    if (!parsed.plan || parsed.diagnostics.some((d) => d.severity === "error")) return [];
    const matched = matchGuards(parsed.plan, valid);
    const guards = idRecord();
    for (const phase of matched.phases) guards[phase.phaseId] = phase.guards;
    const plan = applyGuards(parsed.plan, matched);
    return [
      { plan, file: parsed.file, guards, ...matched.freezes.length > 0 ? { guardFreezes: matched.freezes } : {} }
    ];
  });
}

// action/src/kpi-review/read.ts
function findPostedReview(comments, viewer) {
  const author = viewer ?? REST_FALLBACK_AUTHOR;
  for (const comment of comments) {
    if (!sameLogin(comment.author, author)) continue;
    const parsed = parseKpiReviewMarker(comment.body);
    if (!parsed || !comment.createdAt) continue;
    const { kpis: json, ...counts } = parsed;
    const kpis = json !== void 0 && counts.outcomes ? decodeReviewRecord(json, counts.outcomes.length) : void 0;
    return { comment, review: { at: comment.createdAt, ...counts, ...kpis ? { kpis } : {} } };
  }
  return void 0;
}
function postedReview(comments, viewer) {
  return findPostedReview(comments, viewer)?.review;
}

export {
  applyGuards,
  guardedPlans,
  findPostedReview,
  postedReview
};
