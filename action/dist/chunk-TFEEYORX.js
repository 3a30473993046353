import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  reportConfigErrors
} from "./chunk-W4XWNS7A.js";
import {
  readSharedLessons
} from "./chunk-O7G6TSRF.js";
import "./chunk-T3X2RMYI.js";
import {
  describeGuard,
  guardKey,
  lessonName,
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
  DEFAULT_LESSONS_DIR,
  checkSharedDuplicateIds,
  discoverPlanFiles,
  lessonsDirOf,
  loadLessons,
  readPlanFile,
  validLessons
} from "./chunk-LC5U5VG2.js";
import {
  GUARD_ACTIONS,
  LESSON_SEVERITIES,
  TRIGGERS,
  compareCodePoints
} from "./chunk-PWZWRRNJ.js";
import "./chunk-4UT3FWL7.js";
import {
  DEFAULT_PLAN_PATHS
} from "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-LG33J42V.js";
import "./chunk-WBADEOUP.js";
import {
  PLAIN,
  formatDiagnosticText
} from "./chunk-B2FHZXDX.js";
import "./chunk-NHGUQWO3.js";
import {
  countBySeverity
} from "./chunk-2Y4U2LYP.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import "./chunk-GX3IQWWC.js";
import "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/lessons.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// action/src/lessons/summary.ts
function quarterOf(date) {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}
function countBy(keys, values) {
  const out = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const v of values) out[v]++;
  return out;
}
function kindOf(guard) {
  return GUARD_ACTIONS.find((a) => guard[a] !== void 0) ?? "checklist";
}
function summarizeLessons(lessons, plans) {
  const sorted = [...lessons].sort(
    (a, b) => compareCodePoints(a.lesson.date, b.lesson.date) || compareCodePoints(a.lesson.id, b.lesson.id)
  );
  const matched = plans.map((p) => ({ ref: p, guards: matchGuards(p.plan, sorted) }));
  const listings = sorted.map(({ lesson, file, source }) => {
    const guards = lesson.guards.map((guard) => {
      const key = guardKey(lessonName(lesson.id, source?.repository), guard.id);
      const coverage = [];
      for (const { ref, guards: planGuards } of matched) {
        const hits = planGuards.phases.flatMap(
          (p) => p.guards.filter((g) => g.key === key).map((g) => ({ phase: p.phaseId, waived: g.waived !== void 0 }))
        );
        if (hits.length === 0) continue;
        coverage.push({
          plan: ref.plan.metadata.name,
          file: ref.file,
          phases: hits.filter((h) => !h.waived).map((h) => h.phase),
          waived: hits.filter((h) => h.waived).map((h) => h.phase)
        });
      }
      return { id: guard.id, kind: kindOf(guard), summary: describeGuard(guard), plans: coverage };
    });
    const guarded = new Set(guards.flatMap((g) => g.plans.filter((c) => c.phases.length > 0).map((c) => c.plan)));
    return {
      id: lesson.id,
      title: lesson.title,
      date: lesson.date,
      severity: lesson.severity,
      trigger: lesson.trigger,
      file,
      ...source ? { source: { repository: source.repository, ref: source.ref, commit: source.commit, url: source.url } } : {},
      guards,
      guardedPlans: [...guarded].sort()
    };
  });
  const quarters = [...new Set(sorted.map((l) => quarterOf(l.lesson.date)))].sort();
  return {
    total: sorted.length,
    byTrigger: countBy(
      TRIGGERS,
      sorted.map((l) => l.lesson.trigger)
    ),
    bySeverity: countBy(
      LESSON_SEVERITIES,
      sorted.map((l) => l.lesson.severity)
    ),
    byQuarter: countBy(
      quarters,
      sorted.map((l) => quarterOf(l.lesson.date))
    ),
    lessons: listings
  };
}

// action/src/lessons/summary-text.ts
function stripControls(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
}
function counts(record, skipZero) {
  const entries = Object.entries(record).filter(([, n]) => !skipZero || n > 0);
  return entries.length ? entries.map(([k, n]) => `${k} ${n}`).join(", ") : "none";
}
function formatLessonsText(summary, dir) {
  const lines = [
    `${plural(summary.total, "lesson")} in ${dir}`,
    "",
    `By trigger:   ${counts(summary.byTrigger, true)}`,
    `By severity:  ${counts(summary.bySeverity, true)}`,
    `By quarter:   ${counts(summary.byQuarter, false)}`
  ];
  for (const lesson of summary.lessons) {
    lines.push("", `${lesson.id}  ${lesson.severity}  ${lesson.trigger}  ${lesson.date}`);
    lines.push(`  ${stripControls(lesson.title)}`);
    for (const guard of lesson.guards) {
      lines.push(`  - ${guard.id} (${guard.kind}): ${stripControls(guard.summary)}`);
      if (guard.plans.length === 0) lines.push("      guards no plan");
      for (const p of guard.plans) {
        const waived = p.waived.length ? `; waived in ${p.waived.join(", ")}` : "";
        const phases = p.phases.length ? p.phases.join(", ") : "no phase";
        lines.push(`      ${p.plan}: ${phases}${waived}`);
      }
    }
  }
  return `${lines.join("\n")}
`;
}

// action/src/cli/commands/lessons.ts
var lessonsCommand = {
  name: "lessons",
  help: `Usage: rollbook lessons [plan paths\u2026] [options]

Lists the lessons in the lessons directory (\`lessons\` in rollbook.config.yaml, default
${DEFAULT_LESSONS_DIR}) with counts by trigger, severity and quarter, and for every guard the
plans and phases it applies to, and where a plan waives it. Plan paths default to \`plans\` from
rollbook.config.yaml, else ./playbooks.

Options:
  --json           print as JSON
  --config <file>  configuration file (default ./rollbook.config.yaml if present)
  -h, --help       show this help

Exit codes: 0 listed, 1 some lesson has errors (they are printed; valid lessons are still
listed), 2 bad usage (unknown option, missing path, no lessons directory).`,
  options: { json: { type: "boolean" }, config: { type: "string" } },
  async run({ values, positionals }, io) {
    const configLoaded = await loadConfig(io.cwd, values.config);
    if (reportConfigErrors(configLoaded, io)) return EXIT.problems;
    const { config } = configLoaded;
    const loaded = await loadLessons(lessonsDirOf(config), io.cwd);
    const shared = await readSharedLessons(configLoaded, io, "warning");
    if (!loaded.found && !shared) {
      if (existsSync(resolve(io.cwd, loaded.dir))) {
        throw new UsageError(
          `"${loaded.dir}" is a file, not a lessons directory; fix \`lessons:\` in rollbook.config.yaml`
        );
      }
      throw new UsageError(`no lessons directory at "${loaded.dir}"; create one with \`rollbook lesson new\``);
    }
    const files = await discoverPlanFiles(
      positionals.length ? positionals : config.plans ?? DEFAULT_PLAN_PATHS,
      io.cwd
    );
    const plans = [];
    for (const file of files) {
      const parsed = await readPlanFile(file, io.cwd);
      if (parsed.plan) plans.push({ file, plan: parsed.plan });
    }
    const sharedLessons = shared?.lessons ?? [];
    checkSharedDuplicateIds(loaded.lessons, sharedLessons);
    const lessons = [...loaded.lessons, ...sharedLessons];
    const summary = summarizeLessons(validLessons(lessons), plans);
    const diagnostics = [...shared?.diagnostics ?? [], ...lessons.flatMap((l) => l.diagnostics)];
    const { errors } = countBySeverity(diagnostics);
    if (values.json) {
      io.stdout(`${JSON.stringify({ dir: loaded.dir, ...summary, diagnostics }, null, 2)}
`);
    } else {
      const sources = new Map(lessons.map((l) => [l.file, l.text]));
      if (configLoaded.file && configLoaded.text !== void 0) sources.set(configLoaded.file, configLoaded.text);
      for (const d of diagnostics) io.stderr(`${formatDiagnosticText(d, sources.get(d.file), PLAIN)}

`);
      io.stdout(formatLessonsText(summary, loaded.dir));
    }
    return errors > 0 ? EXIT.problems : EXIT.ok;
  }
};
export {
  lessonsCommand
};
