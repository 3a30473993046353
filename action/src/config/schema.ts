// rollbook.config.yaml: optional repo-wide settings.
import { type Static, Type } from '@sinclair/typebox';

export const CONFIG_FILE = 'rollbook.config.yaml';

const Severity = Type.Unsafe<'error' | 'warning' | 'off'>({
  type: 'string',
  enum: ['error', 'warning', 'off'],
  description: 'error fails validation, warning reports only, off disables the rule.',
});

/** `owner/name`, as GitHub spells repository names. */
export const REPOSITORY_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$';

/** One repository whose lessons guard this repository's plans too (docs/adr/0049-shared-lessons.md). */
export const LessonSource = Type.Object(
  {
    repository: Type.String({
      pattern: REPOSITORY_PATTERN,
      description: 'The repository holding the lessons, as owner/name (e.g. acme/incident-lessons).',
    }),
    ref: Type.Optional(
      Type.String({
        minLength: 1,
        pattern: '^[^\\s~^:?*\\[\\\\]+$',
        description:
          'A tag, branch or commit to read the lessons at. Default: the head of the repository’s default branch. Pin a tag or a commit so a lesson changes your gates only when you move the pin.',
      }),
    ),
    path: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Directory of lesson files in that repository. Default: playbooks/lessons.',
      }),
    ),
  },
  { additionalProperties: false },
);

export type LessonSource = Static<typeof LessonSource>;

export const RollbookConfig = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    plans: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'Files, directories or globs holding rollout plans. Default: playbooks.',
      }),
    ),
    lessons: Type.Optional(
      Type.String({ minLength: 1, description: 'Directory of lesson files. Default: playbooks/lessons.' }),
    ),
    lessonSources: Type.Optional(
      Type.Array(LessonSource, {
        description:
          'Other repositories whose lessons guard these plans too, read through the GitHub API. Name a shared lesson in a waiver as owner/name#L-….',
      }),
    ),
    templates: Type.Optional(
      Type.String({ minLength: 1, description: 'Directory whose templates and partials override the built-in ones.' }),
    ),
    rules: Type.Optional(
      Type.Record(Type.String({ pattern: '^[a-z][a-z0-9-]*$' }), Severity, {
        description: 'Severity per lint rule id.',
      }),
    ),
    calendar: Type.Optional(
      Type.Object(
        {
          noFridays: Type.Optional(Type.Boolean({ description: 'Never start a phase on a Friday. Default true.' })),
          noWeekends: Type.Optional(
            Type.Boolean({
              description: 'Never start a phase on a Saturday or Sunday. Default: the same as noFridays (true).',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'Rollbook repository configuration' },
);

export type RollbookConfig = Static<typeof RollbookConfig>;

export const DEFAULT_PLAN_PATHS = ['playbooks'];
