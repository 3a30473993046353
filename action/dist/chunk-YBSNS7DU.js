import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/plan/reversibility.ts
function rollbackOf(step) {
  if (step.rollback === void 0) return void 0;
  return typeof step.rollback === "string" ? { do: step.rollback } : step.rollback;
}
function undoSteps(phase) {
  return phase.steps.map((step, index) => {
    const undo = { number: index + 1, id: step.id, irreversible: isMarkedIrreversible(step) };
    const rollback = rollbackOf(step);
    if (rollback) undo.rollback = rollback;
    return undo;
  }).reverse();
}
function isMarkedIrreversible(item) {
  return item.irreversible === true || typeof item.irreversible === "string" && item.irreversible.trim() !== "";
}
function rollForwardOf(item) {
  const value = item.rollForward;
  if (value === void 0) return void 0;
  return typeof value === "string" ? { do: value } : value;
}
function whatOf(item) {
  return typeof item.irreversible === "string" ? item.irreversible : void 0;
}
function irreversibleParts(phase) {
  const phasePlan = rollForwardOf(phase);
  const parts = [];
  if (isMarkedIrreversible(phase)) {
    const part = {};
    const what = whatOf(phase);
    if (what !== void 0) part.what = what;
    if (phasePlan) part.rollForward = phasePlan;
    parts.push(part);
  }
  phase.steps.forEach((step, index) => {
    if (!isMarkedIrreversible(step)) return;
    const part = { step: { id: step.id, index } };
    const what = whatOf(step);
    if (what !== void 0) part.what = what;
    const plan = rollForwardOf(step) ?? phasePlan;
    if (plan) part.rollForward = plan;
    parts.push(part);
  });
  return parts;
}
function isIrreversible(phase) {
  return isMarkedIrreversible(phase) || phase.steps.some(isMarkedIrreversible);
}
function phaseResponse(plan, phase) {
  return isIrreversible(phase) || plan.policy?.prefer === "roll-forward" ? "roll-forward" : "roll-back";
}
function rollForwardPlans(phase) {
  const parts = irreversibleParts(phase);
  if (parts.length > 0) return parts.map((part) => part.rollForward ? { part, plan: part.rollForward } : { part });
  const own = rollForwardOf(phase);
  return own ? [{ plan: own }] : [];
}
function partName(part) {
  return part.step ? `step ${part.step.id}` : "the phase";
}
function rollForwardLines(phase) {
  return irreversibleParts(phase).map((part) => {
    const what = part.what ? ` (${part.what.trim().replace(/[.\s]+$/, "")})` : "";
    const how = part.rollForward ? `roll forward: ${part.rollForward.do}` : "the plan gives no roll-forward plan";
    return `${partName(part)} cannot be undone${what}; ${how}`;
  });
}

export {
  rollbackOf,
  undoSteps,
  isMarkedIrreversible,
  rollForwardOf,
  irreversibleParts,
  isIrreversible,
  phaseResponse,
  rollForwardPlans,
  partName,
  rollForwardLines
};
