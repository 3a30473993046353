// rollbook.config.yaml: optional repo-wide settings.
import { type Static, Type } from '@sinclair/typebox';

export const CONFIG_FILE = 'rollbook.config.yaml';

const Severity = Type.Unsafe<'error' | 'warning' | 'off'>({
  type: 'string',
  enum: ['error', 'warning', 'off'],
  description: 'error fails validation, warning reports only, off disables the rule.',
});

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
