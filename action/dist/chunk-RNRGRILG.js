import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  checkOutputDir
} from "./chunk-DGXKB7Y5.js";
import {
  reportConfigErrors,
  reportConfigWarnings
} from "./chunk-W4XWNS7A.js";
import {
  notBeforeOf,
  recordFinishes
} from "./chunk-MXVUOXQP.js";
import {
  RUNBOOK_FORMATS,
  indexFileName,
  lessonPageName,
  renderIndex,
  renderLessonPage,
  renderRunbook,
  runbookFileName
} from "./chunk-REKHWLVL.js";
import "./chunk-S4LJVRPO.js";
import {
  MAX_RECORDED_KPIS,
  MAX_RECORDED_TEXT
} from "./chunk-CN42PEYM.js";
import {
  readGeneratedMarker
} from "./chunk-TQGIIV45.js";
import {
  RUNBOOK_TEMPLATES,
  compileTemplates,
  loadRunbookTemplates,
  warnLostSections
} from "./chunk-OMKVXEXA.js";
import {
  TemplateError
} from "./chunk-LSURUNZ5.js";
import {
  calendarStart,
  oneOf,
  templatesOption
} from "./chunk-NYIFD5R7.js";
import {
  readSharedLessons
} from "./chunk-O7G6TSRF.js";
import "./chunk-T3X2RMYI.js";
import {
  calendarRulesOf,
  checkPlans,
  dependencyOrder,
  namesLesson
} from "./chunk-53CWM5Y6.js";
import {
  matchGuards
} from "./chunk-3K54BDRQ.js";
import {
  loadConfig
} from "./chunk-PRW37BDM.js";
import {
  EXIT,
  UsageError
} from "./chunk-DXW35SOZ.js";
import "./chunk-BM67PERK.js";
import "./chunk-ZAKRNKYC.js";
import {
  isGlob,
  validLessons
} from "./chunk-LC5U5VG2.js";
import {
  INDEX_NAME
} from "./chunk-PWZWRRNJ.js";
import {
  formatUtcDay,
  idRecord,
  isStatusTime
} from "./chunk-4UT3FWL7.js";
import "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-LG33J42V.js";
import "./chunk-WBADEOUP.js";
import {
  PLAIN,
  formatDiagnosticText
} from "./chunk-B2FHZXDX.js";
import "./chunk-NHGUQWO3.js";
import "./chunk-2Y4U2LYP.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import {
  toDisplay
} from "./chunk-GX3IQWWC.js";
import "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/render.ts
import { mkdir, readdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// action/src/kpi-review/status.ts
var isText = (v) => typeof v === "string" && v.length > 0;
var REVIEW_STATES = ["pending", "met", "missed"];
var KPI_OUTCOMES = ["met", "missed", "no-data"];
var MAX_REVIEW_KPIS = MAX_RECORDED_KPIS;
var MAX_KPI_TEXT = MAX_RECORDED_TEXT;
function parseStatusKpiReview(raw, where) {
  const review = raw;
  if (!review || typeof review !== "object" || !REVIEW_STATES.includes(review.state)) {
    throw new Error(`${where} needs state (${REVIEW_STATES.join(", ")})`);
  }
  for (const key of ["due", "postedAt"]) {
    if (review[key] !== void 0 && !isStatusTime(review[key])) {
      throw new Error(`${where}.${key} must be a UTC time like 2026-11-20T09:00:00Z`);
    }
  }
  if (!Array.isArray(review.kpis) || review.kpis.length > MAX_REVIEW_KPIS) {
    throw new Error(`${where}.kpis must be a list of at most ${MAX_REVIEW_KPIS} KPIs`);
  }
  const kpis = review.kpis.map((k, i) => parseKpi(k, `${where}.kpis[${i}]`));
  return {
    state: review.state,
    ...review.due ? { due: review.due } : {},
    ...review.postedAt ? { postedAt: review.postedAt } : {},
    kpis
  };
}
function parseKpi(raw, where) {
  const item = raw;
  if (!item || typeof item !== "object" || !isText(item.kpi) || item.kpi.length > MAX_KPI_TEXT) {
    throw new Error(`${where} needs a kpi name of at most ${MAX_KPI_TEXT} characters`);
  }
  if (item.outcome !== void 0 && !KPI_OUTCOMES.includes(item.outcome)) {
    throw new Error(`${where}.outcome must be one of ${KPI_OUTCOMES.join(", ")}`);
  }
  const kpi = { kpi: item.kpi };
  if (item.outcome !== void 0) kpi.outcome = item.outcome;
  for (const key of ["baseline", "expect", "measured", "window"]) {
    const value = item[key];
    if (value === void 0) continue;
    if (typeof value !== "string" || value.length > MAX_KPI_TEXT) {
      throw new Error(`${where}.${key} must be a string of at most ${MAX_KPI_TEXT} characters`);
    }
    kpi[key] = value;
  }
  if (item.awaitsProvider !== void 0) {
    if (item.awaitsProvider !== true || kpi.outcome !== "no-data")
      throw new Error(`${where}.awaitsProvider must be true, and only on a KPI with outcome no-data`);
    kpi.awaitsProvider = true;
  }
  return kpi;
}
function statusKpiReviews(json, file) {
  const plans = json?.plans;
  if (!plans || typeof plans !== "object" || Array.isArray(plans))
    throw new Error(`${file}: expected {"plans": {"<plan name>": {...}}}, as \`rollbook status --out\` writes it`);
  const reviews = /* @__PURE__ */ new Map();
  for (const [name, entry] of Object.entries(plans)) {
    const raw = entry?.kpiReview;
    if (raw !== void 0) reviews.set(name, parseStatusKpiReview(raw, `${file}: plans.${name}.kpiReview`));
  }
  return reviews;
}

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

// action/src/cli/commands/render.ts
async function readIfExists(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function siblingNames(outDir, format) {
  const names = await readdir(outDir).catch(() => []);
  return names.filter((n) => n.endsWith(`.${format}`)).sort();
}
async function namesPlanFilesOnly(paths, cwd) {
  const plans = paths.filter((path) => !namesLesson(path));
  if (plans.length === 0) return false;
  for (const path of plans) {
    if (isGlob(path)) return false;
    const found = await stat(resolve(cwd, path)).catch(() => void 0);
    if (!found?.isFile()) return false;
  }
  return true;
}
function report(io, lines) {
  for (const [label, paths] of lines) for (const path of paths) io.stdout(`${label}: ${path}
`);
}
var PlanByPlanRenderer = class {
  changes = { missing: [], stale: [], orphaned: [], upToDate: 0 };
  expected = /* @__PURE__ */ new Set();
  /** With --check and no --start: the calendar starts the existing files record. */
  recordedStarts = /* @__PURE__ */ new Set();
  /** Index entries by the plan's place in file order (a deferred plan fills its place later). */
  #entries = [];
  /** Projected finishes of the plans rendered so far, by `plan/phase`, for `dependsOn`. */
  #finishes = /* @__PURE__ */ new Map();
  #rendered = /* @__PURE__ */ new Set();
  /** Plans that wait for a plan later in file order: rendered at the end, in dependency order. */
  #deferred = [];
  #owners = /* @__PURE__ */ new Map();
  #waiting = /* @__PURE__ */ new Map();
  #failed;
  #next = 0;
  #turn = Promise.resolve();
  skipped = 0;
  /** Plans skipped for their errors (not for a runbook name another plan took). */
  invalid = 0;
  runbooks = 0;
  /**
   * Why this run did not render the whole set the output directory holds, so its index and
   * orphans are left alone: a plan that cannot be rendered keeps its runbook and its index row
   * until it is fixed, and a run that names a few plan files does not drop the others' runbooks.
   */
  incomplete;
  /** Lesson pages written beside HTML runbooks, by lesson id. */
  #lessonPages = /* @__PURE__ */ new Set();
  io;
  options;
  outDir;
  templates;
  today;
  calendarRules;
  /** Each plan's KPI review, by plan name (from --status). */
  reviews;
  constructor(io, options, outDir, templates, today, calendarRules, reviews = /* @__PURE__ */ new Map()) {
    this.reviews = reviews;
    this.io = io;
    this.options = options;
    this.outDir = outDir;
    this.templates = templates;
    this.today = today;
    this.calendarRules = calendarRules;
    this.#owners.set(indexFileName(options.format), "(the index)");
  }
  /**
   * checkPlans' onChecked: queue the plan and render every plan whose turn has come. Resolves
   * once this plan is rendered (checkPlans drops the plan after that), so a plan checked early
   * waits, with its worker, for the ones before it.
   */
  accept(parsed, index, lessons) {
    if (this.#failed !== void 0) return Promise.reject(this.#failed);
    let settle;
    const done = new Promise((resolve2, reject) => {
      settle = { resolve: resolve2, reject };
    });
    this.#waiting.set(index, { parsed, lessons, done: settle });
    this.#turn = this.#turn.then(async () => {
      for (let ready = this.#waiting.get(this.#next); ready; ready = this.#waiting.get(this.#next)) {
        this.#waiting.delete(this.#next++);
        try {
          await this.#renderPlan(ready.parsed, ready.lessons, this.#next - 1);
          ready.done.resolve();
        } catch (error) {
          this.#failed = error;
          ready.done.reject(error);
          for (const waiting of this.#waiting.values()) waiting.done.reject(error);
          this.#waiting.clear();
          return;
        }
      }
    });
    return done;
  }
  async #renderPlan(parsed, lessons, index) {
    const { io, options } = this;
    const errors = parsed.diagnostics.filter((d) => d.severity === "error");
    if (!parsed.plan || errors.length > 0) {
      this.skipped++;
      this.invalid++;
      io.stderr(`rollbook: cannot render ${parsed.file}: it is not a valid plan (${plural(errors.length, "error")})
`);
      for (const d of errors) io.stderr(`${formatDiagnosticText(d, parsed.text, PLAIN)}

`);
      return;
    }
    const fileName = runbookFileName(parsed.plan.metadata.name, options.format);
    const other = this.#owners.get(fileName);
    if (other) {
      this.skipped++;
      io.stderr(`rollbook: cannot render ${parsed.file}: its runbook ${fileName} is already taken by ${other}
`);
      return;
    }
    this.#owners.set(fileName, parsed.file);
    const path = toDisplay(join(this.outDir, fileName), io.cwd);
    const linked = /* @__PURE__ */ new Map();
    const href = options.format === "html" ? (ref) => {
      linked.set(ref.lesson.id, ref);
      return lessonPageName(ref.lesson.id);
    } : hrefFrom(path);
    const guards = matchGuards(parsed.plan, validLessons(lessons), { href });
    const review = this.reviews.get(parsed.plan.metadata.name);
    const input = {
      file: parsed.file,
      plan: withGuardFreezes(parsed.plan, guards),
      guards: runbookGuards(guards),
      ...review ? { kpiReview: review } : {}
    };
    for (const ref of linked.values()) await this.#emitLessonPage(ref, lessons);
    const task = { path, input, index };
    const later = (parsed.plan.phases ?? []).some(
      (phase) => (phase.dependsOn ?? []).some((ref) => !this.#rendered.has(ref.split("/")[0]))
    );
    if (later) this.#deferred.push(task);
    else await this.#renderTask(task);
  }
  async #renderTask({ path, input, index }) {
    const notBefore = notBeforeOf(input.plan, this.#finishes);
    await this.#emit(path, (start) => {
      const settings = { start, ...this.calendarRules, ...notBefore ? { notBefore } : {} };
      const rendered = renderRunbook(input, settings, this.templates, this.options.format);
      this.#entries[index] = rendered.entry;
      recordFinishes(this.#finishes, input.plan, rendered.windows);
      return rendered.text;
    });
    this.#rendered.add(input.plan.metadata.name);
    this.runbooks++;
  }
  /** A lesson's page, once per run, the first time a runbook links to it. */
  async #emitLessonPage(ref, lessons) {
    if (this.#lessonPages.has(ref.lesson.id)) return;
    this.#lessonPages.add(ref.lesson.id);
    const fileName = lessonPageName(ref.lesson.id);
    const other = this.#owners.get(fileName);
    if (other) {
      this.io.stderr(
        `rollbook: cannot write the page of lesson ${ref.lesson.id}: ${fileName} is already taken by ${other}
`
      );
      return;
    }
    this.#owners.set(fileName, ref.file);
    const story = lessons.find((l) => l.file === ref.file)?.body ?? "";
    const path = toDisplay(join(this.outDir, fileName), this.io.cwd);
    await this.#emit(path, (start) => renderLessonPage(ref.lesson, story, start, this.templates));
  }
  /** The index, once every plan is rendered. */
  async finish() {
    await this.#turn;
    if (this.#failed !== void 0) throw this.#failed;
    for (const task of dependencyOrder(this.#deferred, (t) => t.input.plan)) await this.#renderTask(task);
    this.incomplete = await this.#incompleteBecause();
    if (this.incomplete !== void 0) return;
    const entries = this.#entries.filter((entry) => entry !== void 0);
    const indexPath = toDisplay(join(this.outDir, indexFileName(this.options.format)), this.io.cwd);
    await this.#emit(indexPath, (start) => renderIndex(entries, start, this.templates, this.options.format));
  }
  /** Compares one rendered file with the one on disk; writes it when it changed (unless --check). */
  async #emit(path, render) {
    this.expected.add(path);
    const current = await readIfExists(resolve(this.io.cwd, path));
    const recorded = this.options.check ? readGeneratedMarker(current ?? "")?.start : void 0;
    if (this.options.start === void 0 && recorded !== void 0) this.recordedStarts.add(recorded);
    const start = this.options.start ?? recorded ?? this.today;
    const text = render(start);
    if (current === text) {
      this.changes.upToDate++;
      return;
    }
    (current === void 0 ? this.changes.missing : this.changes.stale).push(path);
    if (this.options.check) return;
    await mkdir(this.outDir, { recursive: true });
    await writeFile(resolve(this.io.cwd, path), text);
    this.io.stdout(`wrote ${path}
`);
  }
  /**
   * Why the index and the orphans are left alone, when they are: the output directory holds a
   * generated file this run did not render, and the run may not have read its plan (a plan
   * skipped for its errors, or plan files named one by one).
   */
  async #incompleteBecause() {
    const reason = this.invalid > 0 ? `${plural(this.invalid, "plan")} could not be rendered, and a runbook is kept until its plan is fixed` : await namesPlanFilesOnly(this.options.paths, this.io.cwd) ? "only the named plan files were rendered, and it holds the runbooks of others; name their directory, or no path, to update it" : void 0;
    if (reason === void 0) return void 0;
    for await (const _ of this.#generatedNotWritten()) return reason;
    return void 0;
  }
  /** Generated files in the output directory that no plan rendered to: orphans. */
  async findOrphans() {
    for await (const path of this.#generatedNotWritten()) this.changes.orphaned.push(path);
  }
  /**
   * The generated files (those with the marker) in the output directory that this run did not
   * write, read one at a time; the index is never one, written or left alone.
   */
  async *#generatedNotWritten() {
    for (const name of await siblingNames(this.outDir, this.options.format)) {
      const path = toDisplay(join(this.outDir, name), this.io.cwd);
      if (this.expected.has(path) || name === indexFileName(this.options.format)) continue;
      const text = await readIfExists(join(this.outDir, name));
      if (text !== void 0 && readGeneratedMarker(text)) yield path;
    }
  }
};
function fixCommand(options, prune, recordedStarts) {
  const words = ["rollbook", "render", ...options.paths, "--out", options.out];
  if (options.format !== "md") words.push("--format", options.format);
  const start = options.start ?? (recordedStarts.size === 1 ? [...recordedStarts][0] : void 0);
  if (start !== void 0) words.push("--start", start);
  if (options.templates !== void 0) words.push("--templates", options.templates);
  if (options.status !== void 0) words.push("--status", options.status);
  if (options.config !== void 0) words.push("--config", options.config);
  if (prune) words.push("--prune");
  return words.map(shellWord).join(" ");
}
function shellWord(word) {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function statusFileProblem(error) {
  const { code, syscall, message } = error;
  if (syscall === void 0) return message;
  if (code === "ENOENT") return "there is no such file; write it with `rollbook status --out <file>`";
  if (code === "EISDIR") return "it is a directory; name the file `rollbook status --out` wrote";
  return `the file cannot be read (${code})`;
}
async function runRender(options, io) {
  await templatesOption(options.templates, io.cwd);
  const loaded = await loadConfig(io.cwd, options.config, { templatesGiven: options.templates !== void 0 });
  if (reportConfigErrors(loaded, io)) return EXIT.problems;
  const config = loaded.config;
  reportConfigWarnings(loaded, io);
  const shared = await readSharedLessons(loaded, io, "error");
  const unread = shared?.diagnostics.filter((d) => d.severity === "error") ?? [];
  if (unread.length > 0) {
    for (const d of unread) io.stderr(`${formatDiagnosticText(d, loaded.text, PLAIN)}

`);
    io.stderr("rollbook: nothing rendered: the runbooks would miss the guards of the shared lessons\n");
    return EXIT.problems;
  }
  const templatesDir = options.templates ?? config.templates;
  const calendarRules = calendarRulesOf(config);
  const today = formatUtcDay(io.now());
  let templates;
  try {
    const overrideDir = templatesDir === void 0 ? void 0 : resolve(io.cwd, templatesDir);
    const sources = await loadRunbookTemplates({ cwd: io.cwd, ...overrideDir ? { overrideDir } : {} });
    templates = compileTemplates(sources);
    warnLostSections(RUNBOOK_TEMPLATES, sources, io);
  } catch (error) {
    if (error instanceof TemplateError) {
      io.stderr(`rollbook: template error: ${error.message}
`);
      return EXIT.problems;
    }
    throw error;
  }
  let reviews;
  if (options.status !== void 0) {
    try {
      reviews = statusKpiReviews(JSON.parse(await readFile(resolve(io.cwd, options.status), "utf8")), options.status);
    } catch (error) {
      io.stderr(`rollbook: cannot read the KPI reviews from --status ${options.status}: ${statusFileProblem(error)}
`);
      return EXIT.problems;
    }
  }
  const outDir = resolve(io.cwd, options.out);
  const renderer = new PlanByPlanRenderer(io, options, outDir, templates, today, calendarRules, reviews);
  try {
    await checkPlans(options.paths, {
      cwd: io.cwd,
      config,
      start: options.start ?? today,
      retainPlans: false,
      ...shared ? { shared } : {},
      lintValidPlans: false,
      onChecked: (parsed, index, lessons) => renderer.accept(parsed, index, lessons)
    });
    await renderer.finish();
  } catch (error) {
    if (error instanceof TemplateError) {
      io.stderr(`rollbook: template error: ${error.message}
`);
      return EXIT.problems;
    }
    const { syscall, code } = error;
    if (syscall === "mkdir" || syscall === "open" || syscall === "write") {
      io.stderr(
        `rollbook: cannot write the runbooks into ${toDisplay(outDir, io.cwd)} (${code}); check that it can be written
`
      );
      return EXIT.problems;
    }
    throw error;
  }
  const { changes, skipped, incomplete } = renderer;
  const indexName = indexFileName(options.format);
  if (incomplete === void 0) await renderer.findOrphans();
  else
    io.stderr(
      `rollbook: ${indexName} left as it is and no file in ${toDisplay(outDir, io.cwd)} taken for an orphan: ${incomplete}
`
    );
  changes.orphaned.sort();
  const fileCount = renderer.expected.size;
  if (options.check) {
    report(io, [
      ["missing", changes.missing],
      ["stale", changes.stale],
      ["orphaned", changes.orphaned]
    ]);
    const problems = changes.missing.length + changes.stale.length + changes.orphaned.length;
    if (problems > 0) {
      io.stdout(
        `${problems} of ${fileCount + changes.orphaned.length} files out of date. Run \`${fixCommand(options, changes.orphaned.length > 0, renderer.recordedStarts)}\` to update them.
`
      );
    } else {
      io.stdout(`All ${fileCount} files in ${toDisplay(outDir, io.cwd)} are up to date.
`);
    }
    return problems > 0 || skipped > 0 ? EXIT.problems : EXIT.ok;
  }
  for (const path of changes.orphaned) {
    if (options.prune) {
      await unlink(resolve(io.cwd, path));
      io.stdout(`removed ${path}
`);
    } else {
      io.stderr(`rollbook: ${path} was generated from a plan that is no longer rendered; delete it or use --prune
`);
    }
  }
  const changed = changes.missing.length + changes.stale.length;
  const indexes = incomplete === void 0 ? 1 : 0;
  const lessonPages = fileCount - indexes - renderer.runbooks;
  const pages = lessonPages > 0 ? `, ${plural(lessonPages, "lesson page")}` : "";
  const what = `${plural(renderer.runbooks, "runbook")}${pages}${indexes ? " and the index" : ""}`;
  io.stdout(`Rendered ${what} into ${toDisplay(outDir, io.cwd)} (${changed} changed).
`);
  return skipped > 0 ? EXIT.problems : EXIT.ok;
}
var renderCommand = {
  name: "render",
  help: `Usage: rollbook render [paths\u2026] --out <dir> [options]

Renders each rollout plan (*.rollout.yaml) into a runbook an on-call engineer can follow step by
step \u2014 KPI story, flags, phase flow, projected calendar, and per phase: entry criteria, steps with
their rollbacks, flag ramp, metrics, gates, sign-offs, freezes, checklist and what to do when it
goes wrong \u2014 plus ${INDEX_NAME}.md (or .html) listing them. Output is byte-identical across runs.
Paths may be files, directories or globs; the default is \`plans\` from rollbook.config.yaml,
else ./playbooks. A lesson (.md) among the paths is read with the lessons directory, as every
run reads it; named alone, it renders the default plans, whose runbooks its guards may change (a
pre-commit hook can name every changed file). Plans with schema or reference errors (two phases
with one id, a gate on a metric not in the catalogue) are reported and not rendered; policy
rules do not stop a runbook. With \`lessonSources\` in rollbook.config.yaml, the shared lessons
are read through the GitHub API with GITHUB_TOKEN; without it, or when a source cannot be read,
nothing is rendered.

Options:
  --out <dir>            directory to write the runbooks to (required)
  --format <md|html>     md: GitHub-flavoured Markdown (default); html: standalone sanitized pages
  --start <date|time>    start of the projected calendar: YYYY-MM-DD (its midnight in the plan's
                         time zone) or a time with Z or an offset, e.g. 2026-11-02T09:00+01:00
                         (default today; with --check, the start recorded in each existing file)
  --templates <dir>      templates overriding the built-in ones, by file name (default: \`templates\`
                         from rollbook.config.yaml)
  --status <file>        the status file \`rollbook status --out\` wrote: each done plan's KPI review
                         (each KPI measured beside its baseline and expectation) goes into its
                         runbook
  --check                write nothing; list missing, stale and orphaned files and exit 1 if any
  --prune                delete generated files in <dir> that no plan renders to any more (not
                         while a plan cannot be rendered, nor when plan files are named one by
                         one and <dir> holds other plans' runbooks: then the index is kept too)
  --config <file>        configuration file (default ./rollbook.config.yaml if present)
  -h, --help             show this help

Exit codes: 0 done (or up to date), 1 out of date with --check, a plan that cannot be rendered,
a template error, or <dir> cannot be written; 2 bad usage (unknown option, missing --out, an
--out that is a file, no plans).`,
  options: {
    out: { type: "string" },
    format: { type: "string" },
    start: { type: "string" },
    templates: { type: "string" },
    status: { type: "string" },
    check: { type: "boolean" },
    prune: { type: "boolean" },
    config: { type: "string" }
  },
  async run({ values, positionals }, io) {
    if (typeof values.out !== "string" || values.out === "") throw new UsageError("--out <dir> is required");
    if (values.check && values.prune) throw new UsageError("--check and --prune cannot be combined");
    await checkOutputDir(values.out, `--out "${values.out}"`, io.cwd);
    const start = calendarStart(values.start, "start");
    return runRender(
      {
        paths: positionals,
        out: values.out,
        format: oneOf(values.format, RUNBOOK_FORMATS, "format", "md"),
        ...start ? { start } : {},
        check: values.check === true,
        prune: values.prune === true,
        ...typeof values.templates === "string" ? { templates: values.templates } : {},
        ...typeof values.config === "string" ? { config: values.config } : {},
        ...typeof values.status === "string" ? { status: values.status } : {}
      },
      io
    );
  }
};
export {
  renderCommand,
  runRender
};
