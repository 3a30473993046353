import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  matchGuards,
  parseLessonRef
} from "./chunk-MHKPK4UG.js";
import {
  DEFAULT_LESSONS_DIR,
  loadLessons,
  toLessonSet
} from "./chunk-6ACOA4ZQ.js";
import {
  RULES,
  RULES_BY_ID
} from "./chunk-WBFUJPNT.js";
import {
  DEFAULT_PLAN_PATHS,
  START_OF_FILE,
  byPosition,
  capDiagnostics,
  countBySeverity,
  discoverPlanFiles,
  findingToDiagnostic,
  readPlanFile,
  readSourceFile
} from "./chunk-2ZEG3UD6.js";
import {
  didYouMean,
  own
} from "./chunk-N6CPIS4M.js";

// action/src/lint/rule.ts
var SEVERITY_RANK = { off: 0, warning: 1, error: 2 };

// action/src/lessons/lint-guards.ts
function waiverFindings(plan, set, guards) {
  const byId = new Map(set.lessons.map((l) => [l.lesson.id, l.lesson]));
  const matched = new Set(guards.phases.flatMap((p) => p.guards.map((g) => g.lessonId)));
  const out = [];
  (plan.waive ?? []).forEach((waiver, w) => {
    if (waiver.lesson === void 0) return;
    const { lessonId, guardId } = parseLessonRef(waiver.lesson);
    const path = ["waive", w, "lesson"];
    if (!set.ids.has(lessonId)) {
      out.push({
        path,
        code: "ref/unknown-lesson",
        message: `waiver names lesson "${lessonId}", which does not exist`,
        expected: "a lesson id from the lessons directory; `rollbook lessons` lists them",
        hint: didYouMean(lessonId, set.ids) ?? "check the id in the lesson file (e.g. L-2020-11-thread-exhaustion)"
      });
      return;
    }
    const lesson = byId.get(lessonId);
    if (!lesson) return;
    const guardIds = lesson.guards.map((g) => g.id);
    if (guardId !== void 0 && !guardIds.includes(guardId)) {
      out.push({
        path,
        code: "ref/unknown-guard",
        message: `lesson "${lessonId}" has no guard "${guardId}"`,
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
    if (!matched.has(lessonId)) {
      out.push({
        path,
        code: "lesson/waiver-unused",
        message: `no guard of lesson "${lessonId}" applies to this plan, so the waiver does nothing`,
        expected: "waivers only for lessons that guard this plan",
        hint: "remove the waiver; `rollbook lessons` shows which plans each lesson guards"
      });
    }
  });
  return out;
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
    if (metric !== void 0 && own(plan.metrics, metric) === void 0) {
      out.push({
        path: ["metrics"],
        anchor: "key",
        severity: "error",
        lesson,
        code: "lesson/unknown-metric",
        message: `guard ${guard.key} gates phase${phases.length === 1 ? "" : "s"} ${phases.join(", ")} on metric "${metric}", which this plan does not define`,
        expected: `a metric named "${metric}" under \`metrics:\``,
        hint: didYouMean(metric, metricNames) ?? `define "${metric}", or waive the guard: waive: [{lesson: ${guard.key}, reason: "…"}]`
      });
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
        hint: `declare the event under \`freezes:\`, or waive the guard with a reason: waive: [{lesson: ${guard.key}, reason: "…"}]`
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
  return { diagnostics, ...raiseLookup(guards) };
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
function comparesRemoved(rule, salvaged) {
  const parts = new Set(rule.comparesAcross ?? []);
  return salvaged.removed.some((path) => parts.has(path[0]));
}
function lintPlan(parsed, options) {
  const { locator, salvaged } = parsed;
  const plan = parsed.plan ?? salvaged?.plan;
  if (!plan || !locator) return [];
  const toFile = (finding) => {
    if (!salvaged || parsed.plan) return finding;
    const path = salvaged.toFilePath(finding.path);
    return salvaged.touchesRemoved(path) ? void 0 : { ...finding, path };
  };
  const out = [];
  const waivers = plan.waive ?? [];
  const { lessons } = options;
  if (lessons) out.push(...lessons.diagnostics);
  waivers.forEach((waiver, w) => {
    const finding = toFile({ path: ["waive", w, "rule"], message: "" });
    if (finding && waiver.rule !== void 0 && !RULES_BY_ID.has(waiver.rule)) {
      out.push(
        findingToDiagnostic(
          {
            path: finding.path,
            code: "ref/unknown-rule",
            message: `waiver names rule "${waiver.rule}", which does not exist`,
            expected: "a rule id; `rollbook explain` lists them",
            hint: didYouMean(waiver.rule, RULES_BY_ID.keys())
          },
          parsed.file,
          locator,
          "error"
        )
      );
    }
  });
  for (const rule of RULES) {
    const configured = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (configured === "off" && !lessons?.raisedRules.has(rule.id)) continue;
    if (!parsed.plan && salvaged && comparesRemoved(rule, salvaged)) continue;
    for (const found of rule.check(plan, options)) {
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
async function readSafely(file, cwd) {
  try {
    return await readPlanFile(file, cwd);
  } catch (error) {
    const code = error.code;
    if (code === "EACCES" || code === "EISDIR" || code === "ENOENT" || code === "EPERM") {
      return {
        file,
        text: "",
        diagnostics: [
          {
            file,
            ...START_OF_FILE,
            severity: "error",
            code: "file/unreadable",
            message: `cannot read the file (${code})`,
            expected: "a readable YAML file",
            hint: code === "EACCES" || code === "EPERM" ? "check its permissions" : "check the path"
          }
        ]
      };
    }
    throw error;
  }
}
var READ_CONCURRENCY = 2;
async function checkPlans(inputs, options) {
  const paths = inputs.length > 0 ? inputs : options.config.plans ?? DEFAULT_PLAN_PATHS;
  const files = await discoverPlanFiles(paths, options.cwd);
  const loaded = await loadLessons(
    options.config.lessons ?? DEFAULT_LESSONS_DIR,
    options.cwd,
    options.config.lessons !== void 0
  );
  const lintOptions = {
    start: options.start,
    noFridays: options.config.calendar?.noFridays ?? true,
    ...options.config.rules ? { severities: options.config.rules } : {}
  };
  const lessonSet = loaded.found ? toLessonSet(loaded.lessons) : void 0;
  const plans = new Array(files.length);
  const names = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const parsed = await readSafely(files[index], options.cwd);
      const lessons = lessonSet && lessonLintOf(parsed, lessonSet);
      parsed.diagnostics.push(...lintPlan(parsed, lessons ? { ...lintOptions, lessons } : lintOptions));
      delete parsed.salvaged;
      if (parsed.plan && parsed.locator) {
        names[index] = { name: parsed.plan.metadata.name, position: parsed.locator.locate(["metadata", "name"]) };
      }
      delete parsed.locator;
      parsed.diagnostics = capDiagnostics(parsed.diagnostics.sort(byPosition));
      await options.onChecked?.(parsed, index, loaded.lessons);
      if (options.retainPlans === false) {
        delete parsed.plan;
        if (parsed.diagnostics.length === 0) parsed.text = "";
      }
      plans[index] = parsed;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  reportDuplicateNames(plans, names);
  for (const parsed of plans) {
    parsed.diagnostics.sort(byPosition);
    if (options.retainPlans === false && parsed.text === "" && parsed.diagnostics.length > 0) {
      parsed.text = (await readSourceFile(parsed.file, options.cwd).catch(() => void 0))?.text ?? "";
    }
  }
  const diagnostics = [
    ...loaded.diagnostics,
    ...loaded.lessons.flatMap((l) => capDiagnostics(l.diagnostics)),
    ...plans.flatMap((p) => p.diagnostics)
  ];
  return { plans, lessons: loaded.lessons, diagnostics, ...countErrors(diagnostics) };
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
function countErrors(diagnostics) {
  const { errors, warnings } = countBySeverity(diagnostics);
  return { errors, warnings };
}

export {
  checkPlans
};
