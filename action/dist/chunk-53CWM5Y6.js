import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  lessonName,
  matchGuards,
  parseLessonRef
} from "./chunk-3K54BDRQ.js";
import {
  checkSharedDuplicateIds,
  discoverPlanFiles,
  isGlob,
  lessonsDirOf,
  loadLessons,
  readPlanFile,
  readSourceFile,
  toLessonSet
} from "./chunk-LC5U5VG2.js";
import {
  byPosition,
  checkThresholdOrder,
  findingInFile,
  findingToDiagnostic,
  isRecord,
  metricDirection,
  parsePlan
} from "./chunk-PWZWRRNJ.js";
import {
  RULES,
  RULES_BY_ID,
  RULE_ID_EXPECTED,
  SEVERITY_RANK,
  effectiveWindow,
  own,
  parseDuration,
  ratioThresholdProblems,
  unknownRuleHint
} from "./chunk-4UT3FWL7.js";
import {
  DEFAULT_PLAN_PATHS
} from "./chunk-4EVLPBYK.js";
import {
  PlanDiscoveryError
} from "./chunk-LG33J42V.js";
import {
  capDiagnostics,
  countBySeverity
} from "./chunk-2Y4U2LYP.js";
import {
  pluralNoun
} from "./chunk-E2OZFMTG.js";
import {
  isInside
} from "./chunk-GX3IQWWC.js";
import {
  didYouMean
} from "./chunk-DSNISORP.js";

// action/src/config/calendar-rules.ts
function calendarRulesOf(config) {
  const noFridays = config.calendar?.noFridays ?? true;
  return { noFridays, noWeekends: config.calendar?.noWeekends ?? noFridays };
}

// action/src/plan/links.ts
var MAX_LISTED_PLANS = 8;
function parsePhaseRef(ref) {
  const slash = ref.indexOf("/");
  if (slash <= 0 || slash === ref.length - 1) return void 0;
  return { plan: ref.slice(0, slash), phase: ref.slice(slash + 1) };
}
function part(position, from, length) {
  if (position.line !== position.endLine) return position;
  const column = position.column + from;
  return { line: position.line, column, endLine: position.line, endColumn: column + length };
}
function linkFacts(file, plan, locator) {
  const dependencies = [];
  plan.phases.forEach((phase, p) => {
    (phase.dependsOn ?? []).forEach((ref, d) => {
      const parsed = parsePhaseRef(ref);
      if (!parsed) return;
      const position = locator.locate(["phases", p, "dependsOn", d], "value", { text: ref, occurrence: 0 });
      dependencies.push({
        phase: phase.id,
        plan: parsed.plan,
        otherPhase: parsed.phase,
        position,
        planPosition: part(position, 0, parsed.plan.length),
        phasePosition: part(position, parsed.plan.length + 1, parsed.phase.length)
      });
    });
  });
  const stages = [];
  (plan.compatibility.deprecation ?? []).forEach((stage, s) => {
    if (stage.plan === void 0) return;
    const link = {
      stage: stage.stage,
      plan: stage.plan,
      position: locator.locate(["compatibility", "deprecation", s, "plan"])
    };
    if (stage.repository !== void 0) link.repository = stage.repository;
    stages.push(link);
  });
  return { file, name: plan.metadata.name, phases: plan.phases.map((p) => p.id), dependencies, stages };
}
function unresolvedPlans(facts, names) {
  return facts.some(
    (f) => f.dependencies.some((d) => !names.has(d.plan)) || f.stages.some((s) => s.repository === void 0 && !names.has(s.plan))
  );
}
function listPlans(names) {
  const shown = names.slice(0, MAX_LISTED_PLANS).join(", ");
  return names.length > MAX_LISTED_PLANS ? `${shown} and ${names.length - MAX_LISTED_PLANS} more` : shown;
}
function checkLinks(facts, known) {
  const out = /* @__PURE__ */ new Map();
  const push = (file, diagnostic) => {
    const list = out.get(file) ?? [];
    list.push({ file, ...diagnostic });
    out.set(file, list);
  };
  const names = [...known.keys()].sort();
  const unknownPlan = (plan) => ({
    expected: names.length ? `a plan of this repository: ${listPlans(names)}` : "a plan of this repository",
    suggestion: didYouMean(plan, names)
  });
  for (const f of facts) {
    for (const d of f.dependencies) {
      if (d.plan === f.name) {
        push(f.file, {
          ...d.planPosition,
          severity: "error",
          code: "ref/dependency-same-plan",
          message: `phase "${d.phase}" depends on ${d.plan}/${d.otherPhase}, a phase of this same plan`,
          expected: "a phase of another plan; the phases of one plan already run in order",
          hint: "remove it, or move the phase so it comes after"
        });
        continue;
      }
      const phases = known.get(d.plan);
      if (!phases) {
        const { expected, suggestion } = unknownPlan(d.plan);
        push(f.file, {
          ...d.planPosition,
          severity: "error",
          code: "ref/unknown-plan",
          message: `phase "${d.phase}" depends on plan "${d.plan}", which is not a plan of this repository`,
          expected,
          hint: suggestion ?? "plans are the *.rollout.yaml files under `plans:` of rollbook.config.yaml"
        });
        continue;
      }
      if (!phases.includes(d.otherPhase)) {
        push(f.file, {
          ...d.phasePosition,
          severity: "error",
          code: "ref/unknown-phase",
          message: `phase "${d.phase}" depends on phase "${d.otherPhase}" of plan ${d.plan}, which has no such phase`,
          expected: `a phase of ${d.plan}: ${phases.join(", ")}`,
          hint: didYouMean(d.otherPhase, phases) ?? `write it as ${d.plan}/<phase>`
        });
      }
    }
    for (const s of f.stages) {
      if (s.repository !== void 0 || s.plan === f.name || known.has(s.plan)) continue;
      const { expected, suggestion } = unknownPlan(s.plan);
      push(f.file, {
        ...s.position,
        // A warning: plans written before links were checked named plans kept elsewhere.
        severity: "warning",
        code: "ref/unknown-plan",
        message: `the ${s.stage} stage is carried out by plan "${s.plan}", which is not a plan of this repository`,
        expected,
        hint: suggestion ?? `if that plan lives in another repository, say so: \`repository: owner/name\` beside \`plan: ${s.plan}\``
      });
    }
  }
  for (const cycle of dependencyCycles(facts)) {
    push(cycle.file, {
      ...cycle.position,
      severity: "error",
      code: "ref/dependency-cycle",
      message: `this dependency closes a cycle (each waits for the next): ${cycle.path.join(" \u2192 ")}`,
      expected: "dependencies between plans that can be carried out in some order",
      hint: "remove one of the dependencies in the cycle"
    });
  }
  return out;
}
function dependencyCycles(facts) {
  const edges = /* @__PURE__ */ new Map();
  const plans = new Map(facts.map((f) => [f.name, f]));
  for (const f of facts) {
    f.phases.forEach((phase, i) => {
      const list = edges.get(`${f.name}/${phase}`) ?? [];
      if (i > 0) list.push({ to: `${f.name}/${f.phases[i - 1]}` });
      edges.set(`${f.name}/${phase}`, list);
    });
    for (const d of f.dependencies) {
      if (d.plan === f.name || !plans.get(d.plan)?.phases.includes(d.otherPhase)) continue;
      edges.get(`${f.name}/${d.phase}`)?.push({
        to: `${d.plan}/${d.otherPhase}`,
        link: { file: f.file, position: d.position }
      });
    }
  }
  const state = /* @__PURE__ */ new Map();
  const found = [];
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack = [{ node: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const out = edges.get(top.node) ?? [];
      if (top.next >= out.length) {
        state.set(top.node, "done");
        stack.pop();
        continue;
      }
      const edge = out[top.next++];
      const seen = state.get(edge.to);
      if (seen === "open") {
        const from = stack.findIndex((s) => s.node === edge.to);
        const path = [...stack.slice(from).map((s) => s.node), edge.to];
        const link = edge.link ?? cycleLink(stack.slice(from), edges);
        if (link) found.push({ ...link, path });
      } else if (seen === void 0) {
        state.set(edge.to, "open");
        stack.push({ node: edge.to, next: 0 });
      }
    }
  }
  return found;
}
function cycleLink(slice, edges) {
  for (const { node, next } of slice) {
    const link = edges.get(node)?.[next - 1]?.link;
    if (link) return link;
  }
  return void 0;
}
function dependencyOrder(items, planOf) {
  const indexOf = /* @__PURE__ */ new Map();
  items.forEach((item, i) => {
    const name = planOf(item).metadata.name;
    if (!indexOf.has(name)) indexOf.set(name, i);
  });
  const waitingOn = new Array(items.length).fill(0);
  const dependents = items.map(() => []);
  items.forEach((item, i) => {
    const plan = planOf(item);
    const needed = /* @__PURE__ */ new Set();
    for (const ref of plan.phases.flatMap((phase) => phase.dependsOn ?? [])) {
      const other = indexOf.get(parsePhaseRef(ref)?.plan ?? "");
      if (other !== void 0 && other !== i) needed.add(other);
    }
    waitingOn[i] = needed.size;
    for (const other of needed) dependents[other].push(i);
  });
  const queue = items.flatMap((_, i) => waitingOn[i] === 0 ? [i] : []);
  const out = [];
  const placed = /* @__PURE__ */ new Set();
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head];
    out.push(items[i]);
    placed.add(i);
    for (const next of dependents[i]) if (--waitingOn[next] === 0) queue.push(next);
  }
  items.forEach((item, i) => {
    if (!placed.has(i)) out.push(item);
  });
  return out;
}

// action/src/workspace/result-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var ENTRY_FORMAT = 1;
var MAX_RESULT_ENTRIES = 2e3;
var RESULTS_DIR = "rollbook-results";
var LESSON_KIND = "lesson";
function sha256(parts) {
  const hash = createHash("sha256");
  for (const part2 of parts) hash.update(`${part2.length}:`).update(part2);
  return hash.digest("hex");
}
var isPosition = (value) => isRecord(value) && Number.isInteger(value.line) && Number.isInteger(value.column) && Number.isInteger(value.endLine) && Number.isInteger(value.endColumn);
var isDiagnostic = (value) => isPosition(value) && isRecord(value) && typeof value.file === "string" && (value.severity === "error" || value.severity === "warning") && typeof value.code === "string" && typeof value.message === "string";
function checkedFileOf(result) {
  if (!isRecord(result) || !Array.isArray(result.diagnostics) || !result.diagnostics.every(isDiagnostic)) {
    return void 0;
  }
  const { name, links } = result;
  if (name !== void 0 && !(isRecord(name) && typeof name.name === "string" && isPosition(name.position))) {
    return void 0;
  }
  if (links !== void 0 && !(isRecord(links) && typeof links.name === "string" && Array.isArray(links.phases))) {
    return void 0;
  }
  return result;
}
function isJsonData(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isJsonData(value[i])) return false;
    return true;
  }
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== null) return false;
  for (const key in value) if (!isJsonData(value[key])) return false;
  return true;
}
function withoutPrototypes(value) {
  if (Array.isArray(value)) {
    for (const item of value) withoutPrototypes(item);
  } else if (isRecord(value)) {
    Object.setPrototypeOf(value, null);
    for (const key of Object.keys(value)) withoutPrototypes(value[key]);
  }
  return value;
}
function lessonOf(result) {
  if (!isRecord(result) || !Array.isArray(result.diagnostics) || !result.diagnostics.every(isDiagnostic)) {
    return void 0;
  }
  const { body, id, lesson } = result;
  if (body !== void 0 && typeof body !== "string" || id !== void 0 && typeof id !== "string") {
    return void 0;
  }
  if (lesson !== void 0 && !(isRecord(lesson) && typeof lesson.id === "string" && Array.isArray(lesson.guards) && lesson.guards.every(isRecord))) {
    return void 0;
  }
  if (lesson !== void 0) withoutPrototypes(lesson);
  return result;
}
function isFsError(error) {
  return error instanceof Error && typeof error.code === "string";
}
function openResultCache({ dir, codeId }) {
  const root = join(dir, RESULTS_DIR);
  const build = sha256([String(ENTRY_FORMAT), codeId]).slice(0, 32);
  const own2 = join(root, build);
  let usable = true;
  let prepared = false;
  const keyOf = (inputs) => sha256([String(ENTRY_FORMAT), codeId, ...inputs]);
  const prepare = () => {
    prepared = true;
    let fresh = false;
    mkdirSync(root, { recursive: true });
    try {
      mkdirSync(own2);
      fresh = true;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const others = fresh ? readdirSync(root).filter((name) => name !== build) : [];
    for (const other of others) rmSync(join(root, other), { recursive: true, force: true });
    const entries = readdirSync(own2);
    if (entries.length >= MAX_RESULT_ENTRIES) for (const name of entries) rmSync(join(own2, name), { force: true });
  };
  const read = (key) => {
    if (!usable) return void 0;
    let text;
    try {
      text = readFileSync(join(own2, `${key}.json`), "utf8");
    } catch (error) {
      if (isFsError(error)) return void 0;
      throw error;
    }
    let entry;
    try {
      entry = JSON.parse(text);
    } catch (error) {
      if (error instanceof SyntaxError) return void 0;
      throw error;
    }
    return isRecord(entry) && entry.format === ENTRY_FORMAT && entry.key === key ? entry.result : void 0;
  };
  const write = (key, result) => {
    if (!usable) return;
    const path = join(own2, `${key}.json`);
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (!prepared) prepare();
      writeFileSync(temporary, JSON.stringify({ format: ENTRY_FORMAT, key, result }));
      renameSync(temporary, path);
    } catch (error) {
      if (!isFsError(error)) throw error;
      usable = false;
      try {
        rmSync(temporary, { force: true });
      } catch {
      }
    }
  };
  const lessonKey = (file, text) => keyOf([LESSON_KIND, file, text]);
  return {
    get: (inputs) => checkedFileOf(read(keyOf(inputs))),
    set: (inputs, result) => write(keyOf(inputs), result),
    getLesson: (file, text) => lessonOf(read(lessonKey(file, text))),
    setLesson(file, text, parsed) {
      if (parsed.lesson !== void 0 && !isJsonData(parsed.lesson)) return;
      write(lessonKey(file, text), parsed);
    }
  };
}
function runInputs(settings) {
  return sha256([
    settings.cwd,
    settings.start,
    JSON.stringify(settings.config),
    JSON.stringify(settings.lessonSettings),
    ...settings.lessons.flatMap((lesson) => [lesson.file, lesson.text, JSON.stringify(lesson.source ?? null)])
  ]);
}

// action/src/workspace/check-plans.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";

// action/src/lessons/lint-guards.ts
function waiverFindings(plan, set, guards) {
  const byName = new Map(set.lessons.map((l) => [lessonName(l.lesson.id, l.source?.repository), l.lesson]));
  const matched = new Set(guards.phases.flatMap((p) => p.guards.map((g) => g.lessonId)));
  const out = [];
  (plan.waive ?? []).forEach((waiver, w) => {
    if (waiver.lesson === void 0) return;
    const ref = parseLessonRef(waiver.lesson);
    const { lessonId, guardId } = ref;
    const path = ["waive", w, "lesson"];
    const known = knownLesson(ref, set);
    if (known !== true) {
      if (known) out.push({ path, ...known });
      return;
    }
    const name = lessonName(
      lessonId,
      ref.repository === void 0 ? void 0 : set.sources.get(ref.repository.toLowerCase())?.repository
    );
    const lesson = byName.get(name);
    if (!lesson) return;
    const guardIds = lesson.guards.map((g) => g.id);
    if (guardId !== void 0 && !guardIds.includes(guardId)) {
      out.push({
        path,
        code: "ref/unknown-guard",
        message: `lesson "${name}" has no guard "${guardId}"`,
        expected: `one of ${guardIds.join(", ")}, or the lesson id alone to waive all of its guards`,
        hint: didYouMean(guardId, guardIds)
      });
      return;
    }
    if (waiver.severity !== void 0) {
      out.push({
        path: ["waive", w, "severity"],
        anchor: "key",
        code: "lesson/waiver-severity",
        message: "a lesson waiver has no severity: the guard is simply not applied",
        expected: "`severity:` only on rule waivers",
        hint: "remove `severity:`"
      });
    }
    if (!matched.has(name)) {
      out.push({
        path,
        code: "lesson/waiver-unused",
        message: `no guard of lesson "${name}" applies to this plan, so the waiver does nothing`,
        expected: "waivers only for lessons that guard this plan",
        hint: "remove the waiver; `rollbook lessons` shows which plans each lesson guards"
      });
    }
  });
  return out;
}
function knownLesson(ref, set) {
  const { lessonId, repository } = ref;
  if (repository === void 0) {
    if (set.ids.has(lessonId)) return true;
    const sharing = [...set.sources.values()].filter((s) => s.ids?.has(lessonId)).map((s) => s.repository);
    if (sharing.length > 0) {
      return {
        code: "ref/unqualified-shared-lesson",
        message: `waiver names lesson "${lessonId}", which is not a lesson of this repository but one ${sharing.join(" and ")} ${sharing.length === 1 ? "shares" : "share"}`,
        expected: "a bare id for a lesson of this repository, owner/name#L-\u2026 for a shared one",
        hint: `write \`lesson: ${sharing[0]}#${ref.guardId === void 0 ? lessonId : `${lessonId}/${ref.guardId}`}\``
      };
    }
    const candidates = [
      ...set.ids,
      ...[...set.sources.values()].flatMap((s) => [...s.ids ?? []].map((id) => `${s.repository}#${id}`))
    ];
    return {
      code: "ref/unknown-lesson",
      message: `waiver names lesson "${lessonId}", which does not exist`,
      expected: "a lesson id from the lessons directory; `rollbook lessons` lists them",
      hint: didYouMean(lessonId, candidates) ?? "check the id in the lesson file (e.g. L-2020-11-thread-exhaustion)"
    };
  }
  const source = set.sources.get(repository.toLowerCase());
  if (!source) {
    const configured = [...set.sources.values()].map((s) => s.repository);
    return {
      code: "ref/unknown-lesson-source",
      message: `waiver names lesson "${repository}#${lessonId}", but ${repository} is not in lessonSources`,
      expected: configured.length > 0 ? `a repository of lessonSources: ${configured.join(", ")}` : "a repository listed under lessonSources in rollbook.config.yaml",
      hint: didYouMean(repository, configured) ?? `add {repository: ${repository}} to lessonSources, or name a lesson of this repository by its bare id`
    };
  }
  if (!source.ids) return void 0;
  if (source.ids.has(lessonId)) return true;
  return {
    code: "ref/unknown-lesson",
    message: `waiver names lesson "${lessonId}", which ${source.repository} does not share`,
    expected: `a lesson id from ${source.repository}`,
    hint: didYouMean(lessonId, source.ids) ?? "check the id in the lesson file (e.g. L-2020-11-thread-exhaustion)"
  };
}
function activeGuards(guards) {
  const out = /* @__PURE__ */ new Map();
  for (const phase of guards.phases) {
    for (const guard of phase.guards) {
      if (guard.waived) continue;
      const entry = out.get(guard.key) ?? { guard, phases: [] };
      entry.phases.push(phase.phaseId);
      out.set(guard.key, entry);
    }
  }
  return out;
}
function guardFindings(plan, guards) {
  const out = [];
  const metricNames = Object.keys(plan.metrics);
  for (const { guard, phases } of activeGuards(guards).values()) {
    const lesson = { id: guard.why.lessonId, title: guard.why.title };
    const { action } = guard;
    const metric = action.kind === "gate" ? action.gate.metric : void 0;
    const catalogued = metric === void 0 ? void 0 : own(plan.metrics, metric);
    if (metric !== void 0 && catalogued === void 0) {
      out.push({
        path: ["metrics"],
        anchor: "key",
        severity: "error",
        lesson,
        code: "lesson/unknown-metric",
        message: `guard ${guard.key} gates ${pluralNoun(phases.length, "phase")} ${phases.join(", ")} on metric "${metric}", which this plan does not define`,
        expected: `a metric named "${metric}" under \`metrics:\``,
        hint: didYouMean(metric, metricNames) ?? `define "${metric}", or waive the guard: waive: [{lesson: ${guard.key}, reason: "\u2026"}]`
      });
    }
    if (action.kind === "gate" && metric !== void 0 && catalogued !== void 0) {
      const direction = metricDirection(catalogued);
      for (const contradiction of checkThresholdOrder(action.gate, { name: metric, direction }, [])) {
        out.push({
          path: ["metrics", metric],
          anchor: "key",
          severity: "error",
          lesson,
          code: "lesson/threshold-order",
          message: `guard ${guard.key} gates ${pluralNoun(phases.length, "phase")} ${phases.join(", ")} on "${metric}" with thresholds that contradict this plan's metric: ${contradiction.message}`,
          expected: contradiction.expected,
          hint: `fix the guard if it was written for a metric where the other side is better; or waive it: waive: [{lesson: ${guard.key}, reason: "\u2026"}]`
        });
      }
      for (const problem of ratioThresholdProblems(action.gate, metric, catalogued.unit)) {
        out.push({
          path: ["metrics", metric],
          anchor: "key",
          severity: "warning",
          lesson,
          code: "lesson/ratio-threshold",
          message: `guard ${guard.key} gates ${pluralNoun(phases.length, "phase")} ${phases.join(", ")} on "${metric}", a ${catalogued.unit}, with \`${problem.written}\`, which is ${problem.means}`,
          expected: problem.expected,
          hint: `in the lesson's guard, ${problem.hint}`
        });
      }
      const window = effectiveWindow(action.gate, catalogued);
      const windowMs = window === void 0 ? void 0 : parseDuration(window);
      const outgrown = phases.flatMap((id) => {
        const bake = plan.phases.find((p) => p.id === id)?.bake;
        const bakeMs = bake === void 0 ? void 0 : parseDuration(bake);
        return windowMs !== void 0 && bakeMs !== void 0 && windowMs > bakeMs ? [`${id} (${bake})`] : [];
      });
      if (outgrown.length > 0) {
        out.push({
          path: ["metrics", metric],
          anchor: "key",
          severity: "warning",
          lesson,
          code: "lesson/window-bake",
          message: `guard ${guard.key} gates "${metric}" over ${window}, longer than the bake of ${pluralNoun(outgrown.length, "phase")} ${outgrown.join(", ")}`,
          expected: `a window no longer than the bake of each phase the guard gates`,
          hint: `in the lesson's guard, set a shorter \`window:\`; or lengthen those bakes, or waive the guard: waive: [{lesson: ${guard.key}, reason: "\u2026"}]`
        });
      }
    }
    if (action.kind === "freeze" && action.leadIns.length === 0) {
      out.push({
        path: plan.freezes ? ["freezes"] : ["metadata", "name"],
        anchor: "key",
        severity: "warning",
        lesson,
        code: "lesson/no-event",
        message: `guard ${guard.key} freezes the ${action.freeze.lead} before "${action.freeze.before}", but this plan declares no dated freeze of that name`,
        expected: `a freeze named like "${action.freeze.before}" with \`from:\``,
        hint: `declare the event under \`freezes:\`, or waive the guard with a reason: waive: [{lesson: ${guard.key}, reason: "\u2026"}]`
      });
    }
  }
  return out;
}
function raiseLookup(guards) {
  const hits = [];
  for (const phase of guards.phases) {
    for (const guard of phase.guards) {
      if (guard.waived || guard.action.kind !== "raise") continue;
      const lesson = { id: guard.why.lessonId, title: guard.why.title };
      hits.push({
        rule: guard.action.rule,
        phaseId: phase.phaseId,
        hit: { to: guard.action.to, lesson, key: guard.key }
      });
    }
  }
  return {
    raisedRules: new Set(hits.map((h) => h.rule)),
    raiseFor(rule, phaseId) {
      let best;
      for (const { rule: r, phaseId: p, hit } of hits) {
        if (r !== rule || phaseId !== void 0 && p !== phaseId) continue;
        if (!best || SEVERITY_RANK[hit.to] > SEVERITY_RANK[best.to]) best = hit;
      }
      return best;
    }
  };
}
function lintLessons(plan, file, locator, set) {
  const guards = matchGuards(plan, set.lessons);
  const diagnostics = waiverFindings(plan, set, guards).map(
    (f) => findingToDiagnostic(f, file, locator, f.code.startsWith("ref/") ? "error" : "warning")
  );
  for (const { lesson, severity, ...finding } of guardFindings(plan, guards)) {
    diagnostics.push({ ...findingToDiagnostic(finding, file, locator, severity), lesson });
  }
  return { diagnostics, ...raiseLookup(guards), guardFreezes: guards.freezes.map((f) => f.freeze) };
}
function lessonLintOf(parsed, set) {
  return parsed.plan && parsed.locator ? lintLessons(parsed.plan, parsed.file, parsed.locator, set) : void 0;
}

// action/src/lint/lint.ts
function withFloor(severity, raise) {
  return raise && SEVERITY_RANK[raise.to] > SEVERITY_RANK[severity] ? raise.to : severity;
}
function phaseIndexOf(finding) {
  return finding.path[0] === "phases" && typeof finding.path[1] === "number" ? finding.path[1] : void 0;
}
function comparesRemoved(rule, removedParts) {
  return (rule.comparesAcross ?? []).some((part2) => removedParts.has(part2));
}
function lintPlan(parsed, options) {
  const { locator, salvaged } = parsed;
  const plan = parsed.plan ?? salvaged?.plan;
  if (!plan || !locator) return [];
  const toFile = (finding) => !salvaged || parsed.plan ? finding : findingInFile(salvaged, finding);
  const out = [];
  const waivers = plan.waive ?? [];
  const { lessons } = options;
  if (lessons) out.push(...lessons.diagnostics);
  const context = lessons?.guardFreezes ? { ...options, guardFreezes: lessons.guardFreezes } : options;
  waivers.forEach((waiver, w) => {
    const finding = toFile({ path: ["waive", w, "rule"], message: "" });
    if (finding && waiver.rule !== void 0 && !RULES_BY_ID.has(waiver.rule)) {
      out.push(
        findingToDiagnostic(
          {
            path: finding.path,
            code: "ref/unknown-rule",
            message: `waiver names rule "${waiver.rule}", which does not exist`,
            expected: RULE_ID_EXPECTED,
            hint: unknownRuleHint(waiver.rule)
          },
          parsed.file,
          locator,
          "error"
        )
      );
    }
  });
  const removedParts = !parsed.plan && salvaged ? new Set(salvaged.removed.map((path) => path[0])) : void 0;
  for (const rule of RULES) {
    const configured = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (configured === "off" && !lessons?.raisedRules.has(rule.id)) continue;
    if (removedParts && comparesRemoved(rule, removedParts)) continue;
    for (const found of rule.check(plan, context)) {
      const finding = toFile(found);
      if (!finding) continue;
      const seenIndex = phaseIndexOf(found);
      const phaseId = seenIndex === void 0 ? void 0 : plan.phases[seenIndex]?.id;
      const waiver = waivers.find(
        (w) => w.rule === rule.id && (w.phases === void 0 || phaseId !== void 0 && w.phases.includes(phaseId))
      );
      const raise = lessons?.raiseFor(rule.id, phaseId);
      const severity = withFloor(waiver ? waiver.severity ?? "off" : configured, raise);
      if (severity === "off") continue;
      const diagnostic = findingToDiagnostic({ ...finding, code: rule.id }, parsed.file, locator, severity);
      if (diagnostic.hint === void 0) diagnostic.hint = `see \`rollbook explain ${rule.id}\``;
      if (raise) diagnostic.lesson = raise.lesson;
      out.push(diagnostic);
    }
  }
  return out;
}

// action/src/workspace/check-plans.ts
var READ_CONCURRENCY = 2;
var LESSON_FILE = /\.md$/i;
var namesLesson = (input) => !isGlob(input) && LESSON_FILE.test(input);
async function planInputsOf(inputs, options) {
  const defaults = options.config.plans ?? DEFAULT_PLAN_PATHS;
  if (inputs.length === 0) return defaults;
  const lessonsDir = lessonsDirOf(options.config);
  const plans = [];
  for (const input of inputs) {
    if (!namesLesson(input)) {
      plans.push(input);
      continue;
    }
    const absolute = resolve(options.cwd, input);
    if (!await stat(absolute).catch(() => void 0)) throw new PlanDiscoveryError(`"${input}" does not exist`);
    if (!isInside(absolute, resolve(options.cwd, lessonsDir))) {
      throw new PlanDiscoveryError(
        `"${input}" is a lesson, and lessons are read from "${lessonsDir}", so nothing reads this one: move it there, or set \`lessons:\` in rollbook.config.yaml`
      );
    }
  }
  return plans.length > 0 ? plans : defaults;
}
async function checkPlans(inputs, options) {
  const paths = await planInputsOf(inputs, options);
  const files = await discoverPlanFiles(paths, options.cwd);
  const results = options.retainPlans === false && !options.onChecked ? options.results : void 0;
  const loaded = await loadLessons(
    lessonsDirOf(options.config),
    options.cwd,
    options.config.lessons !== void 0,
    results
  );
  const lintOptions = {
    start: options.start,
    ...calendarRulesOf(options.config),
    ...options.config.rules ? { severities: options.config.rules } : {}
  };
  const shared = options.shared;
  const sharedLessons = shared?.lessons ?? [];
  checkSharedDuplicateIds(loaded.lessons, sharedLessons);
  const lessons = [...loaded.lessons, ...sharedLessons];
  const lessonSet = loaded.found || shared !== void 0 ? toLessonSet(lessons, shared?.repositories ?? []) : void 0;
  const runKey = results && runInputs({
    cwd: options.cwd,
    start: options.start,
    config: options.config,
    lessons,
    lessonSettings: { found: loaded.found, shared: shared !== void 0, repositories: shared?.repositories ?? [] }
  });
  const plans = new Array(files.length);
  const names = new Array(files.length);
  const links = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      const decoded = await readSourceFile(file, options.cwd);
      const inputs2 = runKey !== void 0 && decoded.text !== void 0 ? [runKey, file, decoded.text] : void 0;
      const kept = inputs2 && results?.get(inputs2);
      if (kept) {
        plans[index] = { file, text: kept.diagnostics.length > 0 ? decoded.text : "", diagnostics: kept.diagnostics };
        names[index] = kept.name;
        links[index] = kept.links;
        continue;
      }
      const parsed = decoded.text === void 0 ? { file, text: "", diagnostics: decoded.diagnostics } : parsePlan(decoded.text, file);
      if (!parsed.plan || options.lintValidPlans !== false) {
        const lessonLint = lessonSet && lessonLintOf(parsed, lessonSet);
        parsed.diagnostics.push(
          ...lintPlan(parsed, lessonLint ? { ...lintOptions, lessons: lessonLint } : lintOptions)
        );
      }
      delete parsed.salvaged;
      if (parsed.plan && parsed.locator) {
        names[index] = { name: parsed.plan.metadata.name, position: parsed.locator.locate(["metadata", "name"]) };
        links[index] = linkFacts(parsed.file, parsed.plan, parsed.locator);
      }
      delete parsed.locator;
      parsed.diagnostics = capDiagnostics(parsed.diagnostics.sort(byPosition));
      if (inputs2) results?.set(inputs2, keptResult(parsed.diagnostics, names[index], links[index]));
      await options.onChecked?.(parsed, index, lessons);
      if (options.retainPlans === false) {
        delete parsed.plan;
        if (parsed.diagnostics.length === 0) parsed.text = "";
      }
      plans[index] = parsed;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  reportDuplicateNames(plans, names);
  await reportLinks(plans, links, inputs.length > 0 ? options : void 0);
  for (const parsed of plans) {
    parsed.diagnostics.sort(byPosition);
    if (options.retainPlans === false && parsed.text === "" && parsed.diagnostics.length > 0) {
      parsed.text = (await readSourceFile(parsed.file, options.cwd).catch(() => void 0))?.text ?? "";
    }
  }
  const diagnostics = [
    ...loaded.diagnostics,
    ...shared?.diagnostics ?? [],
    ...lessons.flatMap((l) => capDiagnostics(l.diagnostics)),
    ...plans.flatMap((p) => p.diagnostics)
  ];
  return { plans, lessons, diagnostics, ...countErrors(diagnostics) };
}
function keptResult(diagnostics, name, links) {
  return { diagnostics, ...name ? { name } : {}, ...links ? { links } : {} };
}
function reportDuplicateNames(plans, names) {
  const owners = /* @__PURE__ */ new Map();
  plans.forEach((parsed, index) => {
    const entry = names[index];
    if (!entry) return;
    const other = owners.get(entry.name);
    if (!other) {
      owners.set(entry.name, parsed.file);
      return;
    }
    parsed.diagnostics.push({
      file: parsed.file,
      ...entry.position,
      severity: "error",
      code: "ref/duplicate-plan",
      message: `plan name "${entry.name}" is also used by ${other}`,
      expected: "a plan name unique in the repository",
      hint: "plan names key the checklist issues and labels; rename one plan"
    });
  });
}
async function reportLinks(plans, facts, repository) {
  const checked = facts.filter((f) => f !== void 0);
  const known = /* @__PURE__ */ new Map();
  for (const f of checked) if (!known.has(f.name)) known.set(f.name, f.phases);
  if (repository && unresolvedPlans(checked, new Set(known.keys()))) {
    const named = new Set(plans.map((p) => p.file));
    const paths = repository.config.plans ?? DEFAULT_PLAN_PATHS;
    const others = await discoverPlanFiles(paths, repository.cwd).catch(() => []);
    for (const file of others) {
      if (named.has(file)) continue;
      const other = await readPlanFile(file, repository.cwd).catch(() => void 0);
      const plan = other?.plan;
      if (plan && !known.has(plan.metadata.name))
        known.set(
          plan.metadata.name,
          plan.phases.map((p) => p.id)
        );
    }
  }
  const found = checkLinks(checked, known);
  for (const parsed of plans) parsed.diagnostics.push(...found.get(parsed.file) ?? []);
}
function countErrors(diagnostics) {
  const { errors, warnings } = countBySeverity(diagnostics);
  return { errors, warnings };
}

export {
  calendarRulesOf,
  dependencyOrder,
  openResultCache,
  namesLesson,
  checkPlans
};
