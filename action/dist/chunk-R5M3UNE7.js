import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DEFAULT_ACTION_LOGIN,
  actorOption,
  labelPrefixOption,
  optionalRepo,
  planRollout,
  unreachableHint
} from "./chunk-MMSG2PZY.js";
import {
  actedFromComments,
  draftLesson,
  rollbackDraft,
  rollbacksToDraft,
  scaffoldLesson,
  slugify
} from "./chunk-3DIR5HX7.js";
import {
  DEFAULT_LABEL_PREFIX,
  buildInventory,
  issueLabels,
  listComments,
  readManagedIssues,
  verifyPhaseIssue,
  writtenReadings
} from "./chunk-PDIKZ2TZ.js";
import "./chunk-RIUK62DN.js";
import {
  apiBaseUrl,
  createGitHubClient
} from "./chunk-F7U2YLSK.js";
import "./chunk-64ZO2YJY.js";
import {
  errorMessage,
  isUnreachable
} from "./chunk-CO3KHFF2.js";
import {
  checkOutputDir
} from "./chunk-DGXKB7Y5.js";
import {
  reportConfigErrors
} from "./chunk-W4XWNS7A.js";
import "./chunk-CN42PEYM.js";
import "./chunk-TQGIIV45.js";
import {
  isoDate,
  oneOf
} from "./chunk-NYIFD5R7.js";
import {
  stderrLogger
} from "./chunk-T3X2RMYI.js";
import {
  loadConfig
} from "./chunk-PRW37BDM.js";
import {
  EXIT,
  UsageError
} from "./chunk-DXW35SOZ.js";
import {
  DEFAULT_LESSONS_DIR,
  discoverPlanFiles,
  lessonsDirOf,
  readPlanFile
} from "./chunk-LC5U5VG2.js";
import {
  LESSON_ID_PATTERN,
  TRIGGERS
} from "./chunk-PWZWRRNJ.js";
import {
  PHASE_REF_PATTERN,
  formatUtcDay
} from "./chunk-4UT3FWL7.js";
import {
  DEFAULT_PLAN_PATHS
} from "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-LG33J42V.js";
import "./chunk-WBADEOUP.js";
import "./chunk-B2FHZXDX.js";
import "./chunk-NHGUQWO3.js";
import "./chunk-2Y4U2LYP.js";
import "./chunk-E2OZFMTG.js";
import {
  isInside,
  toDisplay
} from "./chunk-GX3IQWWC.js";
import {
  didYouMeanSuffix
} from "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/lesson.ts
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// action/src/cli/phase-record.ts
async function unconfirmedRollback(input, issue, rollout) {
  const activation = rollout.phases.find((p) => p.phaseId === input.phaseId)?.activation;
  if (!activation?.ticked || !activation.at) return void 0;
  const comments = await listComments(input.github, input.repo, issue);
  const acted = actedFromComments(input.plan, input.phaseId, comments, input.actor, activation.at);
  return rollbacksToDraft(rollout, acted).find((id) => id.phaseId === input.phaseId);
}
async function readPhaseRecord(input) {
  const { github, repo, plan, phaseId, labelPrefix, actor } = input;
  const name = plan.metadata.name;
  const where = `${repo.owner}/${repo.repo}`;
  try {
    const planLabel = issueLabels(name, void 0, labelPrefix)[1];
    const read = await readManagedIssues(github, repo, [labelPrefix, planLabel], labelPrefix, input.log);
    const issues = buildInventory(read.issues).plans.get(name);
    const issue = issues?.phases.get(phaseId);
    if (!issues || !issue)
      return {
        read: false,
        why: `${where} has no checklist issue for ${name}/${phaseId} (labelled ${labelPrefix}); check --repo and --label-prefix`
      };
    const proven = /* @__PURE__ */ new Map();
    let readings;
    for (const phase of plan.phases) {
      const phaseIssue = issues.phases.get(phase.id);
      if (!phaseIssue) continue;
      const trust = await verifyPhaseIssue(github, repo, phaseIssue, { plan: name, phase: phase.id }, actor);
      if (!trust.verified) {
        if (phase.id === phaseId)
          return { read: false, why: `the edit history of #${issue.number} could not be read (${trust.reason})` };
        continue;
      }
      proven.set(phaseIssue.number, trust.state);
      if (phase.id === phaseId) readings = writtenReadings(trust.ownBody);
    }
    const rollout = planRollout({ plan, file: "", guards: {} }, issues, input.now, proven);
    const rollback = rollbacksToDraft(rollout).find((id) => id.phaseId === phaseId) ?? await unconfirmedRollback(input, issue.number, rollout);
    return {
      read: true,
      issue: issue.number,
      rollout,
      ...rollback ? { rollback } : {},
      ...readings ? { readings } : {}
    };
  } catch (error) {
    const why = `cannot read the checklist issues of ${where}: ${errorMessage(error)}`;
    return isUnreachable(error) ? { read: false, why, unreachable: true } : { read: false, why };
  }
}

// action/src/cli/commands/lesson.ts
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
function howToFill(token, repo) {
  const missing = [
    ...token ? [] : ["set GITHUB_TOKEN (read access to issues)"],
    ...repo ? [] : ["pass --repo owner/name"]
  ];
  return missing.length ? `${missing.join(" and ")}, then run this again` : "run this again once the checklist issue can be read";
}
async function draftFrom(plan, phaseId, values, io) {
  const name = `${plan.metadata.name}/${phaseId}`;
  const given = isoDate(values.date, "date");
  const date = given ?? formatUtcDay(io.now());
  const repo = optionalRepo(values.repo, io.env);
  const labelPrefix = labelPrefixOption(values["label-prefix"]);
  const actor = actorOption(values.actor);
  const token = io.env.GITHUB_TOKEN;
  const offline = !token ? "GITHUB_TOKEN is not set, so the checklist issue was not read" : !repo ? "no repository was given (--repo owner/name or GITHUB_REPOSITORY), so the checklist issue was not read" : void 0;
  let why = offline;
  let unreachable = false;
  if (token && repo) {
    const log = stderrLogger(io);
    const github = createGitHubClient(token, { baseUrl: apiBaseUrl(io.env), log, pacing: io.pacing });
    const record = await readPhaseRecord({ github, repo, log, plan, phaseId, labelPrefix, actor, now: io.now() });
    if (record.read && record.rollback) {
      if (record.rollback.via === "verdict")
        io.stderr(
          `rollbook: ${name}: Rollbook's watch read a ROLL BACK verdict at ${record.rollback.at} and acted on it (#${record.issue}), but nobody has ticked its roll-back: drafted as a rollback; tick the roll-back on #${record.issue} once it is rolled back
`
        );
      return rollbackDraft(plan, record.rollout, record.rollback, record.readings, given);
    }
    if (record.read) {
      const state = record.rollout.phases.find((p) => p.phaseId === phaseId)?.state ?? "not-started";
      io.stderr(
        `rollbook: ${name} is ${state}, not rolled back (#${record.issue}): drafted with its timeline so far and its last gate readings
`
      );
      return draftLesson({
        plan,
        phaseId,
        date,
        timeline: record.rollout.released.filter((e) => e.phaseId === phaseId),
        ...record.readings ? { readings: record.readings } : {}
      });
    }
    why = record.why;
    unreachable = record.unreachable === true;
  }
  const unread = `${why}; the timeline from its audit trail and the gate readings at the breach are left out. To fill them, ${howToFill(Boolean(token), repo !== void 0)}.`;
  io.stderr(`rollbook: ${unread}
`);
  if (unreachable) io.stderr(unreachableHint(apiBaseUrl(io.env)));
  return draftLesson({ plan, phaseId, date, unread });
}
var FROM_ONLY = ["repo", "label-prefix", "actor"];
var SEED_ONLY = ["id", "title", "trigger"];
function titleArgument(words, flag, from) {
  const [title = ""] = words;
  if (words.length > 1) {
    throw new UsageError(
      `lesson new takes one title, and got ${words.length} words; quote it: rollbook lesson new "${words.join(" ")}"`
    );
  }
  if (flag !== void 0)
    throw new UsageError(`the title is given twice: --title "${flag}" and "${title}"; give it once`);
  if (from !== void 0) {
    throw new UsageError(
      "a title does not apply with --from: the draft takes its id, title and trigger from the rollback"
    );
  }
  return title;
}
var lessonCommand = {
  name: "lesson",
  help: `Usage: rollbook lesson new ["<title>"] [options]

Writes <dir>/<id>.md: a lesson whose front matter validates, with one guard to edit and an
outline for the story. See docs/lessons.md for the format and guard semantics.

With --from <plan>/<phase>, drafts the lesson of that phase's rollback: front matter prefilled
with the plan, phase, services, strategy and step kinds (under \`rollback:\`), the trigger
taxonomy to pick from, and the guard left to write. With GITHUB_TOKEN set and a repository
(--repo or GITHUB_REPOSITORY), it reads the phase's checklist issue and its edit history and
writes the draft the action writes for that rollback (docs/lessons.md): with the timeline from
the verified audit trail and the gate readings at the breach. Without them, the draft and stderr
say what was left out and how to get it.

Options:
  --id <L-YYYY-MM-slug>  the lesson id (default: L-, the date's year and month, a slug of the title)
  --title <text>         what went wrong, in one line (or give it as the argument, quoted)
  --date <YYYY-MM-DD>    day of the incident (default today, UTC)
  --from <plan>/<phase>  draft the lesson of this phase's rollback (--id, --title and --trigger
                         do not apply)
  --trigger <trigger>    ${TRIGGERS.slice(0, 4).join(", ")},
                         ${TRIGGERS.slice(4).join(", ")}
                         (default binary-push)
  --dir <dir>            where to write it (default: \`lessons\` from rollbook.config.yaml, else
                         ${DEFAULT_LESSONS_DIR})
  --config <file>        configuration file (default ./rollbook.config.yaml if present)
  --force                overwrite an existing file
  --repo <owner/name>    with --from: repository of the checklist issues (default
                         $GITHUB_REPOSITORY)
  --label-prefix <text>  with --from: label prefix the action was given (default ${DEFAULT_LABEL_PREFIX})
  --actor <login>        with --from: the account the action writes as (default ${DEFAULT_ACTION_LOGIN})
  -h, --help             show this help

Environment (with --from): GITHUB_TOKEN (read access to issues), GITHUB_API_URL (default
https://api.github.com).

Exit codes: 0 written, 1 the configuration has errors, 2 bad usage (unknown option, bad id or
date, file exists).`,
  options: {
    repo: { type: "string" },
    "label-prefix": { type: "string" },
    actor: { type: "string" },
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
    if (extra !== void 0) values.title = titleArgument(positionals.slice(1), values.title, values.from);
    const misplaced = (values.from === void 0 ? FROM_ONLY : SEED_ONLY).filter((name) => values[name] !== void 0);
    if (misplaced.length > 0)
      throw new UsageError(
        values.from === void 0 ? `--${misplaced[0]} applies only with --from <plan>/<phase>` : `--${misplaced[0]} does not apply with --from: the draft takes its id, title and trigger from the rollback`
      );
    const loaded = await loadConfig(io.cwd, values.config);
    if (reportConfigErrors(loaded, io)) return EXIT.problems;
    const dir = values.dir ?? lessonsDirOf(loaded.config);
    await checkOutputDir(dir, values.dir === void 0 ? `the lessons directory "${dir}"` : `--dir "${dir}"`, io.cwd);
    let lesson;
    if (values.from !== void 0) {
      const [planName, phaseId] = parseFrom(values.from);
      const plan = await findPlan(io.cwd, loaded.config.plans ?? DEFAULT_PLAN_PATHS, planName);
      if (!plan.phases.some((p) => p.id === phaseId))
        throw new UsageError(
          `plan ${planName} has no phase "${phaseId}" (its phases: ${plan.phases.map((p) => p.id).join(", ")})${didYouMeanSuffix(
            phaseId,
            plan.phases.map((p) => p.id)
          )}`
        );
      lesson = await draftFrom(plan, phaseId, values, io);
    } else {
      const seed = seedFrom(values, formatUtcDay(io.now()));
      lesson = { id: seed.id, text: scaffoldLesson(seed) };
    }
    const file = join(resolve(io.cwd, dir), `${lesson.id}.md`);
    const display = toDisplay(file, io.cwd);
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    await mkdir(resolve(io.cwd, dir), { recursive: true });
    await writeFile(file, lesson.text, "utf8");
    const readFrom = lessonsDirOf(loaded.config);
    if (!isInside(file, resolve(io.cwd, readFrom))) {
      io.stdout(`Wrote ${display}.
`);
      io.stderr(
        `rollbook: warning: lessons are read from "${readFrom}", so this one guards no plan; move it there, or set \`lessons: ${dir}\` in rollbook.config.yaml
`
      );
      return EXIT.ok;
    }
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
