import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  compareCodePoints
} from "./chunk-PWZWRRNJ.js";
import {
  DAY_MS,
  describeGate,
  isIrreversible,
  phaseUnits
} from "./chunk-4UT3FWL7.js";

// action/src/lessons/criteria.ts
var anyOf = (wanted, actual) => wanted === void 0 || wanted.some((value) => actual.includes(value));
var is = (wanted, actual) => wanted === void 0 || wanted === actual;
function planMatches(match, plan) {
  return anyOf(match.services, plan.metadata.services) && anyOf(match.tags, plan.metadata.tags ?? []) && is(match.breaking, plan.compatibility.breaking === true) && is(match.migrations, (plan.compatibility.migrations ?? []).length > 0);
}
function phaseMatches(match, phase) {
  return anyOf(match.environments, [phase.environment]) && anyOf(match.strategies, [phase.strategy]) && anyOf(
    match.stepKinds,
    phase.steps.map((s) => s.kind)
  ) && is(match.irreversible, isIrreversible(phase)) && anyOf(match.audienceUnits, phaseUnits(phase));
}
function matchingPhases(match, plan) {
  if (!planMatches(match, plan)) return [];
  const { except } = match;
  const excluded = (phase) => except !== void 0 && planMatches(except, plan) && phaseMatches(except, phase);
  return plan.phases.filter((phase) => phaseMatches(match, phase) && !excluded(phase));
}

// action/src/lessons/describe.ts
function describeFreeze(freeze, leadIns) {
  if (leadIns === void 0) return `No changes in the ${freeze.lead} before "${freeze.before}"`;
  if (leadIns.length === 0)
    return `No changes in the ${freeze.lead} before "${freeze.before}" (no such event in this plan)`;
  const windows = leadIns.map((l) => `${l.event}: ${l.freeze.from} to ${l.freeze.to}`).join("; ");
  return `No changes in the ${freeze.lead} before ${windows}`;
}
function describeGuard(guard, leadIns) {
  if (guard.checklist !== void 0) return guard.checklist;
  if (guard.gate !== void 0) return describeGate(guard.gate);
  if (guard.freeze !== void 0) return describeFreeze(guard.freeze, leadIns);
  if (guard.raise !== void 0)
    return `Lint rule ${guard.raise.rule} is at least ${guard.raise.to === "error" ? "an error" : "a warning"}`;
  return guard.id;
}

// action/src/lessons/freeze-guard.ts
var DAYS_PER_UNIT = { w: 7, d: 1 };
function leadDays(lead) {
  let days = 0;
  for (const [, amount, unit] of lead.matchAll(/([0-9]+)([wd])/g)) days += Number(amount) * DAYS_PER_UNIT[unit];
  return days;
}
function shiftDay(isoDate, days) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
function matchesEvent(pattern, name) {
  const parts = pattern.split("*");
  if (parts.length === 1) return pattern === name;
  const first = parts[0];
  const last = parts.at(-1);
  if (!name.startsWith(first) || name.length < first.length + last.length) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = name.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return name.endsWith(last);
}
function eventsFor(guard, planFreezes) {
  return planFreezes.filter((event) => event.from !== void 0 && matchesEvent(guard.before, event.name));
}
function eventsReach(events, environment) {
  return events.some((event) => !event.environments || event.environments.includes(environment));
}
function leadInFreezes(guard, planFreezes, environments, nameFor) {
  const days = leadDays(guard.lead);
  return eventsFor(guard, planFreezes).flatMap((event) => {
    if (event.from === void 0 || days === 0) return [];
    const scope = environments.filter((env) => !event.environments || event.environments.includes(env));
    if (scope.length === 0) return [];
    const freeze = {
      name: nameFor(event.name),
      from: shiftDay(event.from, -days),
      to: shiftDay(event.from, -1),
      reason: guard.reason,
      environments: scope,
      allowHotfix: guard.allowHotfix ?? event.allowHotfix ?? false
    };
    return [{ event: event.name, freeze }];
  });
}

// action/src/lessons/ids.ts
function guardKey(lessonName2, guardId) {
  return `${lessonName2}/${guardId}`;
}
function guardItemId(lessonId, guardId) {
  return `${lessonId.toLowerCase()}--${guardId}`;
}
function lessonName(lessonId, repository) {
  return repository === void 0 ? lessonId : `${repository}#${lessonId}`;
}
function parseLessonRef(ref) {
  const hash = ref.indexOf("#");
  const repository = hash < 0 ? void 0 : ref.slice(0, hash);
  const rest = hash < 0 ? ref : ref.slice(hash + 1);
  const slash = rest.indexOf("/");
  const parts = slash < 0 ? { lessonId: rest } : { lessonId: rest.slice(0, slash), guardId: rest.slice(slash + 1) };
  if (repository !== void 0) parts.repository = repository;
  return parts;
}
function sameRepository(a, b) {
  return a === void 0 || b === void 0 ? a === b : a.toLowerCase() === b.toLowerCase();
}

// action/src/lessons/waivers.ts
function waiverFor(plan, lessonId, guardId, phaseId, repository) {
  const index = (plan.waive ?? []).findIndex((w) => {
    if (w.lesson === void 0) return false;
    const ref = parseLessonRef(w.lesson);
    if (!sameRepository(ref.repository, repository)) return false;
    if (ref.lessonId !== lessonId || ref.guardId !== void 0 && ref.guardId !== guardId) return false;
    return w.phases === void 0 || w.phases.includes(phaseId);
  });
  return index < 0 ? void 0 : { reason: plan.waive[index].reason, index };
}

// action/src/lessons/match.ts
function actionOf(guard, itemId, leadIns) {
  if (guard.checklist !== void 0) return { kind: "checklist", text: guard.checklist };
  if (guard.gate !== void 0) return { kind: "gate", gate: { ...guard.gate, id: itemId } };
  if (guard.freeze !== void 0) return { kind: "freeze", freeze: guard.freeze, leadIns };
  return { kind: "raise", rule: guard.raise.rule, to: guard.raise.to };
}
function matchGuards(plan, lessons, options = {}) {
  const href = options.href ?? ((ref) => ref.file);
  const byPhase = new Map(plan.phases.map((p) => [p.id, []]));
  const freezes = [];
  const takenNames = new Set((plan.freezes ?? []).map((f) => f.name));
  const sorted = [...lessons].sort((a, b) => compareCodePoints(a.lesson.id, b.lesson.id));
  for (const ref of sorted) {
    const { lesson, source } = ref;
    const name = lessonName(lesson.id, source?.repository);
    const why = { lessonId: name, title: lesson.title, href: source ? source.url : href(ref) };
    if (source) why.source = { repository: source.repository, ref: source.ref, commit: source.commit };
    for (const guard of lesson.guards) {
      let phases = matchingPhases(guard.match, plan);
      if (guard.freeze) {
        const events = eventsFor(guard.freeze, plan.freezes ?? []);
        if (events.length > 0) phases = phases.filter((p) => eventsReach(events, p.environment));
      }
      if (phases.length === 0) continue;
      const key = guardKey(name, guard.id);
      const itemId = guardItemId(lesson.id, guard.id);
      const waivers = new Map(
        phases.map((p) => [p.id, waiverFor(plan, lesson.id, guard.id, p.id, source?.repository)])
      );
      let leadIns = [];
      if (guard.freeze) {
        const environments = [...new Set(phases.filter((p) => !waivers.get(p.id)).map((p) => p.environment))];
        leadIns = leadInFreezes(
          guard.freeze,
          plan.freezes ?? [],
          environments,
          (event) => uniqueName(`lead-in-${event}`, takenNames)
        );
        freezes.push(...leadIns.map((l) => ({ ...l, key, why })));
      }
      const action = actionOf(guard, itemId, leadIns);
      const summary = describeGuard(guard, leadIns);
      for (const phase of phases) {
        const applied = { key, itemId, lessonId: name, guardId: guard.id, action, summary, why };
        const waived = waivers.get(phase.id);
        if (waived) applied.waived = waived;
        byPhase.get(phase.id).push(applied);
      }
    }
  }
  return {
    plan: plan.metadata.name,
    phases: plan.phases.map((p) => ({ phaseId: p.id, guards: byPhase.get(p.id) })),
    freezes
  };
}
function uniqueName(base, taken) {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

// action/src/github/server-url.ts
var DEFAULT_SERVER_URL = "https://github.com";
function serverUrl(env) {
  return (env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL).replace(/\/+$/, "");
}
function blobBaseUrl(env, repo, ref) {
  return `${serverUrl(env)}/${repo.owner}/${repo.repo}/blob/${ref}/`;
}

export {
  serverUrl,
  blobBaseUrl,
  describeGuard,
  guardKey,
  lessonName,
  parseLessonRef,
  matchGuards
};
