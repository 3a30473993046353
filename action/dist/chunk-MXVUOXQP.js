import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  dependencyOrder
} from "./chunk-53CWM5Y6.js";
import {
  projectCalendar
} from "./chunk-4UT3FWL7.js";

// action/src/plan/plan-calendars.ts
function notBeforeOf(plan, finishes) {
  const out = /* @__PURE__ */ new Map();
  for (const phase of plan.phases) {
    const known = (phase.dependsOn ?? []).flatMap((ref) => {
      const ms = finishes.get(ref);
      return ms === void 0 ? [] : [{ phase: ref, ms }];
    });
    if (known.length > 0) out.set(phase.id, known);
  }
  return out.size > 0 ? out : void 0;
}
function recordFinishes(finishes, plan, windows) {
  for (const window of windows) finishes.set(`${plan.metadata.name}/${window.phaseId}`, window.endMs);
}
function projectPlans(plans, start, optionsOf) {
  const finishes = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Map();
  for (const plan of dependencyOrder(plans, (p) => p)) {
    const notBefore = notBeforeOf(plan, finishes);
    const windows = projectCalendar(plan, start, notBefore ? { ...optionsOf(plan), notBefore } : optionsOf(plan));
    recordFinishes(finishes, plan, windows);
    if (!out.has(plan.metadata.name)) out.set(plan.metadata.name, windows);
  }
  return out;
}

export {
  notBeforeOf,
  recordFinishes,
  projectPlans
};
