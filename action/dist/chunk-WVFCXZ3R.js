import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DEFAULT_LESSONS_DIR,
  loadConfig
} from "./chunk-DSF5T4QU.js";
import "./chunk-3OSXWAEG.js";
import {
  isoDate,
  oneOf,
  todayUtc
} from "./chunk-B3Y3AIDH.js";
import {
  LESSON_ID_PATTERN,
  TRIGGERS
} from "./chunk-OIYA6RWK.js";
import "./chunk-YBSNS7DU.js";
import "./chunk-YOR42LG3.js";
import {
  EXIT,
  UsageError
} from "./chunk-R6GXAJDK.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/lesson.ts
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

// action/src/lessons/scaffold.ts
var MAX_SLUG_CHARS = 40;
function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, MAX_SLUG_CHARS).replace(/-+$/, "");
}
function quoted(text) {
  return JSON.stringify(text);
}
function scaffoldLesson(seed) {
  return `---
id: ${seed.id}
title: ${quoted(seed.title)}
date: ${seed.date}
severity: sev2
trigger: ${seed.trigger}
contributingFactors:
  - What made the incident possible, one factor per line.
detection:
  how: How the incident was noticed, and by whom.
  sooner: What would have shown it sooner (an alert, a metric, a canary).
timeToMitigate: 1h
services: []
tags: []
links: []
guards:
  # What every matching rollout must do from now on. Exactly one of checklist, gate, freeze
  # or raise per guard; see docs/lessons.md. This one matches no plan until you edit match.
  # Match facts where you can (breaking: true, migrations: true, irreversible: true,
  # audienceUnits, stepKinds, strategies): a plan cannot forget them the way it can a tag.
  - id: first-guard
    match: {tags: [replace-with-a-plan-tag]}
    checklist: The check that would have caught this incident before it reached users.
---

## What happened

Tell the story in a few paragraphs: what changed, what broke, who noticed.

## Why it was not caught

## What changes in future rollouts
`;
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
var lessonCommand = {
  name: "lesson",
  help: `Usage: rollbook lesson new [options]

Writes <dir>/<id>.md: a lesson whose front matter validates, with one guard to edit and an
outline for the story. See docs/lessons.md for the format and guard semantics.

Options:
  --id <L-YYYY-MM-slug>  the lesson id (default: L-, the date's year and month, a slug of the title)
  --title <text>         what went wrong, in one line
  --date <YYYY-MM-DD>    day of the incident (default today, UTC)
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
    const seed = seedFrom(values, todayUtc(io.now()));
    let dir = values.dir;
    if (dir === void 0) {
      const loaded = await loadConfig(io.cwd, values.config);
      dir = loaded.config.lessons ?? DEFAULT_LESSONS_DIR;
    }
    const file = join(resolve(io.cwd, dir), `${seed.id}.md`);
    const display = relative(io.cwd, file).split(sep).join("/");
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    await mkdir(resolve(io.cwd, dir), { recursive: true });
    await writeFile(file, scaffoldLesson(seed), "utf8");
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
