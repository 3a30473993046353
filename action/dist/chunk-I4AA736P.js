import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  CHECK_STATES,
  DEPENDENCY_DONE,
  JsonFileProvider,
  SharedQueries,
  UnknownPhaseError,
  buildGateReport,
  collectMeasurements,
  createProviders,
  gateReportJson,
  loadReportTemplates,
  phaseTransition,
  planSources,
  renderGateReport,
  reportGuards
} from "./chunk-5YEZKIMZ.js";
import {
  applyGuards
} from "./chunk-5J6QAA5N.js";
import {
  gateIds
} from "./chunk-RIUK62DN.js";
import {
  reportConfigErrors,
  reportConfigWarnings
} from "./chunk-W4XWNS7A.js";
import "./chunk-S4LJVRPO.js";
import "./chunk-TQGIIV45.js";
import "./chunk-LSURUNZ5.js";
import {
  gotWhy,
  oneOf,
  templatesOption
} from "./chunk-NYIFD5R7.js";
import {
  readSharedLessons
} from "./chunk-O7G6TSRF.js";
import "./chunk-T3X2RMYI.js";
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
  checkSharedDuplicateIds,
  lessonsDirOf,
  loadLessons,
  readPlanFile,
  toLessonSet
} from "./chunk-LC5U5VG2.js";
import "./chunk-PWZWRRNJ.js";
import {
  HANDLE_PATTERN,
  INSTANT_EXAMPLE,
  idRecord,
  isGateOfKind,
  parseInstant
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
import "./chunk-GX3IQWWC.js";
import {
  listOf
} from "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/gate.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";

// action/src/cli/gate-lessons.ts
var NO_VERDICT = "rollbook: no verdict: the gates would miss the guards of lessons that could not be read";
async function gateGuards(plan, loaded, io) {
  const shared = await readSharedLessons(loaded, io, "error");
  const dir = lessonsDirOf(loaded.config);
  const local = await loadLessons(dir, io.cwd, loaded.config.lessons !== void 0);
  const unread = [
    ...shared?.diagnostics.filter((d) => d.severity === "error") ?? [],
    ...local.diagnostics.filter((d) => d.severity === "error")
  ];
  if (unread.length > 0) {
    for (const d of unread)
      io.stderr(`${formatDiagnosticText(d, d.file === loaded.file ? loaded.text : void 0, PLAIN)}

`);
    io.stderr(`${NO_VERDICT}
`);
    return void 0;
  }
  const sharedLessons = shared?.lessons ?? [];
  checkSharedDuplicateIds(local.lessons, sharedLessons);
  const all = [...local.lessons, ...sharedLessons];
  for (const lesson of all) {
    const first = lesson.diagnostics.find((d) => d.severity === "error");
    if (first) {
      io.stderr(
        `rollbook: warning: ${first.file}:${first.line}:${first.column} ${first.message}; it guards nothing (run 'rollbook validate')
`
      );
    }
  }
  return matchGuards(plan, toLessonSet(all).lessons);
}

// action/src/cli/commands/gate.ts
var FORMATS = ["text", "md", "json"];
var PROMETHEUS_TOKEN_ENV = "ROLLBOOK_PROMETHEUS_TOKEN";
var BASELINE_KEY_SUFFIX = ":baseline";
var gateCommand = {
  name: "gate",
  help: `Usage: rollbook gate <plan> --phase <id> [options]
       rollbook gate --plan <plan> --phase <id> [options]

Evaluates the gates for promoting the plan into --phase: the bake, metrics, checks and
sign-offs of the phase before it, and the freezes covering --phase's environment, with the
guards the repository's lessons (and its lessonSources) add to the plan. Prints
the verdict (PROMOTE, HOLD, FROZEN, ROLL BACK, or ROLL FORWARD where the phase cannot be
undone or the policy rolls forward) with the numbers behind it: the same
report the GitHub Action posts on rollout pull requests.

Options:
  --plan <file>            the rollout plan (*.rollout.yaml); or give it as the argument
  --phase <id>             the phase to promote into
  --at <ISO time>          evaluate at this time (default now)
  --format <text|md|json>  output format (default text; md is the PR comment)
  --prometheus-url <url>   Prometheus for prometheus metrics (bearer token from
                           $${PROMETHEUS_TOKEN_ENV})
  --metrics-file <file>    read every metric from a JSON file instead, keyed by metric name:
                             {"metrics": {"error_rate": 0.004, "p99_latency:baseline": 0.41,
                              "orders": {"series": [["2026-11-16T09:00:00Z", 100], ...]}}}
                           a baseline gate's control value is "<metric>:baseline"; week-over-week
                           and history need a series
  --http-json-allow-private
                           let http-json URLs reach loopback, private, link-local and
                           cloud-metadata addresses (refused by default)
  --activated-at <ISO>     when the phase being left was activated (starts its bake)
  --signed-off <@a,@b>     handles that signed off; each counts for every sign-off gate that
                           lists it, or lists a team (team membership is not checked locally)
  --check <name=state>     a check or commit status on the PR head, e.g. integration-tests=success
                           (repeatable; unknown checks hold)
  --done <plan/phase>      a phase of another plan that is done, for --phase's \`dependsOn\`
                           (repeatable; a dependency not named holds, as its state is not known
                           locally)
  --label <name>           a PR label, e.g. hotfix (repeatable)
  --templates <dir>        directory whose report templates override the built-in ones
                           (default: \`templates\` in the configuration)
  --config <file>          configuration file (default rollbook.config.yaml): lessons,
                           lessonSources (read with $GITHUB_TOKEN), templates
  -h, --help               show this help

Exit codes: 0 PROMOTE, 1 HOLD, FROZEN, ROLL BACK or ROLL FORWARD, 2 bad usage (unknown option,
missing or invalid plan, unknown phase, missing metrics file).`,
  options: {
    plan: { type: "string" },
    phase: { type: "string" },
    at: { type: "string" },
    format: { type: "string" },
    "prometheus-url": { type: "string" },
    "metrics-file": { type: "string" },
    "activated-at": { type: "string" },
    "http-json-allow-private": { type: "boolean" },
    "signed-off": { type: "string" },
    check: { type: "string", multiple: true },
    done: { type: "string", multiple: true },
    label: { type: "string", multiple: true },
    templates: { type: "string" },
    config: { type: "string" }
  },
  async run({ values, positionals }, io) {
    const format = oneOf(values.format, FORMATS, "format", "text");
    const planPath = planOption(values.plan, positionals);
    const at = isoTime(values.at, "at") ?? io.now();
    const activatedAt = isoTime(values["activated-at"], "activated-at");
    const metricsFile = values["metrics-file"];
    if (metricsFile !== void 0) await mustBeFile(metricsFile, "--metrics-file", io.cwd, "the JSON file");
    const prometheusUrl = values["prometheus-url"];
    if (prometheusUrl !== void 0 && !/^https?:\/\/[^\s]+$/.test(prometheusUrl)) {
      throw new UsageError(`--prometheus-url must be an http(s) URL (got "${prometheusUrl}")`);
    }
    const flagTemplates = await templatesOption(values.templates, io.cwd);
    const loaded = await loadConfig(io.cwd, values.config, {
      templatesGiven: flagTemplates !== void 0
    });
    if (reportConfigErrors(loaded, io)) return EXIT.problems;
    reportConfigWarnings(loaded, io);
    const templatesDir = flagTemplates ?? loaded.config.templates;
    const own = await loadPlan(planPath, values.plan === void 0 ? "the plan" : "--plan", io.cwd, io.stderr);
    const target = phaseOption(values.phase, own);
    const guards = await gateGuards(own, loaded, io);
    if (!guards) return EXIT.problems;
    const plan = applyGuards(own, guards);
    let from;
    try {
      ({ from } = phaseTransition(plan, target));
    } catch (error) {
      if (error instanceof UnknownPhaseError) throw new UsageError(error.message);
      throw error;
    }
    const pool = new SharedQueries();
    const sources = metricsFile ? metricsFileSources(
      pool.wrap(new JsonFileProvider({ path: resolve(io.cwd, metricsFile), display: metricsFile, root: io.cwd }))
    ) : cliPlanSources(
      createProviders(
        {
          ...prometheusUrl ? { prometheus: withToken({ baseUrl: prometheusUrl }, io.env[PROMETHEUS_TOKEN_ENV]) } : {},
          httpJson: { allowPrivate: values["http-json-allow-private"] === true }
        },
        pool
      )
    );
    const facts = { signoffs: signoffs(values["signed-off"], from, at) };
    if (activatedAt) facts.activatedAt = activatedAt;
    facts.dependencies = doneDependencies(values.done, plan, target);
    const pr = { checks: checks(values.check), labels: list(values.label) };
    const measurements = await collectMeasurements({
      plan,
      target,
      at,
      ...activatedAt ? { activatedAt } : {},
      resolve: sources
    });
    const built = buildGateReport({ plan, target, at, facts, pr, measurements });
    const report = { ...built, lessons: from ? reportGuards(guards, from.id, built.evaluation.gates) : [] };
    if (format === "json") {
      io.stdout(`${JSON.stringify(gateReportJson(report), null, 2)}
`);
    } else {
      const templates = await loadReportTemplates(
        templatesDir === void 0 ? void 0 : resolve(io.cwd, templatesDir),
        void 0,
        void 0,
        io.cwd
      );
      io.stdout(renderGateReport(report, format, templates));
    }
    return report.evaluation.verdict === "PROMOTE" ? EXIT.ok : EXIT.problems;
  }
};
function planOption(flag, positionals) {
  const [first, extra] = positionals;
  if (extra !== void 0) {
    throw new UsageError(`gate judges one plan at a time, and got "${first}" and "${extra}"`);
  }
  if (first !== void 0 && flag !== void 0) {
    throw new UsageError(`the plan is named twice: --plan "${flag}" and "${first}"; give it once`);
  }
  if (first === "") throw new UsageError("the plan argument is empty");
  if (first !== void 0) return first;
  if (typeof flag !== "string" || flag === "") {
    throw new UsageError("which plan? Name it: rollbook gate <plan> --phase <id> (or --plan <plan>)");
  }
  return flag;
}
function phaseOption(value, plan) {
  if (typeof value === "string" && value !== "") return value;
  const ids = plan.phases.map((p) => p.id);
  throw new UsageError(
    `--phase is required: the phase to promote into, ${ids.length > 1 ? "one of " : ""}${listOf(ids)}`
  );
}
function isoTime(value, option) {
  if (value === void 0) return void 0;
  const text = String(value);
  const parsed = parseInstant(text);
  if (!parsed.ok) {
    throw new UsageError(
      `--${option} must be an ISO 8601 time such as ${INSTANT_EXAMPLE}${gotWhy(text, parsed.error)}`
    );
  }
  return parsed.date;
}
function list(value) {
  return Array.isArray(value) ? value.map(String) : [];
}
function withToken(options, token) {
  return token ? { ...options, token } : options;
}
async function mustBeFile(path, named, cwd, what) {
  const info = await stat(resolve(cwd, path)).catch(() => void 0);
  if (!info) throw new UsageError(`${named} "${path}" does not exist`);
  if (info.isDirectory()) throw new UsageError(`${named} "${path}" is a directory: name ${what} in it`);
}
async function loadPlan(path, named, cwd, stderr) {
  await mustBeFile(path, named, cwd, "one plan file (*.rollout.yaml)");
  const parsed = await readPlanFile(path, cwd);
  const errors = parsed.diagnostics.filter((d) => d.severity === "error");
  if (!parsed.plan) {
    const first = errors[0];
    throw new UsageError(
      `${path} is not a valid rollout plan${first ? ` (${first.line}:${first.column} ${first.message})` : ""}; run 'rollbook validate ${path}'`
    );
  }
  if (errors.length > 0) {
    stderr(`rollbook: warning: ${path} has ${plural(errors.length, "error")}; run 'rollbook validate ${path}'
`);
  }
  return parsed.plan;
}
function cliPlanSources(providers) {
  const resolveSource = planSources(providers);
  return (request) => {
    const found = resolveSource(request);
    if ("error" in found) return { ...found, error: `${found.error}: pass --prometheus-url or --metrics-file` };
    return found;
  };
}
function metricsFileSources(provider) {
  return ({ metricName, role }) => ({
    provider,
    query: role === "baseline" ? `${metricName}${BASELINE_KEY_SUFFIX}` : metricName
  });
}
function signoffs(value, from, at) {
  if (value === void 0 || !from) return [];
  const handles = String(value).split(",").map((h) => h.trim()).filter(Boolean);
  const pattern = new RegExp(HANDLE_PATTERN);
  for (const handle of handles) {
    if (!pattern.test(handle)) throw new UsageError(`--signed-off: "${handle}" is not a handle such as @alice`);
  }
  const ids = gateIds(from);
  return (from.gates ?? []).flatMap((gate, i) => {
    if (!isGateOfKind(gate, "signoff")) return [];
    const listed = new Set(gate.signoff.map((h) => h.toLowerCase()));
    const team = gate.signoff.find((h) => h.includes("/"));
    return handles.map((by) => {
      const signoff = { gate: ids[i], by, at };
      if (!listed.has(by.toLowerCase()) && team) signoff.as = team;
      return signoff;
    });
  });
}
function checks(value) {
  const out = idRecord();
  for (const entry of list(value)) {
    const eq = entry.lastIndexOf("=");
    const name = entry.slice(0, eq).trim();
    const state = entry.slice(eq + 1).trim();
    if (eq <= 0 || !CHECK_STATES.includes(state)) {
      throw new UsageError(
        `--check must be name=state with a state such as success, pending or failure (got "${entry}")`
      );
    }
    out[name] = state;
  }
  return out;
}
function doneDependencies(values, plan, target) {
  const dependsOn = plan.phases.find((p) => p.id === target)?.dependsOn ?? [];
  const done = {};
  for (const ref of list(values)) {
    if (!dependsOn.includes(ref)) {
      const known = dependsOn.length > 0 ? `; it waits for ${dependsOn.join(", ")}` : "; it waits for no other plan";
      throw new UsageError(`--done: phase ${target} does not depend on "${ref}"${known}`);
    }
    done[ref] = DEPENDENCY_DONE;
  }
  return done;
}
export {
  BASELINE_KEY_SUFFIX,
  PROMETHEUS_TOKEN_ENV,
  gateCommand
};
