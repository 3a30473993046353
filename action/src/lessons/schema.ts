// The lesson format: the YAML front matter of playbooks/lessons/*.md. Like the plan schema, this
// file is the single source of truth for the TypeScript types and the published JSON Schema
// (action/schema/lesson.schema.json, written by scripts/gen-schema.ts). Rules JSON Schema says
// poorly (a guard does exactly one thing, a raised rule exists) live in lessons/check-lesson.ts.
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { AUDIENCE_UNITS, Gate, Link } from '../plan/schema.ts';

/** `L-2020-11-thread-exhaustion`: year and month of the incident, then a slug. Never reused. */
export const LESSON_ID_PATTERN = '^L-[0-9]{4}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$';
/** Guard ids have no double dash, so `<lesson>--<guard>` item ids split unambiguously. */
export const GUARD_ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** Google's top outage triggers (SRE Workbook), in order of how often they cause outages. */
export const TRIGGERS = [
  'binary-push',
  'config-push',
  'user-behaviour-change',
  'processing-pipeline',
  'service-provider-change',
  'performance-decay',
  'capacity-management',
  'hardware',
] as const;

/** Incident severity, sev1 the worst. */
export const LESSON_SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;

export type Trigger = (typeof TRIGGERS)[number];
export type LessonSeverity = (typeof LESSON_SEVERITIES)[number];

const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const Strict = { additionalProperties: false } as const;
const Text = (description: string) => Type.String({ minLength: 1, description });
const OneOf = <const T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
const Slug = (description: string) => Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64, description });
const List = <T extends TSchema>(item: T, description: string) =>
  Type.Array(item, { minItems: 1, uniqueItems: true, description });

/** The criteria a guard matches on; `match` takes them all plus `except`, `except` takes them all. */
const MatchCriteria = {
  services: Opt(List(Slug('A service.'), 'The plan touches at least one of these services.')),
  tags: Opt(List(Slug('A tag.'), 'The plan carries at least one of these tags.')),
  environments: Opt(
    List(
      OneOf(['dev', 'test', 'staging', 'canary', 'production'] as const, 'An environment.'),
      'The phase runs in one of these environments.',
    ),
  ),
  strategies: Opt(
    List(
      OneOf(['canary', 'rolling', 'blue-green', 'flag-ramp', 'shadow', 'migration'] as const, 'A strategy.'),
      'The phase uses one of these strategies.',
    ),
  ),
  stepKinds: Opt(
    List(
      OneOf(['binary', 'config', 'flag', 'migration', 'test', 'manual'] as const, 'A step kind.'),
      'The phase has at least one step of one of these kinds.',
    ),
  ),
  // Facts of the plan and phase, not only its tags (docs/adr/0030-facts-units-and-reversibility.md).
  breaking: Opt(Type.Boolean({ description: "The plan's `compatibility.breaking` is this value." })),
  migrations: Opt(
    Type.Boolean({
      description: 'The plan declares data migrations (`compatibility.migrations`): true, or none: false.',
    }),
  ),
  irreversible: Opt(
    Type.Boolean({
      description: 'The phase, or one of its steps, cannot be undone (`irreversible:`): true, or nothing is: false.',
    }),
  ),
  audienceUnits: Opt(
    List(
      OneOf(AUDIENCE_UNITS, 'A unit.'),
      "The phase's audience, or one of its ramp stages, counts one of these units (`5% of installs`).",
    ),
  ),
};

/** Criteria that scope phases out of a guard: a phase (or plan) for which they all hold is left out. */
export const GuardExcept = Type.Object(MatchCriteria, {
  ...Strict,
  minProperties: 1,
  description:
    'Phases the guard does not apply to: a phase for which every criterion given holds is left out, e.g. `{audienceUnits: [installs]}` for app-store phases.',
});

export const GuardMatch = Type.Object(
  { ...MatchCriteria, except: Opt(GuardExcept) },
  {
    ...Strict,
    description:
      'Which plans and phases the guard applies to. Every criterion given must hold; a list means any of its values. `{}` matches every phase of every plan. `except` leaves out the phases it matches.',
  },
);

export const FreezeGuard = Type.Object(
  {
    before: Type.String({
      pattern: '^[a-z0-9*][a-z0-9*-]*$',
      maxLength: 64,
      description:
        'The event: the name of a freeze in the plan, or a pattern with `*` such as `peak-season-*`. The guard freezes the days leading up to it.',
    }),
    lead: Type.String({
      pattern: '^([0-9]+[wd])+$',
      description: 'How many days before the event nothing may change: `3d`, `1w`, `1w3d`.',
      examples: ['3d', '1w'],
    }),
    reason: Text('Why the days before the event are frozen.'),
    allowHotfix: Opt(
      Type.Boolean({ description: 'May a change labelled hotfix go out in the lead-in? Default: as the event.' }),
    ),
  },
  { ...Strict, description: 'A freeze in the days before a named event the plan declares.' },
);

export const RuleRaise = Type.Object(
  {
    rule: Type.String({ minLength: 1, description: 'A lint rule id (`rollbook explain` lists them).' }),
    to: OneOf(['warning', 'error'] as const, 'The severity the rule has at least, in matching plans and phases.'),
  },
  { ...Strict, description: 'A stricter severity for a lint rule.' },
);

export const Guard = Type.Object(
  {
    id: Type.String({ pattern: GUARD_ID_PATTERN, maxLength: 48, description: 'Stable id within the lesson.' }),
    match: GuardMatch,
    checklist: Opt(Text('A checklist item added to every matching phase.')),
    gate: Opt(Type.Omit(Gate, ['id'], { description: 'A gate added to every matching phase, as in a plan.' })),
    freeze: Opt(FreezeGuard),
    raise: Opt(RuleRaise),
  },
  { ...Strict, description: 'What every matching rollout must now do. Exactly one of checklist, gate, freeze, raise.' },
);

export const Detection = Type.Object(
  {
    how: Text('How the incident was noticed.'),
    sooner: Text('How it could have been noticed sooner.'),
  },
  Strict,
);

/** The rollback a lesson was drafted from (`rollbook lesson new --from`, the action's drafts). */
export const RollbackSource = Type.Object(
  {
    plan: Slug('The plan that was rolled back.'),
    phase: Slug('The phase that was rolled back.'),
    environment: Opt(OneOf(['dev', 'test', 'staging', 'canary', 'production'] as const, 'Where the phase ran.')),
    strategy: Opt(
      OneOf(['canary', 'rolling', 'blue-green', 'flag-ramp', 'shadow', 'migration'] as const, "The phase's strategy."),
    ),
    stepKinds: Opt(
      List(
        OneOf(['binary', 'config', 'flag', 'migration', 'test', 'manual'] as const, 'A step kind.'),
        "The kinds of the phase's steps, for a guard's `stepKinds`.",
      ),
    ),
    step: Opt(Slug('The step rolled back; absent when the whole phase was.')),
    at: Opt(
      Type.String({
        pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$',
        description:
          'When the rollback was ticked, from the verified audit trail, or, for a ROLL BACK verdict acted on whose roll-back nobody ticked, the breach (UTC).',
      }),
    ),
  },
  {
    ...Strict,
    description:
      'The rollback this lesson was drafted from: its plan, phase and the facts a guard can match on (services are under `services`).',
  },
);

export const Lesson = Type.Object(
  {
    id: Type.String({
      pattern: LESSON_ID_PATTERN,
      maxLength: 64,
      description: 'Stable id, e.g. L-2020-11-thread-exhaustion.',
    }),
    title: Text('What went wrong, in one line.'),
    date: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'Day of the incident, YYYY-MM-DD.' }),
    severity: OneOf(LESSON_SEVERITIES, 'Incident severity; sev1 is the worst.'),
    trigger: OneOf(TRIGGERS, 'What set the incident off, from the outage-trigger taxonomy.'),
    contributingFactors: List(Text('One factor.'), 'What made it possible or made it worse.'),
    detection: Detection,
    timeToMitigate: Type.String({
      pattern: '^([0-9]+[wdhm])+$',
      description: 'From first impact to mitigation: `45m`, `3h`, `1d6h`.',
    }),
    services: Opt(Type.Array(Slug('A service involved.'), { description: 'Services involved in the incident.' })),
    tags: Opt(Type.Array(Slug('A tag.'), { description: 'Free tags.' })),
    links: Opt(Type.Array(Link, { description: 'Postmortem, tickets, dashboards.' })),
    rollback: Opt(RollbackSource),
    guards: Type.Array(Guard, { minItems: 1, description: 'What every matching rollout must now do.' }),
  },
  { ...Strict, title: 'Rollbook lesson (front matter)' },
);

export type Lesson = Static<typeof Lesson>;
export type Guard = Static<typeof Guard>;
export type GuardMatch = Static<typeof GuardMatch>;
export type GuardExcept = Static<typeof GuardExcept>;
export type FreezeGuard = Static<typeof FreezeGuard>;
export type RuleRaise = Static<typeof RuleRaise>;
export type GuardGate = NonNullable<Guard['gate']>;

/** The four things a guard can add; a guard has exactly one. */
export const GUARD_ACTIONS = ['checklist', 'gate', 'freeze', 'raise'] as const;
export type GuardActionKind = (typeof GUARD_ACTIONS)[number];
