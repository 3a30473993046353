import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  draftLesson,
  scaffoldLesson,
  slugify
} from "./chunk-ZAXT2P2Y.js";
import {
  isoDate,
  oneOf,
  todayUtc
} from "./chunk-IO2T7ALR.js";
import {
  loadConfig
} from "./chunk-A4762D3T.js";
import {
  DEFAULT_LESSONS_DIR
} from "./chunk-TW2ALV2E.js";
import "./chunk-DOFMESQO.js";
import "./chunk-YBSNS7DU.js";
import {
  DEFAULT_PLAN_PATHS,
  LESSON_ID_PATTERN,
  TRIGGERS,
  discoverPlanFiles,
  readPlanFile
} from "./chunk-ST67CXJH.js";
import {
  PHASE_REF_PATTERN
} from "./chunk-JH6ECX3Y.js";
import {
  EXIT,
  UsageError
} from "./chunk-R6GXAJDK.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/lesson.ts
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
var SUBCOMMANDS = ["new"];
var DEFAULT_TITLE = "What went wrong, in one line";
var DEFAULT_SLUG = "new-lesson";
function seedFrom(values, today) {
  const trigger = oneOf(values.trigger, TRIGGERS, "trigger", "binary-push");
  const title = typeof values.title === "string" && values.title.trim() ? values.title.trim() : DEFAULT_TITLE;
  const givenDate = isoDate(values.date, "date");
  const givenId = values.id;
  if (givenId !== void 0 && !new RegExp(LESSON_ID_PATTERN).test(givenId)) {
    throw new UsageError(
      `--id "${givenId}" is not a lesson id: L-, the incident's year and month, then a slug, e.g. L-2020-11-thread-exhaustion`
    );
  }
  const date = givenDate ?? (givenId && !givenId.startsWith(`L-${today.slice(0, 7)}-`) ? void 0 : today);
  if (date === void 0) {
    throw new UsageError(`--id ${givenId} is not from this month; pass --date YYYY-MM-DD with the incident's day`);
  }
  if (givenId !== void 0 && !givenId.startsWith(`L-${date.slice(0, 7)}-`)) {
    throw new UsageError(`--id ${givenId} does not start with L-${date.slice(0, 7)}- although --date is ${date}`);
  }
  const slug = title === DEFAULT_TITLE ? DEFAULT_SLUG : slugify(title) || DEFAULT_SLUG;
  return { id: givenId ?? `L-${date.slice(0, 7)}-${slug}`, title, date, trigger };
}
function parseFrom(value) {
  if (!new RegExp(PHASE_REF_PATTERN).test(value))
    throw new UsageError(`--from "${value}" is not <plan>/<phase>, e.g. --from checkout-v2/canary`);
  const [plan, phase] = value.split("/");
  return [plan, phase];
}
async function findPlan(cwd, paths, name) {
  const names = [];
  for (const file of await discoverPlanFiles(paths, cwd)) {
    const parsed = await readPlanFile(file, cwd);
    if (!parsed.plan) continue;
    if (parsed.plan.metadata.name === name) {
      if (parsed.diagnostics.some((d) => d.severity === "error"))
        throw new UsageError(`plan ${name} (${file}) has errors; run \`rollbook validate\` first`);
      return parsed.plan;
    }
    names.push(parsed.plan.metadata.name);
  }
  throw new UsageError(
    `no plan named "${name}" under ${paths.join(", ")}${names.length ? ` (plans: ${names.join(", ")})` : ""}`
  );
}
var lessonCommand = {
  name: "lesson",
  help: `Usage: rollbook lesson new [options]

Writes <dir>/<id>.md: a lesson whose front matter validates, with one guard to edit and an
outline for the story. See docs/lessons.md for the format and guard semantics.

With --from <plan>/<phase>, drafts the lesson of that phase's rollback: front matter prefilled
with the plan, phase, services, strategy and step kinds (under \`rollback:\`), the trigger
taxonomy to pick from, and the guard left to write. The action drafts the same for every
rollback it sees, with the timeline and gate readings (docs/lessons.md).

Options:
  --id <L-YYYY-MM-slug>  the lesson id (default: L-, the date's year and month, a slug of the title)
  --title <text>         what went wrong, in one line
  --date <YYYY-MM-DD>    day of the incident (default today, UTC)
  --from <plan>/<phase>  draft the lesson of this phase's rollback (--id, --title, --trigger do not apply)
  --trigger <trigger>    ${TRIGGERS.join(", ")}
                         (default binary-push)
  --dir <dir>            where to write it (default: \`lessons\` from rollbook.config.yaml, else ${DEFAULT_LESSONS_DIR})
  --config <file>        configuration file (default ./rollbook.config.yaml if present)
  --force                overwrite an existing file
  -h, --help             show this help

Exit codes: 0 written, 2 bad usage (unknown option, bad id or date, file exists).`,
  options: {
    id: { type: "string" },
    title: { type: "string" },
    date: { type: "string" },
    trigger: { type: "string" },
    from: { type: "string" },
    dir: { type: "string" },
    config: { type: "string" },
    force: { type: "boolean" }
  },
  async run({ values, positionals }, io) {
    const [sub, extra] = positionals;
    if (sub === void 0) throw new UsageError("lesson needs a subcommand: `rollbook lesson new`");
    if (!SUBCOMMANDS.includes(sub)) {
      throw new UsageError(`unknown subcommand "${sub}" (expected: ${SUBCOMMANDS.join(", ")})`);
    }
    if (extra !== void 0) throw new UsageError("lesson new takes options only; pass the title with --title");
    const loaded = await loadConfig(io.cwd, values.config);
    const dir = values.dir ?? loaded.config.lessons ?? DEFAULT_LESSONS_DIR;
    let lesson;
    if (values.from !== void 0) {
      const [planName, phaseId] = parseFrom(values.from);
      const plan = await findPlan(io.cwd, loaded.config.plans ?? DEFAULT_PLAN_PATHS, planName);
      if (!plan.phases.some((p) => p.id === phaseId))
        throw new UsageError(
          `plan ${planName} has no phase "${phaseId}" (its phases: ${plan.phases.map((p) => p.id).join(", ")})`
        );
      const date = isoDate(values.date, "date") ?? todayUtc(io.now());
      lesson = draftLesson({ plan, phaseId, date });
    } else {
      const seed = seedFrom(values, todayUtc(io.now()));
      lesson = { id: seed.id, text: scaffoldLesson(seed) };
    }
    const file = join(resolve(io.cwd, dir), `${lesson.id}.md`);
    const display = relative(io.cwd, file).split(sep).join("/");
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    await mkdir(resolve(io.cwd, dir), { recursive: true });
    await writeFile(file, lesson.text, "utf8");
    io.stdout(
      `Wrote ${display}. Tell the story, point its guard at the plans it should protect, then run \`rollbook lessons\`.
`
    );
    return EXIT.ok;
  }
};
export {
  lessonCommand
};
