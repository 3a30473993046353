import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/plan/reversibility.ts
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
  isMarkedIrreversible,
  rollForwardOf,
  irreversibleParts,
  isIrreversible,
  phaseResponse,
  rollForwardLines
};
