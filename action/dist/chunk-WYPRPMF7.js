import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  formatDiagnosticGithub
} from "./chunk-X7BNH7CW.js";
import {
  calendarStart,
  oneOf
} from "./chunk-NYIFD5R7.js";
import {
  readSharedLessons
} from "./chunk-O7G6TSRF.js";
import "./chunk-T3X2RMYI.js";
import {
  checkPlans,
  openResultCache
} from "./chunk-53CWM5Y6.js";
import "./chunk-3K54BDRQ.js";
import {
  loadConfig
} from "./chunk-PRW37BDM.js";
import {
  EXIT
} from "./chunk-DXW35SOZ.js";
import "./chunk-BM67PERK.js";
import "./chunk-ZAKRNKYC.js";
import "./chunk-LC5U5VG2.js";
import "./chunk-PWZWRRNJ.js";
import {
  formatUtcDay
} from "./chunk-4UT3FWL7.js";
import {
  CONFIG_FILE
} from "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-LG33J42V.js";
import "./chunk-WBADEOUP.js";
import {
  ANSI,
  PLAIN,
  formatDiagnosticText,
  formatSummaryText
} from "./chunk-B2FHZXDX.js";
import "./chunk-NHGUQWO3.js";
import {
  countBySeverity,
  isFileSystemError
} from "./chunk-2Y4U2LYP.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import "./chunk-GX3IQWWC.js";
import {
  isExpectedError
} from "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/validate.ts
var FORMATS = ["text", "json", "github"];
var validateCommand = {
  name: "validate",
  help: `Usage: rollbook validate [paths\u2026] [options]

Checks each plan (*.rollout.yaml) against the plan schema, its internal references, and the
policy rules. Paths may be files, directories (searched for *.rollout.yaml) or globs; the
default is \`plans\` from rollbook.config.yaml, else ./playbooks. Every run checks the lessons
too; a lesson (.md) among the paths is checked with them, and named alone it checks the default
plans, which its guards act on.

Options:
  --format <text|json|github>  output format (default text; github prints workflow annotations)
  --config <file>              configuration file (default ./rollbook.config.yaml if present)
  --start <date|time>          start of the rollout, for calendar rules: YYYY-MM-DD (its midnight in
                               the plan's time zone) or a time with Z or an offset (default today)
  --strict                     treat warnings as errors
  -h, --help                   show this help

With \`lessonSources\` in rollbook.config.yaml, the shared lessons are read through the GitHub API
with GITHUB_TOKEN (GITHUB_API_URL for GitHub Enterprise Server); without it they are not
checked, and a warning says so.

Exit codes: 0 no errors, 1 errors found, 2 bad usage (unknown option, missing path, no plans).`,
  options: {
    format: { type: "string" },
    config: { type: "string" },
    start: { type: "string" },
    strict: { type: "boolean" }
  },
  async run({ values, positionals }, io) {
    const format = oneOf(values.format, FORMATS, "format", "text");
    const start = calendarStart(values.start, "start") ?? formatUtcDay(io.now());
    const loaded = await loadConfig(io.cwd, values.config);
    const sources = /* @__PURE__ */ new Map();
    if (loaded.file && loaded.text !== void 0) sources.set(loaded.file, loaded.text);
    let diagnostics = [...loaded.diagnostics];
    let files = 0;
    let lessons = 0;
    const configErrors = countBySeverity(diagnostics).errors;
    if (configErrors === 0) {
      const shared = await readSharedLessons(loaded, io, "warning");
      const result = await checkPlans(positionals, {
        cwd: io.cwd,
        config: loaded.config,
        start,
        retainPlans: false,
        ...shared ? { shared } : {},
        ...io.resultCache ? { results: openResultCache(io.resultCache) } : {}
      });
      for (const plan of result.plans) sources.set(plan.file, plan.text);
      for (const lesson of result.lessons) sources.set(lesson.file, lesson.text);
      diagnostics = [...diagnostics, ...result.diagnostics];
      files = result.plans.length;
      lessons = result.lessons.length;
      if (loaded.config.templates !== void 0) {
        const { runbookTemplateWarnings } = await import("./chunk-EKFLB6P7.js");
        const templates = await runbookTemplateWarnings(loaded.config.templates, io.cwd).catch((error) => {
          if (isExpectedError(error) || isFileSystemError(error)) return void 0;
          throw error;
        });
        for (const [file, text] of templates?.texts ?? []) sources.set(file, text);
        diagnostics = [...diagnostics, ...templates?.diagnostics ?? []];
      }
    }
    let { errors, warnings } = countBySeverity(diagnostics);
    if (values.strict) {
      errors += warnings;
      warnings = 0;
    }
    const summary = (style) => configErrors > 0 ? style.red(
      `No plan checked: ${loaded.file ?? CONFIG_FILE} has ${plural(configErrors, "error")}; fix it first.`
    ) : formatSummaryText(files, errors, warnings, style, lessons);
    if (format === "json") {
      io.stdout(`${JSON.stringify({ files, lessons, errors, warnings, diagnostics }, null, 2)}
`);
    } else if (format === "github") {
      for (const d of diagnostics) io.stdout(`${formatDiagnosticGithub(d)}
`);
      io.stdout(`${summary(PLAIN)}
`);
    } else {
      const style = io.color ? ANSI : PLAIN;
      for (const d of diagnostics) io.stdout(`${formatDiagnosticText(d, sources.get(d.file), style)}

`);
      io.stdout(`${summary(style)}
`);
    }
    return errors > 0 ? EXIT.problems : EXIT.ok;
  }
};
export {
  validateCommand
};
