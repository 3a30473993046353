// The rollout plan format, version 1. This file is the single source of truth:
// the TypeScript types come from `Static<>`, and scripts/gen-schema.ts writes the
// published JSON Schema (action/schema/rollout-plan.schema.json) from the same objects.
// Cross-field rules that JSON Schema expresses poorly (exactly one gate kind, flag steps
// need a flag) live in plan/crossref.ts, so their messages can be precise.
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { HANDLE_PATTERN } from '../text/handle.ts';
import { TIME_ZONE_PATTERN } from '../time/zone.ts';
import { Readiness } from './schema-readiness.ts';

export const API_VERSION = 'rollbook/v1';
export const PLAN_KIND = 'RolloutPlan';

/** Value formats, shared with the format reference (scripts/schema-doc.ts names them). */
export const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const PERCENT_PATTERN = '^[0-9]+(\\.[0-9]+)?%$';
export const URL_PATTERN = '^https?://';

/** Characters of an id (a plan's name, a phase's or a step's id), at most. */
export const MAX_ID_CHARS = 64;
const Id = (description: string) => Type.String({ pattern: ID_PATTERN, maxLength: MAX_ID_CHARS, description });
const Text = (description: string, extra: object = {}) => Type.String({ minLength: 1, description, ...extra });
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const Strict = { additionalProperties: false } as const;
/** A string enum. `enum` (not anyOf of consts) keeps validator errors to one readable line. */
const OneOf = <const T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number] } = {},
) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

export const DURATION_PATTERN = '^([0-9]+[wdhm])+$';

/** `30m`, `24h`, `2d`, `1w`, or a combination such as `1d12h`. */
const Duration = (description = 'A duration: a number followed by w, d, h or m, combined as in `1d12h`.') =>
  Type.String({ pattern: DURATION_PATTERN, description, examples: ['30m', '24h', '2d', '1w'] });
const IsoDate = (description = 'A calendar date, YYYY-MM-DD (UTC).') =>
  Type.String({ pattern: DATE_PATTERN, description });
/** A GitHub user (`@alice`) or team (`@org/team`). */
const Handle = (description = 'A GitHub user (`@alice`) or team (`@org/team`).') =>
  Type.String({ pattern: HANDLE_PATTERN, description });
const Percent = (description = 'A percentage such as `10%`.') => Type.String({ pattern: PERCENT_PATTERN, description });

export const Link = Type.Object(
  {
    title: Text('What the link is, e.g. "Dispatch dashboard".'),
    url: Type.String({ pattern: URL_PATTERN, description: 'An http(s) URL.' }),
    kind: Opt(
      OneOf(['dashboard', 'design', 'runbook', 'ticket', 'other'] as const, {
        description: 'What sort of page this is.',
      }),
    ),
  },
  Strict,
);

export const Metadata = Type.Object(
  {
    name: Id('Stable id of the plan: lower-case letters, digits and dashes. Used in labels and markers.'),
    title: Text('Human title of the rollout.'),
    owners: Type.Array(Handle(), {
      minItems: 1,
      description: 'Who owns the rollout. These handles may be pinged in issues and runbooks.',
    }),
    author: Opt(Handle('Who wrote the change, for the self-approval rule.')),
    services: Type.Array(Id('A service touched by the rollout.'), { minItems: 1 }),
    tags: Opt(Type.Array(Id('A free tag, used by lessons to match plans.'))),
    links: Opt(Type.Array(Link, { description: 'Dashboards, design docs, tickets.' })),
  },
  Strict,
);

/**
 * How the KPI review reads `expect` (plan/expect.ts, docs/adr/0021-kpi-expect-grammar.md); shown
 * above the impact table of the format reference.
 */
export const KPI_EXPECT_DOC =
  'One KPI and what the rollout should do to it. `expect` is read as a threshold: an operator (`>=`, `<=`, `>`, `<`, `=`) and a number with an optional unit: `%`, a time (`ms`, `s`, `min`, `h`, `d`), `x`, `count`, `req/s`. A percentage is compared with a metric in `ratio` as a fraction (`>= 99.5%` is `>= 0.995`) and times are converted. A signed percentage (`+5%`, `-20%`, `<= +5%`) is a change against the number in `baseline`; without an operator `+5%` reads `>= +5%` and `-20%` reads `<= -20%`. Whatever follows the threshold after a space, `;`, `,` or `(` is a note. Any other text is free text: shown, never measured (rule `kpi-measurable` warns when such a KPI has a `metric` and a `reviewAfter`).';

/** The KPI review's own fields of an impact entry. */
const KpiReviewFields = {
  window: Opt(
    Duration(
      "The window the review measures the KPI over: fills `{window}` in the metric's query, e.g. `7d`. Default: the metric's `window`.",
    ),
  ),
};

export const Impact = Type.Object(
  {
    kpi: Text('The KPI this rollout moves.'),
    baseline: Opt(Text('Where the KPI stands today, with a number.')),
    expect: Text(
      "The expected value after rollout: a comparison and a number in the metric's unit (`>= 99.5%`, `<= 12 ms`), or a change against `baseline` (`-20%`, `<= +5%`); text after it is a note. Free text is shown but not measured.",
      { examples: ['>= 99.5%', '<= 190 ms', '-20% p99 latency', '<= +5%'] },
    ),
    metric: Opt(Type.String({ description: 'A metric from `metrics` that measures this KPI.' })),
    reviewAfter: Opt(
      Duration(
        'How long after the rollout is complete to review the KPI: a duration such as `6w`. The scheduled run then measures `metric` and compares it with `expect`.',
      ),
    ),
    ...KpiReviewFields,
  },
  {
    ...Strict,
    description: KPI_EXPECT_DOC,
  },
);

export const Story = Type.Object(
  {
    problem: Text('The problem being solved, for whom.'),
    size: Text('How big the problem is, with numbers.'),
    solution: Text('How the change solves it.'),
    deliverables: Type.Array(Text('One deliverable.'), { minItems: 1 }),
    impact: Type.Array(Impact, { minItems: 1, description: 'Expected impact, one entry per KPI.' }),
  },
  Strict,
);

export const Flag = Type.Object(
  {
    key: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'The flag key in your flag system.' }),
    description: Opt(Text('What the flag turns on.')),
    default: Opt(
      OneOf(['off', 'on'] as const, {
        description: 'State when the code ships. Dark launch means `off` (the default).',
      }),
    ),
    owner: Opt(Handle()),
    system: Opt(Text('The flag system, e.g. LaunchDarkly or an in-house config service.')),
  },
  Strict,
);

export const DeprecationStage = Type.Object(
  {
    stage: OneOf(['expand', 'migrate', 'contract'] as const, {
      description:
        'expand: add the new format beside the old; migrate: move readers and data; contract: remove the old.',
    }),
    description: Text('What this rollout ships.'),
    plan: Opt(Id('The name of the plan that carries out this stage, if not this one.')),
    repository: Opt(
      Type.String({
        pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
        description:
          'The repository (owner/name) whose plans hold `plan`, when it is not this one. Without it, `plan` must name a plan of this repository.',
      }),
    ),
    status: Opt(OneOf(['planned', 'in-progress', 'done'] as const, { description: 'Where this stage stands.' })),
  },
  Strict,
);

export const Migration = Type.Object(
  {
    id: Id('Stable id of the migration.'),
    description: Text('What data moves where.'),
    throttle: Opt(Text('The rate limit, e.g. "500 rows/s per shard".')),
    backup: Opt(
      Type.Object(
        {
          what: Text('What is backed up, and where.'),
          keepFor: Duration(),
        },
        { ...Strict, description: 'The backup taken before the migration, and how long it is kept.' },
      ),
    ),
    mixedState: Opt(Text('How readers and writers cope while data is half old, half new.')),
    verify: Opt(Text('How the migrated data is checked.')),
  },
  Strict,
);

export const Compatibility = Type.Object(
  {
    breaking: Type.Boolean({ description: 'Does the change break an API, message or data format?' }),
    mixedVersions: Opt(Text('How old and new versions run side by side during the rollout.')),
    deprecation: Opt(
      Type.Array(DeprecationStage, {
        description: 'For breaking changes: the three-rollout tiered deprecation (expand, migrate, contract).',
      }),
    ),
    migrations: Opt(Type.Array(Migration)),
  },
  Strict,
);

/** A variable a query can use as `{name}`; see VARIABLE_VALUE_PATTERN for what a value may be. */
export const VARIABLE_NAME_PATTERN = '^[a-z][a-z0-9_]*$';
/**
 * Letters, digits, `_` and `-` only: a value is put into PromQL strings and http-json URLs, so
 * it can hold no quote, brace, backslash, `|`, `&` or other character that could change the
 * query's meaning (gates/query-template.ts).
 */
export const VARIABLE_VALUE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*$';
const VariableValue = (description = 'A value: letters, digits, `_` and `-`, e.g. `canary`, `eu-west-1`, `cell-07`.') =>
  Type.String({ pattern: VARIABLE_VALUE_PATTERN, maxLength: 64, description });

export const Variable = Type.Object(
  {
    values: Type.Array(VariableValue(), { minItems: 1, description: 'Every value a phase may give it.' }),
    default: Opt(
      VariableValue(
        'The value for phases that do not set it. Without one, every phase whose gates use the variable must set it.',
      ),
    ),
    description: Opt(Text('What the variable selects, e.g. "the deployment track".')),
  },
  { ...Strict, description: 'A variable queries use as `{name}`, with the values phases may give it.' },
);

export const Variables = Type.Record(Type.String({ pattern: VARIABLE_NAME_PATTERN }), Variable, {
  description:
    'Variables metric queries use as `{name}` (a track, region or cell), with their allowed values. Each phase sets them under its own `variables:`.',
});

export const PhaseVariables = Type.Record(Type.String({ pattern: VARIABLE_NAME_PATTERN }), VariableValue(), {
  description: "This phase's value of each variable declared under the plan's `variables:`, e.g. `{track: canary}`.",
});

export const MetricProvider = OneOf(['prometheus', 'http-json', 'json-file'] as const, {
  description: 'Where the value comes from.',
});

export const Metric = Type.Object(
  {
    provider: MetricProvider,
    query: Text(
      'The query (PromQL for prometheus), the URL for http-json, or the key for json-file. `{window}` and declared variables such as `{track}` are filled in before it is sent.',
    ),
    field: Opt(Text('For http-json: the dotted path of the value in the response, e.g. data.value.')),
    timeField: Opt(
      Text(
        'For http-json: the dotted path of when the value was measured (ISO 8601 with a zone, or unix seconds), e.g. data.updatedAt. The reading is then checked against `maxAge`.',
      ),
    ),
    unit: Opt(Text('The unit, e.g. ratio, ms, req/s.')),
    signal: OneOf(['positive', 'negative'] as const, {
      description: 'positive: shows the feature works (hit rate, success). negative: shows harm (errors, latency).',
    }),
    direction: Opt(
      OneOf(['higher-is-better', 'lower-is-better'] as const, {
        description: 'Which way is good. Defaults to higher for positive and lower for negative signals.',
      }),
    ),
    window: Opt(Duration('The aggregation window the query uses, e.g. 1h.')),
    maxAge: Opt(
      Duration(
        'Freshness: a reading whose newest sample is older than this is no data. Default: a third of the window, at least 2m.',
      ),
    ),
    description: Opt(Text('What the metric means.')),
    dashboard: Opt(Type.String({ pattern: URL_PATTERN, description: 'A dashboard showing this metric.' })),
  },
  Strict,
);

export const Weekday = OneOf(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, {
  description: 'A day of the week.',
});

export const Freeze = Type.Object(
  {
    name: Id('Stable id of the freeze.'),
    from: Opt(IsoDate()),
    to: Opt(IsoDate('Last frozen day, inclusive.')),
    every: Opt(Type.Array(Weekday, { minItems: 1, description: 'A recurring freeze on these weekdays.' })),
    reason: Text('Why nothing may change then.'),
    environments: Opt(Type.Array(Id('An environment'), { description: 'Limit the freeze to these environments.' })),
    allowHotfix: Opt(Type.Boolean({ description: 'May a change labelled hotfix go out anyway? Default false.' })),
  },
  Strict,
);

/** A wall-clock time of day in the plan's time zone: `09:00`; `24:00` is the end of the day. */
export const CLOCK_TIME_PATTERN = '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';
/** A date, or a date and time with an optional `Z` or offset: `2026-12-01`, `2026-12-01T17:00`. */
export const DATE_OR_TIME_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|z|[+-][0-9]{2}:[0-9]{2})?)?$';
/** How many change windows a plan may declare: each is checked for every candidate start. */
export const MAX_CHANGE_WINDOWS = 32;

const ClockTime = (description: string) =>
  Type.String({ pattern: CLOCK_TIME_PATTERN, description, examples: ['09:00', '16:30', '24:00'] });

export const ChangeWindow = Type.Object(
  {
    days: Opt(Type.Array(Weekday, { minItems: 1, description: 'Weekdays the window is open on. Default every day.' })),
    from: Opt(ClockTime("Opening time, HH:MM in the plan's time zone. Default 00:00.")),
    to: Opt(ClockTime('Closing time, HH:MM, not included; 24:00 is the end of the day. Default 24:00.')),
    environments: Opt(
      Type.Array(Id('An environment'), { description: 'Limit the window to phases in these environments.' }),
    ),
  },
  {
    ...Strict,
    description:
      'A change window: phases start only on these days between `from` and `to`. A bake may run past its end.',
  },
);

export const Schedule = Type.Object(
  {
    timeZone: Opt(
      Type.String({
        pattern: TIME_ZONE_PATTERN,
        description:
          'An IANA time zone such as Europe/Berlin. Weekdays, change windows and `finishBefore` are read in it, and the calendar shows times in it beside UTC. Default UTC.',
        examples: ['Europe/Berlin', 'America/New_York', 'UTC'],
      }),
    ),
    windows: Opt(
      Type.Array(ChangeWindow, {
        minItems: 1,
        maxItems: MAX_CHANGE_WINDOWS,
        description:
          'Change windows. A phase starts only inside a window that applies to its environment; a phase with none that applies may start at any time the other rules allow.',
      }),
    ),
    finishBefore: Opt(
      Type.String({
        pattern: DATE_OR_TIME_PATTERN,
        description:
          "Deadline: the projected calendar must finish before this date (its midnight) or time, read in the plan's time zone unless it carries `Z` or an offset. Missing it is an error (rule `deadline`).",
        examples: ['2026-12-01', '2026-11-27T17:00', '2026-11-27T16:00Z'],
      }),
    ),
  },
  { ...Strict, description: 'When phases may start and when the rollout must be done.' },
);

export const Rollback = Type.Object(
  {
    do: Text('How to undo this step.'),
    command: Opt(Text('A command to copy and run.')),
  },
  Strict,
);

// What a percentage is of, and the structured targets a phase walks through in order
// (docs/adr/0030-facts-units-and-reversibility.md).
export const AUDIENCE_UNITS = [
  'requests',
  'users',
  'sessions',
  'hosts',
  'pods',
  'cells',
  'regions',
  'installs',
] as const;
export type AudienceUnit = (typeof AUDIENCE_UNITS)[number];
export const AudienceUnit = OneOf(AUDIENCE_UNITS, {
  description:
    'What a percentage counts: requests, users, sessions, hosts, pods, cells, regions or installs (app-store phased releases).',
});
/** What a ramp stage's percent counts: a unit of the whole population, or `targets`: the phase's own targets. */
export const RampBase = OneOf([...AUDIENCE_UNITS, 'targets'] as const, {
  description:
    "What the percent counts. A unit (requests, users, …) counts the whole population, as the phase audience does; `targets` counts within the phase's targets, so `{percent: 100, of: targets}` on a cell carrying 6% of traffic reaches 6%. Default: the unit of the phase audience.",
});
/** `10%`, or with its unit: `10% of users`. */
export const AUDIENCE_PATTERN = `^[0-9]+(\\.[0-9]+)?%( of (${AUDIENCE_UNITS.join('|')}))?$`;
export const Audience = Type.String({
  pattern: AUDIENCE_PATTERN,
  description:
    'How much of the population the phase reaches: a percentage such as `10%`, best with its unit, `10% of users` (units: requests, users, sessions, hosts, pods, cells, regions, installs).',
  examples: ['10% of requests', '5% of users', '1% of installs'],
});

export const TARGET_KINDS = ['cell', 'shard', 'region', 'zone', 'cluster', 'pool', 'wave', 'ring', 'cohort'] as const;
export const Target = Type.Object(
  {
    name: Text('The target, e.g. `shard-07`, `eu-west-1` or `wave-2`.'),
    kind: OneOf(TARGET_KINDS, {
      description:
        'What the target is: a cell, shard, region, zone, cluster, pool (of hosts or pods), wave, ring or cohort.',
    }),
    share: Opt(
      Percent('The share of all traffic (or users) the target carries, e.g. `6%`. Lint uses it to size the phase.'),
    ),
    includes: Opt(
      Type.Array(Text('A cell, region or cluster.'), {
        minItems: 1,
        description: 'For a wave: the cells or regions it reaches together.',
      }),
    ),
  },
  { ...Strict, description: 'A structured target. Targets are reached in the order they are listed.' },
);

/** How to recover from a step or phase that cannot be undone: fix and ship forward. */
export const RollForward = Type.Object(
  {
    do: Text('How to roll forward: what to fix and ship, and how to limit harm until it is out.'),
    command: Opt(Text('A command to copy and run.')),
  },
  Strict,
);

/** Fields a phase and a step share to say they cannot be undone. */
export const ReversibilityFields = {
  irreversible: Opt(
    Type.Union([Type.Boolean(), Text('What cannot be undone, e.g. "installed app builds cannot be recalled".')], {
      description:
        'This cannot be undone once done (shipped app binaries, a dropped column, a GA feature gate). `true`, or a sentence saying what stays. Lint asks for a roll-forward plan (or a backup) and a sign-off.',
    }),
  ),
  rollForward: Opt(
    Type.Union([Text('How to roll forward.'), RollForward], {
      description: 'What to fix and ship forward when this goes wrong, since it cannot be rolled back.',
    }),
  ),
};

export const RampStage = Type.Object(
  {
    percent: Type.Number({
      minimum: 0,
      maximum: 100,
      unit: 'percent (0 to 100)',
      description: 'Share with the flag on, of what `of` says.',
    }),
    of: Opt(RampBase),
    cohort: Opt(Text('Who gets it, e.g. employees, beta, one region.')),
  },
  Strict,
);

/**
 * A stage of a ramp inside a phase (ADR 28): the share reached, then a timed hold or a pause for a
 * person. Stages are ticked in order in the phase's checklist issue; ticking one starts its hold.
 */
export const Stage = Type.Object(
  {
    id: Opt(
      Id(
        'Stable id of the stage within its phase; its checklist tick is keyed on it. Defaults to the percent (`25`, `0-5`).',
      ),
    ),
    percent: Type.Number({
      minimum: 0,
      maximum: 100,
      unit: 'percent (0 to 100)',
      description:
        "The share of the phase's audience unit (traffic, users, hosts…) reached at this stage, as in `audience`.",
    }),
    cohort: Opt(Text('Who is in this stage, e.g. employees, one region.')),
    do: Opt(Text('How to reach this share, e.g. "Set the canary weight to 25%". Defaults to "Shift to N%".')),
    command: Opt(Text('A command to copy and run.')),
    hold: Opt(Duration('How long this stage runs before the next may start, e.g. `10m`. Ticking the stage starts it.')),
    pause: Opt(
      Text(
        'Wait for a person (after the hold, if any): what they check before ticking the next stage. Not on the last stage.',
      ),
    ),
  },
  Strict,
);

export const StepKind = OneOf(['binary', 'config', 'flag', 'migration', 'test', 'manual'] as const, {
  description: 'What the step changes.',
});

export const Step = Type.Object(
  {
    id: Id('Stable id of the step within its phase.'),
    kind: StepKind,
    do: Text('The instruction, as an on-call engineer would follow it.'),
    command: Opt(Text('A command to copy and run.')),
    owner: Opt(Handle()),
    rollback: Opt(
      Type.Union([Text('How to undo this step.'), Rollback], {
        description: 'How to undo this step. Every step needs one.',
      }),
    ),
    flag: Opt(Type.String({ description: 'For flag steps: the key of a flag from `flags`.' })),
    ramp: Opt(Type.Array(RampStage, { minItems: 1, description: 'For flag steps: the ramp, in order.' })),
    migration: Opt(
      Type.String({ description: 'For migration steps: the id of a migration from compatibility.migrations.' }),
    ),
    activates: Opt(
      Type.Boolean({ description: 'Ticking this step starts the bake timer. Defaults to the last non-test step.' }),
    ),
    ...ReversibilityFields,
  },
  Strict,
);

/** The largest failure or inconclusive limit: counts stay small and the stored record bounded. */
export const MAX_ANALYSIS_LIMIT = 100;

/**
 * How the watch judges a metric gate over repeated readings (docs/adr/0041-analysis-limits.md):
 * for the whole plan (`analysis`), or for one metric gate, field by field over the plan's.
 */
export const Analysis = Type.Object(
  {
    interval: Opt(
      Duration(
        'The least time between two readings of the gate: a scheduled run sooner than this after its last reading changed keeps that reading and does not query again. Default: every run reads.',
      ),
    ),
    failureLimit: Opt(
      Type.Integer({
        minimum: 1,
        maximum: MAX_ANALYSIS_LIMIT,
        unit: 'readings',
        description:
          'Consecutive failing readings before the gate counts as failed; before that it holds (failing, within the limit) and a value beyond `rollbackAt` does not ask for a rollback yet. Default 1.',
      }),
    ),
    inconclusiveLimit: Opt(
      Type.Integer({
        minimum: 1,
        maximum: MAX_ANALYSIS_LIMIT,
        unit: 'readings',
        description:
          'Consecutive readings without data (no data, stale, provider error) before the hold is raised as a problem. Default: no data holds without being raised.',
      }),
    ),
  },
  {
    ...Strict,
    description:
      'How the watch judges metric gates over repeated readings: an interval between readings, and how many failing or empty readings in a row count.',
  },
);

export const MetricGate = {
  metric: Opt(Type.String({ description: 'The name of a metric from `metrics`.' })),
  compare: Opt(
    OneOf(['absolute', 'baseline', 'week-over-week'] as const, {
      description:
        'absolute (the default): against min/max. baseline: against the baseline query. week-over-week: against the same query 7 days earlier.',
    }),
  ),
  max: Opt(Type.Number({ unit: "the metric's unit", description: 'Hold when the value is above this.' })),
  min: Opt(Type.Number({ unit: "the metric's unit", description: 'Hold when the value is below this.' })),
  baseline: Opt(Text('For compare: baseline, the control query (e.g. the stable fleet).')),
  maxRegression: Opt(Percent()),
  rollbackAt: Opt(
    Type.Number({
      unit: "the metric's unit",
      description:
        "Recommend a rollback when the value is worse than this: above it where lower is better, below it where higher is (the metric's `direction`, else its signal). At or beyond the threshold the gate fails at.",
    }),
  ),
  window: Opt(Duration("The window for this gate, instead of the metric's: fills `{window}` in its queries.")),
  query: Opt(Text("This gate's own query, instead of the metric's (same provider, field and unit).")),
  maxAge: Opt(Duration("Freshness for this gate, instead of the metric's `maxAge`.")),
  analysis: Opt(Analysis),
};

export const Gate = Type.Object(
  {
    ...MetricGate,
    check: Opt(Text('The name of a GitHub check run or commit status that must succeed.')),
    signoff: Opt(Type.Array(Handle(), { minItems: 1, description: 'Users or teams who may sign off.' })),
    count: Opt(
      Type.Integer({ minimum: 1, unit: 'sign-offs', description: 'How many sign-offs are needed. Default 1.' }),
    ),
    allowAuthor: Opt(
      Type.Boolean({
        description:
          "May the plan's author (or the pull request's) sign off their own change? Default: no, unless the action's `allow-author-signoff` input is `true`.",
      }),
    ),
    manual: Opt(Text('A condition a person confirms by ticking it.')),
    id: Opt(Id('A stable id; derived from the gate when omitted.')),
  },
  { ...Strict, description: 'Exactly one of metric, check, signoff or manual.' },
);

export const ChecklistItem = Type.Union([
  Text('A checklist item.'),
  Type.Object({ id: Id('Stable id of the item.'), text: Text('The item.') }, Strict),
]);

/** `plan/phase`: a phase of another plan of the repository. */
export const PHASE_REF_PATTERN = '^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$';

export const PhaseDependencies = Type.Array(
  Type.String({ pattern: PHASE_REF_PATTERN, description: 'A phase of another plan, as `plan/phase`.' }),
  {
    minItems: 1,
    description:
      'Phases of other plans in this repository that must be done before this phase starts, as `plan/phase` (e.g. `orders-schema-expand/production`): the phase issue waits for them, and the gate report holds a promotion into this phase until they are done.',
  },
);

export const Phase = Type.Object(
  {
    id: Id('Stable id of the phase.'),
    title: Text('Human title of the phase.'),
    environment: OneOf(['dev', 'test', 'staging', 'canary', 'production'] as const, {
      description: 'Where the phase runs. Blast radius grows in this order.',
    }),
    targets: Opt(
      Type.Array(Type.Union([Text('A region, cluster, cohort or ring.'), Target]), {
        description:
          'What the phase covers, in the order it reaches them: plain text, or structured `{name, kind, share}` cells, regions and waves.',
      }),
    ),
    audience: Opt(Audience),
    strategy: OneOf(['canary', 'rolling', 'blue-green', 'flag-ramp', 'shadow', 'migration'] as const),
    steps: Type.Array(Step, { minItems: 1 }),
    stages: Opt(
      Type.Array(Stage, {
        minItems: 1,
        description:
          "A ramp inside the phase, after its steps: stages in order, each held for a time or paused for a person. The bake starts when the last stage's hold ends.",
      }),
    ),
    bake: Opt(Duration('How long the phase must run before the next may start.')),
    minWait: Opt(
      Duration(
        "At least this long between the previous phase's earliest finish and this phase's start, e.g. 14d before a contract phase.",
      ),
    ),
    gates: Opt(Type.Array(Gate)),
    rehearsal: Opt(Text('How and when the rollback of this phase is rehearsed.')),
    checklist: Opt(Type.Array(ChecklistItem, { description: 'Extra items to tick.' })),
    exit: Opt(Type.Array(Text('An exit criterion.'), { description: 'What must be true to leave the phase.' })),
    paths: Opt(Type.Array(Text('A glob.'), { description: 'Files whose change in a PR promotes into this phase.' })),
    variables: Opt(PhaseVariables),
    dependsOn: Opt(PhaseDependencies),
    ...ReversibilityFields,
  },
  Strict,
);

export const Contact = Type.Object(
  {
    name: Text('Who.'),
    handle: Opt(Handle()),
    role: Text('Their part, e.g. incident commander, database on-call.'),
    reach: Opt(Text('How to reach them: pager alias, channel, phone rota.')),
  },
  Strict,
);

export const Policy = Type.Object(
  {
    prefer: OneOf(['rollback', 'roll-forward'] as const, { description: 'The default response to a bad metric.' }),
    rollForwardWhen: Opt(Text('When rolling forward is allowed instead.')),
    keepOldData: Opt(Text('What old data and versions are kept, and for how long, so a rollback stays possible.')),
    maxRollbackMinutes: Opt(
      Type.Integer({ minimum: 1, unit: 'minutes', description: 'Target time to complete a rollback.' }),
    ),
  },
  Strict,
);

/** What Rollbook does on its own when the watch finds a phase in breach, besides its comment. */
export const OnBreach = Type.Object(
  {
    workflow: Type.String({
      pattern: '^[A-Za-z0-9._-]+\\.ya?ml$',
      description:
        'A workflow file in `.github/workflows` to dispatch once per breach, e.g. `abort.yml`, with the inputs `plan`, `phase` and `reason`. Needs `actions: write`.',
    }),
    ref: Opt(
      Text(
        'The branch to run the workflow on: only the default branch is accepted (its name or `refs/heads/<name>`), so a breach never runs a workflow from a branch or tag anyone can push to (docs/adr/0063-sync-writes-only-the-default-branch.md). Default: the default branch.',
      ),
    ),
  },
  {
    ...Strict,
    description:
      "Opt-in automation when a watched phase's verdict becomes ROLL BACK or ROLL FORWARD: dispatch a workflow (docs/adr/0042-acting-on-a-breach.md).",
  },
);

export const Waiver = Type.Object(
  {
    rule: Opt(Type.String({ description: 'A lint rule id.' })),
    lesson: Opt(
      Type.String({
        description:
          'A lesson id whose guards this plan does not take (L-…, or L-…/guard-id for one guard); owner/name#L-… for a lesson shared through lessonSources.',
      }),
    ),
    phases: Opt(Type.Array(Type.String(), { description: 'Limit the waiver to these phases.' })),
    severity: Opt(OneOf(['warning', 'off'] as const, { description: 'Lower to a warning, or turn off (default).' })),
    reason: Type.String({ description: 'Why the rule or lesson does not apply. Required.' }),
  },
  Strict,
);

export const RolloutPlan = Type.Object(
  {
    $schema: Opt(Type.String()),
    apiVersion: Type.Literal(API_VERSION),
    kind: Type.Literal(PLAN_KIND),
    metadata: Metadata,
    story: Story,
    flags: Opt(Type.Array(Flag)),
    compatibility: Compatibility,
    metrics: Type.Record(Type.String({ pattern: '^[a-z][a-z0-9_]*$' }), Metric, {
      description: 'The metric catalogue, by name.',
    }),
    variables: Opt(Variables),
    freezes: Opt(Type.Array(Freeze)),
    schedule: Opt(Schedule),
    phases: Type.Array(Phase, { minItems: 1, description: 'In order of growing blast radius.' }),
    escalation: Type.Array(Contact, { minItems: 1 }),
    policy: Policy,
    onBreach: Opt(OnBreach),
    analysis: Opt(Analysis),
    readiness: Opt(Readiness),
    waive: Opt(
      Type.Array(Waiver, { description: 'Rules or lesson guards this plan does not take, each with a reason.' }),
    ),
  },
  { ...Strict, title: 'Rollbook rollout plan' },
);

export type RolloutPlan = Static<typeof RolloutPlan>;
export type Phase = Static<typeof Phase>;
export type Step = Static<typeof Step>;
export type Gate = Static<typeof Gate>;
export type Stage = Static<typeof Stage>;
export type Metric = Static<typeof Metric>;
export type Analysis = Static<typeof Analysis>;
export type Flag = Static<typeof Flag>;
export type Freeze = Static<typeof Freeze>;
export type Schedule = Static<typeof Schedule>;
export type ChangeWindow = Static<typeof ChangeWindow>;
export type Migration = Static<typeof Migration>;
export type Waiver = Static<typeof Waiver>;
export type Variable = Static<typeof Variable>;
export type ChecklistItem = Static<typeof ChecklistItem>;
export type Target = Static<typeof Target>;
export type RampStage = Static<typeof RampStage>;
export type StepKind = Step['kind'];
export type Environment = Phase['environment'];
export type Strategy = Phase['strategy'];

export const ENVIRONMENT_ORDER: readonly Environment[] = ['dev', 'test', 'staging', 'canary', 'production'];
