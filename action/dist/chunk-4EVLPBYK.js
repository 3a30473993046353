import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  Type
} from "./chunk-ELWZLMOX.js";

// action/src/config/schema.ts
var CONFIG_FILE = "rollbook.config.yaml";
var Severity = Type.Unsafe({
  type: "string",
  enum: ["error", "warning", "off"],
  description: "error fails validation, warning reports only, off disables the rule."
});
var REPOSITORY_PATTERN = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$";
var LessonSource = Type.Object(
  {
    repository: Type.String({
      pattern: REPOSITORY_PATTERN,
      description: "The repository holding the lessons, as owner/name (e.g. acme/incident-lessons)."
    }),
    ref: Type.Optional(
      Type.String({
        minLength: 1,
        pattern: "^[^\\s~^:?*\\[\\\\]+$",
        description: "A tag, branch or commit to read the lessons at. Default: the head of the repository\u2019s default branch. Pin a tag or a commit so a lesson changes your gates only when you move the pin."
      })
    ),
    path: Type.Optional(
      Type.String({
        minLength: 1,
        description: "Directory of lesson files in that repository. Default: playbooks/lessons."
      })
    )
  },
  { additionalProperties: false }
);
var RollbookConfig = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    plans: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: "Files, directories or globs holding rollout plans. Default: playbooks."
      })
    ),
    lessons: Type.Optional(
      Type.String({ minLength: 1, description: "Directory of lesson files. Default: playbooks/lessons." })
    ),
    lessonSources: Type.Optional(
      Type.Array(LessonSource, {
        description: "Other repositories whose lessons guard these plans too, read through the GitHub API. Name a shared lesson in a waiver as owner/name#L-\u2026."
      })
    ),
    templates: Type.Optional(
      Type.String({ minLength: 1, description: "Directory whose templates and partials override the built-in ones." })
    ),
    rules: Type.Optional(
      Type.Record(Type.String({ pattern: "^[a-z][a-z0-9-]*$" }), Severity, {
        description: "Severity per lint rule id."
      })
    ),
    calendar: Type.Optional(
      Type.Object(
        {
          noFridays: Type.Optional(Type.Boolean({ description: "Never start a phase on a Friday. Default true." })),
          noWeekends: Type.Optional(
            Type.Boolean({
              description: "Never start a phase on a Saturday or Sunday. Default: the same as noFridays (true)."
            })
          )
        },
        { additionalProperties: false }
      )
    )
  },
  { additionalProperties: false, title: "Rollbook repository configuration" }
);
var DEFAULT_PLAN_PATHS = ["playbooks"];

export {
  CONFIG_FILE,
  RollbookConfig,
  DEFAULT_PLAN_PATHS
};
