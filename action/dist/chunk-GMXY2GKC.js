import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  RULES_BY_ID
} from "./chunk-PIWBLJY3.js";
import {
  glob,
  readSourceFile,
  toDisplay
} from "./chunk-KKE3KWZV.js";
import {
  GUARD_ACTIONS,
  Lesson,
  byPosition,
  compareCodePoints,
  findingToDiagnostic,
  parseValidated
} from "./chunk-55NSSRXY.js";
import {
  METRIC_ONLY_FIELDS,
  classifyGate,
  gateKindsOf
} from "./chunk-YTGF5Z5Q.js";
import {
  didYouMean
} from "./chunk-5XFLBAFW.js";
import {
  START_OF_FILE
} from "./chunk-2TDL5UH2.js";

// action/src/lessons/check-lesson.ts
function isRealDay(text) {
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
function checkGuardAction(guard, index) {
  const actions = GUARD_ACTIONS.filter((a) => guard[a] !== void 0);
  if (actions.length === 1) return [];
  return [
    {
      path: ["guards", index],
      code: "lesson/guard-action",
      message: actions.length === 0 ? `guard "${guard.id}" says nothing to add` : `guard "${guard.id}" mixes ${actions.join(" and ")}`,
      expected: "exactly one of checklist, gate, freeze or raise",
      hint: actions.length === 0 ? 'add e.g. `checklist: "…"`' : "split it into one guard per action, each with its own id"
    }
  ];
}
function checkGate(gate, path) {
  const kinds = gateKindsOf(gate);
  if (kinds.length !== 1) {
    return [
      {
        path,
        code: "lesson/gate-kind",
        message: kinds.length === 0 ? "this gate says nothing to check" : `this gate mixes ${kinds.join(" and ")}`,
        expected: "exactly one of metric, check, signoff or manual",
        hint: kinds.length === 0 ? 'add e.g. `manual: "…"`' : "split it into one guard per gate"
      }
    ];
  }
  const classified = classifyGate(gate);
  if (classified?.kind === "metric") {
    const hasThreshold = gate.max !== void 0 || gate.min !== void 0 || gate.maxRegression !== void 0;
    return hasThreshold ? [] : [
      {
        path: [...path, "metric"],
        code: "lesson/gate-threshold",
        message: `the gate on "${classified.gate.metric}" has no threshold`,
        expected: "`max:`, `min:` or `maxRegression:`",
        hint: "e.g. `max: 0` for a count that must stay at zero"
      }
    ];
  }
  return METRIC_ONLY_FIELDS.filter((f) => gate[f] !== void 0).map((field) => ({
    path: [...path, field],
    anchor: "key",
    code: "lesson/gate-field",
    message: `"${field}" only applies to a metric gate`,
    expected: "metric fields only beside `metric:`",
    hint: `remove \`${field}:\``
  }));
}
function checkRaise(rule, path) {
  if (RULES_BY_ID.has(rule)) return [];
  return [
    {
      path,
      code: "ref/unknown-rule",
      message: `guard raises rule "${rule}", which does not exist`,
      expected: "a rule id; `rollbook explain` lists them",
      hint: didYouMean(rule, RULES_BY_ID.keys()) ?? "run `rollbook explain` for the list"
    }
  ];
}
function checkLesson(lesson) {
  const out = [];
  if (!isRealDay(lesson.date)) {
    out.push({
      path: ["date"],
      code: "schema/bad-date",
      message: `"${lesson.date}" is not a day of the calendar`,
      expected: "a real date, YYYY-MM-DD"
    });
  } else if (!lesson.id.startsWith(`L-${lesson.date.slice(0, 7)}-`)) {
    out.push({
      path: ["id"],
      code: "lesson/id-date",
      message: `the id says ${lesson.id.slice(2, 9)} but the incident date is ${lesson.date}`,
      expected: `an id starting with L-${lesson.date.slice(0, 7)}-`,
      hint: "keep the id if it is already used in waivers; otherwise fix whichever is wrong"
    });
  }
  const seen = /* @__PURE__ */ new Map();
  lesson.guards.forEach((guard, g) => {
    const first = seen.get(guard.id);
    if (first === void 0) seen.set(guard.id, g);
    else
      out.push({
        path: ["guards", g, "id"],
        code: "ref/duplicate-id",
        message: `guard id "${guard.id}" is used twice in this lesson (first at index ${first})`,
        expected: "a guard id unique within the lesson",
        hint: "ids key checklist items and waivers; rename the new one"
      });
    out.push(...checkGuardAction(guard, g));
    if (guard.gate) out.push(...checkGate(guard.gate, ["guards", g, "gate"]));
    if (guard.raise) out.push(...checkRaise(guard.raise.rule, ["guards", g, "raise", "rule"]));
  });
  return out;
}
var WARNING_CODES = /* @__PURE__ */ new Set(["lesson/id-date"]);

// action/src/lessons/front-matter.ts
var OPENING_FENCE = /^---[ \t]*$/;
var CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;
function splitFrontMatter(text, file) {
  const lines = text.split(/\r?\n/);
  if (!OPENING_FENCE.test(lines[0] ?? "")) {
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: Math.max(2, (lines[0]?.length ?? 0) + 1),
        severity: "error",
        code: "lesson/front-matter",
        message: "a lesson starts with YAML front matter, and this file does not",
        expected: "a first line of exactly `---`, then the YAML (id, title, …), then a closing `---`",
        hint: "run `rollbook lesson new` to scaffold one"
      }
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (closing < 0) {
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 4,
        severity: "error",
        code: "lesson/front-matter",
        message: "the front matter opened here is never closed",
        expected: "a line of exactly `---` after the YAML",
        hint: "add `---` on its own line between the YAML and the story"
      }
    };
  }
  return {
    frontMatter: {
      yaml: lines.slice(1, closing).join("\n"),
      yamlLine: 2,
      body: lines.slice(closing + 1).join("\n"),
      bodyLine: closing + 2
    }
  };
}
function shiftLines(diagnostic, yamlLine) {
  const by = yamlLine - 1;
  return { ...diagnostic, line: diagnostic.line + by, endLine: diagnostic.endLine + by };
}

// action/src/lessons/parse.ts
function lessonRefOf(parsed) {
  return parsed.source ? { lesson: parsed.lesson, file: parsed.file, source: parsed.source } : { lesson: parsed.lesson, file: parsed.file };
}
var ID_LINE = /^id:[ \t]*["']?(L-[A-Za-z0-9-]+)/m;
function parseLesson(text, file) {
  const split = splitFrontMatter(text, file);
  if ("problem" in split) return { file, text, diagnostics: [split.problem] };
  const { yaml, yamlLine, body, bodyLine } = split.frontMatter;
  const parsed = { file, text, diagnostics: [], body };
  const id = ID_LINE.exec(yaml)?.[1];
  if (id !== void 0) parsed.id = id;
  const validated = parseValidated(yaml, file, Lesson, "lesson front matter");
  const found = validated.diagnostics.map(
    (d) => d.code === "schema/empty-file" ? { ...d, message: "the front matter is empty", hint: "run `rollbook lesson new` to scaffold a lesson" } : d
  );
  if (validated.data && validated.locator) {
    const locator = validated.locator;
    found.push(
      ...checkLesson(validated.data).map(
        (f) => findingToDiagnostic(f, file, locator, WARNING_CODES.has(f.code) ? "warning" : "error")
      )
    );
  }
  parsed.diagnostics = found.map((d) => shiftLines(d, yamlLine));
  if (body.trim() === "") {
    parsed.diagnostics.push({
      file,
      line: bodyLine,
      column: 1,
      endLine: bodyLine,
      endColumn: 1,
      severity: "error",
      code: "lesson/no-story",
      message: "the lesson has no story after its front matter",
      expected: "Markdown telling what happened, how it was found and what changed",
      hint: "the story is why people trust the guard; a few paragraphs are enough"
    });
  }
  if (validated.data && !parsed.diagnostics.some((d) => d.severity === "error")) parsed.lesson = validated.data;
  parsed.diagnostics.sort(byPosition);
  return parsed;
}
function validLessons(parsed) {
  return parsed.flatMap((p) => p.lesson ? [lessonRefOf({ ...p, lesson: p.lesson })] : []);
}

// action/src/lessons/lesson-set.ts
function toLessonSet(parsed, repositories = []) {
  const lessons = parsed.flatMap((p) => p.lesson ? [lessonRefOf({ ...p, lesson: p.lesson })] : []);
  const ids = new Set(parsed.flatMap((p) => p.id && !p.source ? [p.id] : []));
  const sources = /* @__PURE__ */ new Map();
  for (const { repository, read } of repositories) {
    const own = read ? new Set(
      parsed.flatMap(
        (p) => p.id && p.source?.repository.toLowerCase() === repository.toLowerCase() ? [p.id] : []
      )
    ) : void 0;
    sources.set(repository.toLowerCase(), own ? { repository, ids: own } : { repository });
  }
  return { lessons, ids, sources };
}
function checkSharedDuplicateIds(local, shared) {
  const owner = /* @__PURE__ */ new Map();
  for (const lesson of local) if (lesson.id !== void 0 && !owner.has(lesson.id)) owner.set(lesson.id, lesson.file);
  dropLaterDuplicates(shared, owner, (id, first) => ({
    message: `lesson id "${id}" is also used by ${first}, so this shared lesson guards nothing here`,
    expected: "lesson ids unique across this repository and its lessonSources",
    hint: "ask the lesson repository to rename one, or drop the source from lessonSources"
  }));
}
function dropLaterDuplicates(lessons, owner, says) {
  for (const lesson of lessons) {
    if (lesson.id === void 0) continue;
    const first = owner.get(lesson.id);
    if (first === void 0) {
      owner.set(lesson.id, lesson.file);
      continue;
    }
    const { line, column, endColumn } = idPosition(lesson.text);
    lesson.diagnostics.push({
      file: lesson.file,
      line,
      column,
      endLine: line,
      endColumn,
      severity: "error",
      code: "ref/duplicate-lesson",
      ...says(lesson.id, first)
    });
    delete lesson.lesson;
  }
}
function idPosition(text) {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => /^id:/.test(l));
  if (index < 0) return { line: 1, column: 1, endColumn: 1 };
  return { line: index + 1, column: 1, endColumn: lines[index].length + 1 };
}
function checkDuplicateIds(parsed) {
  const ids = parsed.flatMap((lesson) => lesson.id === void 0 ? [] : [lesson.id]);
  if (new Set(ids).size === ids.length) return;
  const byPath = [...parsed].sort((a, b) => compareCodePoints(a.file, b.file));
  dropLaterDuplicates(byPath, /* @__PURE__ */ new Map(), (id, first) => ({
    message: `lesson id "${id}" is also used by ${first}`,
    expected: "a lesson id unique in the repository",
    hint: "ids are permanent; give the newer lesson a new id (same month, another slug)"
  }));
}

// action/src/lessons/load.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var DEFAULT_LESSONS_DIR = "playbooks/lessons";
var LESSON_GLOB = "**/*.md";
var IGNORED = ["**/node_modules/**", "**/README.md", "**/readme.md"];
async function readLesson(path, cwd, results) {
  let decoded;
  try {
    decoded = await readSourceFile(path, cwd);
  } catch (error) {
    const code = error.code;
    if (code === void 0) throw error;
    const diagnostic = {
      file: path,
      ...START_OF_FILE,
      severity: "error",
      code: "file/unreadable",
      message: `cannot read the file (${code})`,
      expected: "a readable Markdown file",
      hint: "check its permissions"
    };
    return { file: path, text: "", diagnostics: [diagnostic] };
  }
  const text = decoded.text;
  if (text === void 0) return { file: path, text: "", diagnostics: decoded.diagnostics };
  const kept = results?.getLesson(path, text);
  if (kept) return { file: path, text, ...kept };
  const parsed = parseLesson(text, path);
  if (results) {
    const { file: _file, text: _text, ...rest } = parsed;
    results.setLesson(path, text, rest);
  }
  return parsed;
}
async function loadLessons(dir, cwd, explicit = false, results) {
  const absolute = resolve(cwd, dir);
  const display = toDisplay(absolute, cwd);
  const info = await stat(absolute).catch(() => void 0);
  if (!info?.isDirectory()) {
    const diagnostics = explicit ? [
      {
        file: display,
        ...START_OF_FILE,
        severity: "error",
        code: "lesson/missing-dir",
        message: `the lessons directory "${display}" does not exist`,
        expected: "a directory of lesson files (*.md)",
        hint: "fix `lessons:` in rollbook.config.yaml, or create the directory with `rollbook lesson new`"
      }
    ] : [];
    return { dir: display, found: false, lessons: [], diagnostics };
  }
  const files = (await glob(LESSON_GLOB, { cwd: absolute, ignore: IGNORED, absolute: true, onlyFiles: true })).map((f) => toDisplay(f, cwd)).sort();
  const lessons = [];
  for (const file of files) lessons.push(await readLesson(file, cwd, results));
  checkDuplicateIds(lessons);
  return { dir: display, found: true, lessons, diagnostics: [] };
}

export {
  parseLesson,
  validLessons,
  toLessonSet,
  checkSharedDuplicateIds,
  checkDuplicateIds,
  DEFAULT_LESSONS_DIR,
  LESSON_GLOB,
  loadLessons
};
