import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  Type
} from "./chunk-ELWZLMOX.js";
import {
  plural
} from "./chunk-E2OZFMTG.js";
import {
  didYouMean
} from "./chunk-DSNISORP.js";

// action/src/time/units.ts
var MINUTE_MS = 6e4;
var HOUR_MS = 60 * MINUTE_MS;
var DAY_MS = 24 * HOUR_MS;
var WEEK_MS = 7 * DAY_MS;

// action/src/time/day.ts
var ISO_DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
function utcDayMs(isoDay) {
  if (!ISO_DAY.test(isoDay)) return void 0;
  const ms = Date.parse(`${isoDay}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== isoDay ? void 0 : ms;
}
function isRealDay(isoDay) {
  return utcDayMs(isoDay) !== void 0;
}
function parseIsoDay(isoDay) {
  const ms = utcDayMs(isoDay);
  return ms === void 0 ? void 0 : ms / DAY_MS;
}

// action/src/time/instant.ts
var INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|z|[+-]\d{2}:?\d{2})?)?$/;
var INSTANT_EXAMPLE = "2026-11-23T09:00:00Z";
function parseInstant(text) {
  const match = INSTANT.exec(text);
  if (!match) return { ok: false, error: `is not an ISO 8601 time such as ${INSTANT_EXAMPLE}` };
  const [, day, time, zone] = match;
  if (time !== void 0 && zone === void 0) {
    return { ok: false, error: `has no time zone: add Z or an offset, e.g. ${day}T${time}Z` };
  }
  const date = new Date(time === void 0 ? `${day}T00:00:00Z` : text.replace(" ", "T"));
  if (Number.isNaN(date.getTime()) || !isRealDay(day)) {
    return { ok: false, error: `is not a real date and time` };
  }
  return { ok: true, date };
}

// action/src/text/time.ts
function formatTime(date) {
  const iso2 = typeof date === "string" ? date : date.toISOString();
  return `${iso2.slice(0, 10)} ${iso2.slice(11, 16)} UTC`;
}
function formatUtcDay(date) {
  return date.toISOString().slice(0, 10);
}
function isoSeconds(time) {
  const date = typeof time === "string" ? new Date(time) : time;
  if (Number.isNaN(date.getTime())) throw new Error(`"${String(time)}" is not a time`);
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
var STATUS_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
var isStatusTime = (v) => typeof v === "string" && STATUS_TIME.test(v) && !Number.isNaN(Date.parse(v));

// action/src/text/handle.ts
var HANDLE = "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?";
var HANDLE_PATTERN = `^${HANDLE}$`;
var HANDLE_IN_TEXT = new RegExp(HANDLE, "g");
function loginKey(handle) {
  return handle.toLowerCase().replace(/^@/, "");
}

// action/src/time/zone.ts
var UTC_ZONE = "UTC";
var WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var formatters = /* @__PURE__ */ new Map();
function formatterFor(zone) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}
var TIME_ZONE_PATTERN = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$";
var TIME_ZONE_NAME = new RegExp(TIME_ZONE_PATTERN);
function isKnownTimeZone(zone) {
  if (!TIME_ZONE_NAME.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}
function knownTimeZones() {
  return Intl.supportedValuesOf("timeZone");
}
function intlOffsetMs(ms, zone) {
  const parts = {};
  for (const part of formatterFor(zone).formatToParts(ms)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (ms - (ms % 1e3 + 1e3) % 1e3);
}
var MAX_CACHED_OFFSET_DAYS = 4096;
var dayOffsets = /* @__PURE__ */ new Map();
function zoneOffsetMs(ms, zone) {
  if (zone === UTC_ZONE) return 0;
  let days = dayOffsets.get(zone);
  if (!days) {
    days = /* @__PURE__ */ new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(ms / DAY_MS);
  let offset = days.get(day);
  if (offset === void 0) {
    const first = intlOffsetMs(day * DAY_MS, zone);
    offset = first === intlOffsetMs((day + 1) * DAY_MS - 1e3, zone) ? first : null;
    if (days.size >= MAX_CACHED_OFFSET_DAYS) days.clear();
    days.set(day, offset);
  }
  return offset ?? intlOffsetMs(ms, zone);
}
function localTime(ms, zone) {
  const offset = zoneOffsetMs(ms, zone);
  const wall = ms + offset;
  const day = Math.floor(wall / DAY_MS);
  return {
    day,
    minute: Math.floor((wall - day * DAY_MS) / MINUTE_MS),
    weekday: weekdayOfDay(day),
    offsetMinutes: Math.round(offset / MINUTE_MS)
  };
}
function weekdayOfDay(day) {
  return WEEKDAYS[((day + 4) % 7 + 7) % 7];
}
function zonedInstant(day, minute, zone) {
  const wall = day * DAY_MS + minute * MINUTE_MS;
  if (zone === UTC_ZONE) return wall;
  const before = zoneOffsetMs(wall - DAY_MS, zone);
  const after = zoneOffsetMs(wall + DAY_MS, zone);
  const candidates = [wall - before, wall - after].filter((ms) => ms + zoneOffsetMs(ms, zone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  let low = wall - after;
  let high = wall - before;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.max(1, Math.floor((high - low) / 2 / MINUTE_MS)) * MINUTE_MS;
    if (middle + zoneOffsetMs(middle, zone) >= wall) high = middle;
    else low = middle;
  }
  return high;
}
function nextLocalMidnight(ms, zone) {
  return zonedInstant(localTime(ms, zone).day + 1, 0, zone);
}
function pad(n, width = 2) {
  return String(n).padStart(width, "0");
}
function formatDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function formatClock(minute) {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
function formatOffset(offsetMinutes) {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${formatClock(abs)}`;
}
function formatUtcMinute(ms) {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}
function formatZonedMinute(ms, zone) {
  const local = localTime(ms, zone);
  return `${formatDay(local.day)}T${formatClock(local.minute)}${formatOffset(local.offsetMinutes)}`;
}

// action/src/plan/schema-readiness.ts
var Text = (description) => Type.String({ minLength: 1, description });
var Strict = { additionalProperties: false };
var ReadinessUpgrade = Type.Object(
  {
    how: Text("How the new version or setting replaces the old one: in what order, and what must be in place first."),
    downgrade: Text("How to go back to the old version, and what happens to data or state the new one wrote."),
    tested: Type.Optional(Text("Where and when upgrade, downgrade and upgrade again were tried, and what was found."))
  },
  { ...Strict, description: "Upgrade and downgrade." }
);
var ReadinessScalability = Type.Object(
  {
    load: Type.Optional(Text("New calls, requests, jobs or messages the change adds, with numbers.")),
    resources: Type.Optional(Text("How CPU, memory, storage, connections or cost change, with numbers.")),
    limits: Type.Optional(
      Text("Limits and quotas the change may reach (rate limits, pool sizes, disk), and what then.")
    )
  },
  { ...Strict, description: "What the change costs at full scale." }
);
var FailureMode = Type.Object(
  {
    failure: Text("What can go wrong."),
    detect: Text("How it shows: an alert, a metric, a log line."),
    mitigate: Text("What the on-call engineer does about it.")
  },
  { ...Strict, description: "A known way the change fails, how it shows, and what to do." }
);
var ReadinessDependency = Type.Object(
  {
    name: Text("A service, system or team the change relies on."),
    ifUnavailable: Text("What users and the rollout see when it is slow or down.")
  },
  Strict
);
var ReadinessMonitoring = Type.Object(
  {
    health: Text("How an operator can tell that the change works for users."),
    metrics: Type.Optional(
      Type.Array(Type.String({ description: "The name of a metric from `metrics`." }), {
        minItems: 1,
        description: "The metrics (from `metrics`) that show it."
      })
    ),
    alerts: Type.Optional(Type.Array(Text("An alert that fires when it does not."), { minItems: 1 }))
  },
  { ...Strict, description: "How operators see that it works." }
);
var Readiness = Type.Object(
  {
    upgrade: Type.Optional(ReadinessUpgrade),
    versionSkew: Type.Optional(
      Text(
        "How old and new versions of each component (clients, servers, workers, schemas) work together while both run."
      )
    ),
    scalability: Type.Optional(ReadinessScalability),
    troubleshooting: Type.Optional(
      Type.Array(FailureMode, { minItems: 1, description: "Known failure modes, how each shows, and what to do." })
    ),
    dependencies: Type.Optional(
      Type.Array(ReadinessDependency, {
        minItems: 1,
        description: "What the change relies on, and what happens when it is unavailable."
      })
    ),
    monitoring: Type.Optional(ReadinessMonitoring)
  },
  {
    ...Strict,
    description: "Production readiness, after the Kubernetes KEP production readiness questionnaire: upgrade and downgrade, version skew, scalability, troubleshooting, dependencies and monitoring."
  }
);
var READINESS_SECTIONS = [
  { key: "upgrade", title: "upgrade and downgrade" },
  { key: "versionSkew", title: "version skew" },
  { key: "scalability", title: "scalability" },
  { key: "troubleshooting", title: "troubleshooting" },
  { key: "dependencies", title: "dependencies" },
  { key: "monitoring", title: "monitoring" }
];

// action/src/plan/schema.ts
var API_VERSION = "rollbook/v1";
var PLAN_KIND = "RolloutPlan";
var ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";
var DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
var PERCENT_PATTERN = "^[0-9]+(\\.[0-9]+)?%$";
var URL_PATTERN = "^https?://";
var MAX_ID_CHARS = 64;
var Id = (description) => Type.String({ pattern: ID_PATTERN, maxLength: MAX_ID_CHARS, description });
var Text2 = (description, extra = {}) => Type.String({ minLength: 1, description, ...extra });
var Opt = (schema) => Type.Optional(schema);
var Strict2 = { additionalProperties: false };
var OneOf = (values, options = {}) => Type.Unsafe({ type: "string", enum: [...values], ...options });
var DURATION_PATTERN = "^([0-9]+[wdhm])+$";
var Duration = (description = "A duration: a number followed by w, d, h or m, combined as in `1d12h`.") => Type.String({ pattern: DURATION_PATTERN, description, examples: ["30m", "24h", "2d", "1w"] });
var IsoDate = (description = "A calendar date, YYYY-MM-DD (UTC).") => Type.String({ pattern: DATE_PATTERN, description });
var Handle = (description = "A GitHub user (`@alice`) or team (`@org/team`).") => Type.String({ pattern: HANDLE_PATTERN, description });
var Percent = (description = "A percentage such as `10%`.") => Type.String({ pattern: PERCENT_PATTERN, description });
var Link = Type.Object(
  {
    title: Text2('What the link is, e.g. "Dispatch dashboard".'),
    url: Type.String({ pattern: URL_PATTERN, description: "An http(s) URL." }),
    kind: Opt(
      OneOf(["dashboard", "design", "runbook", "ticket", "other"], {
        description: "What sort of page this is."
      })
    )
  },
  Strict2
);
var Metadata = Type.Object(
  {
    name: Id("Stable id of the plan: lower-case letters, digits and dashes. Used in labels and markers."),
    title: Text2("Human title of the rollout."),
    owners: Type.Array(Handle(), {
      minItems: 1,
      description: "Who owns the rollout. These handles may be pinged in issues and runbooks."
    }),
    author: Opt(Handle("Who wrote the change, for the self-approval rule.")),
    services: Type.Array(Id("A service touched by the rollout."), { minItems: 1 }),
    tags: Opt(Type.Array(Id("A free tag, used by lessons to match plans."))),
    links: Opt(Type.Array(Link, { description: "Dashboards, design docs, tickets." }))
  },
  Strict2
);
var KPI_EXPECT_DOC = "One KPI and what the rollout should do to it. `expect` is read as a threshold: an operator (`>=`, `<=`, `>`, `<`, `=`) and a number with an optional unit: `%`, a time (`ms`, `s`, `min`, `h`, `d`), `x`, `count`, `req/s`. A percentage is compared with a metric in `ratio` as a fraction (`>= 99.5%` is `>= 0.995`) and times are converted. A signed percentage (`+5%`, `-20%`, `<= +5%`) is a change against the number in `baseline`; without an operator `+5%` reads `>= +5%` and `-20%` reads `<= -20%`. Whatever follows the threshold after a space, `;`, `,` or `(` is a note. Any other text is free text: shown, never measured (rule `kpi-measurable` warns when such a KPI has a `metric` and a `reviewAfter`).";
var KpiReviewFields = {
  window: Opt(
    Duration(
      "The window the review measures the KPI over: fills `{window}` in the metric's query, e.g. `7d`. Default: the metric's `window`."
    )
  )
};
var Impact = Type.Object(
  {
    kpi: Text2("The KPI this rollout moves."),
    baseline: Opt(Text2("Where the KPI stands today, with a number.")),
    expect: Text2(
      "The expected value after rollout: a comparison and a number in the metric's unit (`>= 99.5%`, `<= 12 ms`), or a change against `baseline` (`-20%`, `<= +5%`); text after it is a note. Free text is shown but not measured.",
      { examples: [">= 99.5%", "<= 190 ms", "-20% p99 latency", "<= +5%"] }
    ),
    metric: Opt(Type.String({ description: "A metric from `metrics` that measures this KPI." })),
    reviewAfter: Opt(
      Duration(
        "How long after the rollout is complete to review the KPI: a duration such as `6w`. The scheduled run then measures `metric` and compares it with `expect`."
      )
    ),
    ...KpiReviewFields
  },
  {
    ...Strict2,
    description: KPI_EXPECT_DOC
  }
);
var Story = Type.Object(
  {
    problem: Text2("The problem being solved, for whom."),
    size: Text2("How big the problem is, with numbers."),
    solution: Text2("How the change solves it."),
    deliverables: Type.Array(Text2("One deliverable."), { minItems: 1 }),
    impact: Type.Array(Impact, { minItems: 1, description: "Expected impact, one entry per KPI." })
  },
  Strict2
);
var Flag = Type.Object(
  {
    key: Type.String({ pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", description: "The flag key in your flag system." }),
    description: Opt(Text2("What the flag turns on.")),
    default: Opt(
      OneOf(["off", "on"], {
        description: "State when the code ships. Dark launch means `off` (the default)."
      })
    ),
    owner: Opt(Handle()),
    system: Opt(Text2("The flag system, e.g. LaunchDarkly or an in-house config service."))
  },
  Strict2
);
var DeprecationStage = Type.Object(
  {
    stage: OneOf(["expand", "migrate", "contract"], {
      description: "expand: add the new format beside the old; migrate: move readers and data; contract: remove the old."
    }),
    description: Text2("What this rollout ships."),
    plan: Opt(Id("The name of the plan that carries out this stage, if not this one.")),
    repository: Opt(
      Type.String({
        pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
        description: "The repository (owner/name) whose plans hold `plan`, when it is not this one. Without it, `plan` must name a plan of this repository."
      })
    ),
    status: Opt(OneOf(["planned", "in-progress", "done"], { description: "Where this stage stands." }))
  },
  Strict2
);
var Migration = Type.Object(
  {
    id: Id("Stable id of the migration."),
    description: Text2("What data moves where."),
    throttle: Opt(Text2('The rate limit, e.g. "500 rows/s per shard".')),
    backup: Opt(
      Type.Object(
        {
          what: Text2("What is backed up, and where."),
          keepFor: Duration()
        },
        { ...Strict2, description: "The backup taken before the migration, and how long it is kept." }
      )
    ),
    mixedState: Opt(Text2("How readers and writers cope while data is half old, half new.")),
    verify: Opt(Text2("How the migrated data is checked."))
  },
  Strict2
);
var Compatibility = Type.Object(
  {
    breaking: Type.Boolean({ description: "Does the change break an API, message or data format?" }),
    mixedVersions: Opt(Text2("How old and new versions run side by side during the rollout.")),
    deprecation: Opt(
      Type.Array(DeprecationStage, {
        description: "For breaking changes: the three-rollout tiered deprecation (expand, migrate, contract)."
      })
    ),
    migrations: Opt(Type.Array(Migration))
  },
  Strict2
);
var VARIABLE_NAME_PATTERN = "^[a-z][a-z0-9_]*$";
var VARIABLE_VALUE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]*$";
var VariableValue = (description = "A value: letters, digits, `_` and `-`, e.g. `canary`, `eu-west-1`, `cell-07`.") => Type.String({ pattern: VARIABLE_VALUE_PATTERN, maxLength: 64, description });
var Variable = Type.Object(
  {
    values: Type.Array(VariableValue(), { minItems: 1, description: "Every value a phase may give it." }),
    default: Opt(
      VariableValue(
        "The value for phases that do not set it. Without one, every phase whose gates use the variable must set it."
      )
    ),
    description: Opt(Text2('What the variable selects, e.g. "the deployment track".'))
  },
  { ...Strict2, description: "A variable queries use as `{name}`, with the values phases may give it." }
);
var Variables = Type.Record(Type.String({ pattern: VARIABLE_NAME_PATTERN }), Variable, {
  description: "Variables metric queries use as `{name}` (a track, region or cell), with their allowed values. Each phase sets them under its own `variables:`."
});
var PhaseVariables = Type.Record(Type.String({ pattern: VARIABLE_NAME_PATTERN }), VariableValue(), {
  description: "This phase's value of each variable declared under the plan's `variables:`, e.g. `{track: canary}`."
});
var MetricProvider = OneOf(["prometheus", "http-json", "json-file"], {
  description: "Where the value comes from."
});
var Metric = Type.Object(
  {
    provider: MetricProvider,
    query: Text2(
      "The query (PromQL for prometheus), the URL for http-json, or the key for json-file. `{window}` and declared variables such as `{track}` are filled in before it is sent."
    ),
    field: Opt(Text2("For http-json: the dotted path of the value in the response, e.g. data.value.")),
    timeField: Opt(
      Text2(
        "For http-json: the dotted path of when the value was measured (ISO 8601 with a zone, or unix seconds), e.g. data.updatedAt. The reading is then checked against `maxAge`."
      )
    ),
    unit: Opt(Text2("The unit, e.g. ratio, ms, req/s.")),
    signal: OneOf(["positive", "negative"], {
      description: "positive: shows the feature works (hit rate, success). negative: shows harm (errors, latency)."
    }),
    direction: Opt(
      OneOf(["higher-is-better", "lower-is-better"], {
        description: "Which way is good. Defaults to higher for positive and lower for negative signals."
      })
    ),
    window: Opt(Duration("The aggregation window the query uses, e.g. 1h.")),
    maxAge: Opt(
      Duration(
        "Freshness: a reading whose newest sample is older than this is no data. Default: a third of the window, at least 2m."
      )
    ),
    description: Opt(Text2("What the metric means.")),
    dashboard: Opt(Type.String({ pattern: URL_PATTERN, description: "A dashboard showing this metric." }))
  },
  Strict2
);
var Weekday = OneOf(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], {
  description: "A day of the week."
});
var Freeze = Type.Object(
  {
    name: Id("Stable id of the freeze."),
    from: Opt(IsoDate()),
    to: Opt(IsoDate("Last frozen day, inclusive.")),
    every: Opt(Type.Array(Weekday, { minItems: 1, description: "A recurring freeze on these weekdays." })),
    reason: Text2("Why nothing may change then."),
    environments: Opt(Type.Array(Id("An environment"), { description: "Limit the freeze to these environments." })),
    allowHotfix: Opt(Type.Boolean({ description: "May a change labelled hotfix go out anyway? Default false." }))
  },
  Strict2
);
var CLOCK_TIME_PATTERN = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";
var DATE_OR_TIME_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|z|[+-][0-9]{2}:[0-9]{2})?)?$";
var MAX_CHANGE_WINDOWS = 32;
var ClockTime = (description) => Type.String({ pattern: CLOCK_TIME_PATTERN, description, examples: ["09:00", "16:30", "24:00"] });
var ChangeWindow = Type.Object(
  {
    days: Opt(Type.Array(Weekday, { minItems: 1, description: "Weekdays the window is open on. Default every day." })),
    from: Opt(ClockTime("Opening time, HH:MM in the plan's time zone. Default 00:00.")),
    to: Opt(ClockTime("Closing time, HH:MM, not included; 24:00 is the end of the day. Default 24:00.")),
    environments: Opt(
      Type.Array(Id("An environment"), { description: "Limit the window to phases in these environments." })
    )
  },
  {
    ...Strict2,
    description: "A change window: phases start only on these days between `from` and `to`. A bake may run past its end."
  }
);
var Schedule = Type.Object(
  {
    timeZone: Opt(
      Type.String({
        pattern: TIME_ZONE_PATTERN,
        description: "An IANA time zone such as Europe/Berlin. Weekdays, change windows and `finishBefore` are read in it, and the calendar shows times in it beside UTC. Default UTC.",
        examples: ["Europe/Berlin", "America/New_York", "UTC"]
      })
    ),
    windows: Opt(
      Type.Array(ChangeWindow, {
        minItems: 1,
        maxItems: MAX_CHANGE_WINDOWS,
        description: "Change windows. A phase starts only inside a window that applies to its environment; a phase with none that applies may start at any time the other rules allow."
      })
    ),
    finishBefore: Opt(
      Type.String({
        pattern: DATE_OR_TIME_PATTERN,
        description: "Deadline: the projected calendar must finish before this date (its midnight) or time, read in the plan's time zone unless it carries `Z` or an offset. Missing it is an error (rule `deadline`).",
        examples: ["2026-12-01", "2026-11-27T17:00", "2026-11-27T16:00Z"]
      })
    )
  },
  { ...Strict2, description: "When phases may start and when the rollout must be done." }
);
var Rollback = Type.Object(
  {
    do: Text2("How to undo this step."),
    command: Opt(Text2("A command to copy and run."))
  },
  Strict2
);
var AUDIENCE_UNITS = [
  "requests",
  "users",
  "sessions",
  "hosts",
  "pods",
  "cells",
  "regions",
  "installs"
];
var AudienceUnit = OneOf(AUDIENCE_UNITS, {
  description: "What a percentage counts: requests, users, sessions, hosts, pods, cells, regions or installs (app-store phased releases)."
});
var RampBase = OneOf([...AUDIENCE_UNITS, "targets"], {
  description: "What the percent counts. A unit (requests, users, \u2026) counts the whole population, as the phase audience does; `targets` counts within the phase's targets, so `{percent: 100, of: targets}` on a cell carrying 6% of traffic reaches 6%. Default: the unit of the phase audience."
});
var AUDIENCE_PATTERN = `^[0-9]+(\\.[0-9]+)?%( of (${AUDIENCE_UNITS.join("|")}))?$`;
var Audience = Type.String({
  pattern: AUDIENCE_PATTERN,
  description: "How much of the population the phase reaches: a percentage such as `10%`, best with its unit, `10% of users` (units: requests, users, sessions, hosts, pods, cells, regions, installs).",
  examples: ["10% of requests", "5% of users", "1% of installs"]
});
var TARGET_KINDS = ["cell", "shard", "region", "zone", "cluster", "pool", "wave", "ring", "cohort"];
var Target = Type.Object(
  {
    name: Text2("The target, e.g. `shard-07`, `eu-west-1` or `wave-2`."),
    kind: OneOf(TARGET_KINDS, {
      description: "What the target is: a cell, shard, region, zone, cluster, pool (of hosts or pods), wave, ring or cohort."
    }),
    share: Opt(
      Percent("The share of all traffic (or users) the target carries, e.g. `6%`. Lint uses it to size the phase.")
    ),
    includes: Opt(
      Type.Array(Text2("A cell, region or cluster."), {
        minItems: 1,
        description: "For a wave: the cells or regions it reaches together."
      })
    )
  },
  { ...Strict2, description: "A structured target. Targets are reached in the order they are listed." }
);
var RollForward = Type.Object(
  {
    do: Text2("How to roll forward: what to fix and ship, and how to limit harm until it is out."),
    command: Opt(Text2("A command to copy and run."))
  },
  Strict2
);
var ReversibilityFields = {
  irreversible: Opt(
    Type.Union([Type.Boolean(), Text2('What cannot be undone, e.g. "installed app builds cannot be recalled".')], {
      description: "This cannot be undone once done (shipped app binaries, a dropped column, a GA feature gate). `true`, or a sentence saying what stays. Lint asks for a roll-forward plan (or a backup) and a sign-off."
    })
  ),
  rollForward: Opt(
    Type.Union([Text2("How to roll forward."), RollForward], {
      description: "What to fix and ship forward when this goes wrong, since it cannot be rolled back."
    })
  )
};
var RampStage = Type.Object(
  {
    percent: Type.Number({
      minimum: 0,
      maximum: 100,
      unit: "percent (0 to 100)",
      description: "Share with the flag on, of what `of` says."
    }),
    of: Opt(RampBase),
    cohort: Opt(Text2("Who gets it, e.g. employees, beta, one region."))
  },
  Strict2
);
var Stage = Type.Object(
  {
    id: Opt(
      Id(
        "Stable id of the stage within its phase; its checklist tick is keyed on it. Defaults to the percent (`25`, `0-5`)."
      )
    ),
    percent: Type.Number({
      minimum: 0,
      maximum: 100,
      unit: "percent (0 to 100)",
      description: "The share of the phase's audience unit (traffic, users, hosts\u2026) reached at this stage, as in `audience`."
    }),
    cohort: Opt(Text2("Who is in this stage, e.g. employees, one region.")),
    do: Opt(Text2('How to reach this share, e.g. "Set the canary weight to 25%". Defaults to "Shift to N%".')),
    command: Opt(Text2("A command to copy and run.")),
    hold: Opt(Duration("How long this stage runs before the next may start, e.g. `10m`. Ticking the stage starts it.")),
    pause: Opt(
      Text2(
        "Wait for a person (after the hold, if any): what they check before ticking the next stage. Not on the last stage."
      )
    )
  },
  Strict2
);
var StepKind = OneOf(["binary", "config", "flag", "migration", "test", "manual"], {
  description: "What the step changes."
});
var Step = Type.Object(
  {
    id: Id("Stable id of the step within its phase."),
    kind: StepKind,
    do: Text2("The instruction, as an on-call engineer would follow it."),
    command: Opt(Text2("A command to copy and run.")),
    owner: Opt(Handle()),
    rollback: Opt(
      Type.Union([Text2("How to undo this step."), Rollback], {
        description: "How to undo this step. Every step needs one."
      })
    ),
    flag: Opt(Type.String({ description: "For flag steps: the key of a flag from `flags`." })),
    ramp: Opt(Type.Array(RampStage, { minItems: 1, description: "For flag steps: the ramp, in order." })),
    migration: Opt(
      Type.String({ description: "For migration steps: the id of a migration from compatibility.migrations." })
    ),
    activates: Opt(
      Type.Boolean({ description: "Ticking this step starts the bake timer. Defaults to the last non-test step." })
    ),
    ...ReversibilityFields
  },
  Strict2
);
var MAX_ANALYSIS_LIMIT = 100;
var Analysis = Type.Object(
  {
    interval: Opt(
      Duration(
        "The least time between two readings of the gate: a scheduled run sooner than this after its last reading changed keeps that reading and does not query again. Default: every run reads."
      )
    ),
    failureLimit: Opt(
      Type.Integer({
        minimum: 1,
        maximum: MAX_ANALYSIS_LIMIT,
        unit: "readings",
        description: "Consecutive failing readings before the gate counts as failed; before that it holds (failing, within the limit) and a value beyond `rollbackAt` does not ask for a rollback yet. Default 1."
      })
    ),
    inconclusiveLimit: Opt(
      Type.Integer({
        minimum: 1,
        maximum: MAX_ANALYSIS_LIMIT,
        unit: "readings",
        description: "Consecutive readings without data (no data, stale, provider error) before the hold is raised as a problem. Default: no data holds without being raised."
      })
    )
  },
  {
    ...Strict2,
    description: "How the watch judges metric gates over repeated readings: an interval between readings, and how many failing or empty readings in a row count."
  }
);
var MetricGate = {
  metric: Opt(Type.String({ description: "The name of a metric from `metrics`." })),
  compare: Opt(
    OneOf(["absolute", "baseline", "week-over-week"], {
      description: "absolute (the default): against min/max. baseline: against the baseline query. week-over-week: against the same query 7 days earlier."
    })
  ),
  max: Opt(Type.Number({ unit: "the metric's unit", description: "Hold when the value is above this." })),
  min: Opt(Type.Number({ unit: "the metric's unit", description: "Hold when the value is below this." })),
  baseline: Opt(Text2("For compare: baseline, the control query (e.g. the stable fleet).")),
  maxRegression: Opt(Percent()),
  rollbackAt: Opt(
    Type.Number({
      unit: "the metric's unit",
      description: "Recommend a rollback when the value is worse than this: above it where lower is better, below it where higher is (the metric's `direction`, else its signal). At or beyond the threshold the gate fails at."
    })
  ),
  window: Opt(Duration("The window for this gate, instead of the metric's: fills `{window}` in its queries.")),
  query: Opt(Text2("This gate's own query, instead of the metric's (same provider, field and unit).")),
  maxAge: Opt(Duration("Freshness for this gate, instead of the metric's `maxAge`.")),
  analysis: Opt(Analysis)
};
var Gate = Type.Object(
  {
    ...MetricGate,
    check: Opt(Text2("The name of a GitHub check run or commit status that must succeed.")),
    signoff: Opt(Type.Array(Handle(), { minItems: 1, description: "Users or teams who may sign off." })),
    count: Opt(
      Type.Integer({ minimum: 1, unit: "sign-offs", description: "How many sign-offs are needed. Default 1." })
    ),
    allowAuthor: Opt(
      Type.Boolean({
        description: "May the plan's author (or the pull request's) sign off their own change? Default: no, unless the action's `allow-author-signoff` input is `true`."
      })
    ),
    manual: Opt(Text2("A condition a person confirms by ticking it.")),
    id: Opt(Id("A stable id; derived from the gate when omitted."))
  },
  { ...Strict2, description: "Exactly one of metric, check, signoff or manual." }
);
var ChecklistItem = Type.Union([
  Text2("A checklist item."),
  Type.Object({ id: Id("Stable id of the item."), text: Text2("The item.") }, Strict2)
]);
var PHASE_REF_PATTERN = "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$";
var PhaseDependencies = Type.Array(
  Type.String({ pattern: PHASE_REF_PATTERN, description: "A phase of another plan, as `plan/phase`." }),
  {
    minItems: 1,
    description: "Phases of other plans in this repository that must be done before this phase starts, as `plan/phase` (e.g. `orders-schema-expand/production`): the phase issue waits for them, and the gate report holds a promotion into this phase until they are done."
  }
);
var Phase = Type.Object(
  {
    id: Id("Stable id of the phase."),
    title: Text2("Human title of the phase."),
    environment: OneOf(["dev", "test", "staging", "canary", "production"], {
      description: "Where the phase runs. Blast radius grows in this order."
    }),
    targets: Opt(
      Type.Array(Type.Union([Text2("A region, cluster, cohort or ring."), Target]), {
        description: "What the phase covers, in the order it reaches them: plain text, or structured `{name, kind, share}` cells, regions and waves."
      })
    ),
    audience: Opt(Audience),
    strategy: OneOf(["canary", "rolling", "blue-green", "flag-ramp", "shadow", "migration"]),
    steps: Type.Array(Step, { minItems: 1 }),
    stages: Opt(
      Type.Array(Stage, {
        minItems: 1,
        description: "A ramp inside the phase, after its steps: stages in order, each held for a time or paused for a person. The bake starts when the last stage's hold ends."
      })
    ),
    bake: Opt(Duration("How long the phase must run before the next may start.")),
    minWait: Opt(
      Duration(
        "At least this long between the previous phase's earliest finish and this phase's start, e.g. 14d before a contract phase."
      )
    ),
    gates: Opt(Type.Array(Gate)),
    rehearsal: Opt(Text2("How and when the rollback of this phase is rehearsed.")),
    checklist: Opt(Type.Array(ChecklistItem, { description: "Extra items to tick." })),
    exit: Opt(Type.Array(Text2("An exit criterion."), { description: "What must be true to leave the phase." })),
    paths: Opt(Type.Array(Text2("A glob."), { description: "Files whose change in a PR promotes into this phase." })),
    variables: Opt(PhaseVariables),
    dependsOn: Opt(PhaseDependencies),
    ...ReversibilityFields
  },
  Strict2
);
var Contact = Type.Object(
  {
    name: Text2("Who."),
    handle: Opt(Handle()),
    role: Text2("Their part, e.g. incident commander, database on-call."),
    reach: Opt(Text2("How to reach them: pager alias, channel, phone rota."))
  },
  Strict2
);
var Policy = Type.Object(
  {
    prefer: OneOf(["rollback", "roll-forward"], { description: "The default response to a bad metric." }),
    rollForwardWhen: Opt(Text2("When rolling forward is allowed instead.")),
    keepOldData: Opt(Text2("What old data and versions are kept, and for how long, so a rollback stays possible.")),
    maxRollbackMinutes: Opt(
      Type.Integer({ minimum: 1, unit: "minutes", description: "Target time to complete a rollback." })
    )
  },
  Strict2
);
var OnBreach = Type.Object(
  {
    workflow: Type.String({
      pattern: "^[A-Za-z0-9._-]+\\.ya?ml$",
      description: "A workflow file in `.github/workflows` to dispatch once per breach, e.g. `abort.yml`, with the inputs `plan`, `phase` and `reason`. Needs `actions: write`."
    }),
    ref: Opt(
      Text2(
        "The branch to run the workflow on: only the default branch is accepted (its name or `refs/heads/<name>`), so a breach never runs a workflow from a branch or tag anyone can push to (docs/adr/0063-sync-writes-only-the-default-branch.md). Default: the default branch."
      )
    )
  },
  {
    ...Strict2,
    description: "Opt-in automation when a watched phase's verdict becomes ROLL BACK or ROLL FORWARD: dispatch a workflow (docs/adr/0042-acting-on-a-breach.md)."
  }
);
var Waiver = Type.Object(
  {
    rule: Opt(Type.String({ description: "A lint rule id." })),
    lesson: Opt(
      Type.String({
        description: "A lesson id whose guards this plan does not take (L-\u2026, or L-\u2026/guard-id for one guard); owner/name#L-\u2026 for a lesson shared through lessonSources."
      })
    ),
    phases: Opt(Type.Array(Type.String(), { description: "Limit the waiver to these phases." })),
    severity: Opt(OneOf(["warning", "off"], { description: "Lower to a warning, or turn off (default)." })),
    reason: Type.String({ description: "Why the rule or lesson does not apply. Required." })
  },
  Strict2
);
var RolloutPlan = Type.Object(
  {
    $schema: Opt(Type.String()),
    apiVersion: Type.Literal(API_VERSION),
    kind: Type.Literal(PLAN_KIND),
    metadata: Metadata,
    story: Story,
    flags: Opt(Type.Array(Flag)),
    compatibility: Compatibility,
    metrics: Type.Record(Type.String({ pattern: "^[a-z][a-z0-9_]*$" }), Metric, {
      description: "The metric catalogue, by name."
    }),
    variables: Opt(Variables),
    freezes: Opt(Type.Array(Freeze)),
    schedule: Opt(Schedule),
    phases: Type.Array(Phase, { minItems: 1, description: "In order of growing blast radius." }),
    escalation: Type.Array(Contact, { minItems: 1 }),
    policy: Policy,
    onBreach: Opt(OnBreach),
    analysis: Opt(Analysis),
    readiness: Opt(Readiness),
    waive: Opt(
      Type.Array(Waiver, { description: "Rules or lesson guards this plan does not take, each with a reason." })
    )
  },
  { ...Strict2, title: "Rollbook rollout plan" }
);
var ENVIRONMENT_ORDER = ["dev", "test", "staging", "canary", "production"];

// action/src/text/number.ts
var SHOWN_SIGNIFICANT_DIGITS = 3;
var MAX_SIGNIFICANT_DIGITS = 12;
var RATIO_UNITS = /* @__PURE__ */ new Set(["ratio", "fraction"]);
function isRatioUnit(unit) {
  return RATIO_UNITS.has(unit.toLowerCase());
}
function displayUnit(unit) {
  if (!unit) return { scale: 1, suffix: "" };
  if (isRatioUnit(unit)) return { scale: 100, suffix: "%", name: "%" };
  if (unit === "%") return { scale: 1, suffix: "%", name: "%" };
  return { scale: 1, suffix: ` ${unit}`, name: unit };
}
function rounded(value, digits) {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
  if (value === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const text = decimals <= 20 ? value.toFixed(decimals) : value.toPrecision(digits);
  return String(Number(text));
}
function formatNumber(value) {
  return rounded(value, MAX_SIGNIFICANT_DIGITS);
}
function formatMeasured(value, unit, landmarks = []) {
  const shown = displayUnit(unit);
  const marks = shown.suffix === "%" ? [...landmarks.map((m) => m * shown.scale), 0, 100] : landmarks;
  const scaled = value * shown.scale;
  let digits = SHOWN_SIGNIFICANT_DIGITS;
  const clash = (d) => marks.some((m) => m !== scaled && Number.isFinite(m) && rounded(m, MAX_SIGNIFICANT_DIGITS) === rounded(scaled, d));
  while (digits < MAX_SIGNIFICANT_DIGITS && clash(digits)) digits++;
  return `${rounded(scaled, digits)}${Number.isFinite(scaled) ? shown.suffix : ""}`;
}
function formatThreshold(value, unit) {
  const shown = displayUnit(unit);
  return `${formatNumber(value * shown.scale)}${shown.suffix}`;
}
function chartValue(value, unit) {
  const { scale } = displayUnit(unit);
  return scale === 1 ? value : Number(rounded(value * scale, MAX_SIGNIFICANT_DIGITS));
}
function formatPercent(fraction) {
  if (!Number.isFinite(fraction)) return fraction > 0 ? "unbounded" : "-unbounded";
  return `${formatNumber(Number((fraction * 100).toFixed(2)))}%`;
}

// action/src/plan/gate-defaults.ts
var DEFAULT_SIGNOFF_COUNT = 1;
var DEFAULT_COMPARE = "absolute";
function signoffsNeeded(gate) {
  return Math.max(1, gate.count ?? DEFAULT_SIGNOFF_COUNT);
}
function compareMode(gate) {
  return gate.compare ?? DEFAULT_COMPARE;
}
function effectiveWindow(gate, metric) {
  return gate.window ?? metric?.window;
}
function authorMaySignOff(gate, authorsByDefault = false) {
  return gate.allowAuthor ?? authorsByDefault;
}

// action/src/plan/gate-kind.ts
var GATE_KINDS = ["metric", "check", "signoff", "manual"];
var METRIC_ONLY_FIELDS = Object.keys(MetricGate).filter((field) => field !== "metric");
function gateKindsOf(gate) {
  return GATE_KINDS.filter((kind) => gate[kind] !== void 0);
}
function classifyGate(gate) {
  if (gate.metric !== void 0) return { kind: "metric", gate };
  if (gate.check !== void 0) return { kind: "check", gate };
  if (gate.signoff !== void 0) return { kind: "signoff", gate };
  if (gate.manual !== void 0) return { kind: "manual", gate };
  return void 0;
}
function isGateOfKind(gate, kind) {
  return classifyGate(gate)?.kind === kind;
}
function ops(comparator, value, unit) {
  return value === void 0 ? [] : [`${comparator} ${formatThreshold(value, unit)}`];
}
function describeGate(gate, plan, response = "roll-back") {
  const classified = classifyGate(gate);
  switch (classified?.kind) {
    case "manual":
      return classified.gate.manual;
    case "check":
      return `Check ${classified.gate.check} succeeded`;
    case "signoff": {
      const count = signoffsNeeded(gate);
      const author = authorMaySignOff(gate) ? "" : " (not the author)";
      return `${plural(count, "sign-off")} from ${classified.gate.signoff.join(", ")}${author}`;
    }
    case "metric": {
      const { metric } = classified.gate;
      const unit = plan && Object.hasOwn(plan.metrics, metric) ? plan.metrics[metric]?.unit : void 0;
      const parts = [...ops("\u2264", gate.max, unit), ...ops("\u2265", gate.min, unit)];
      if (gate.compare === "baseline" || gate.compare === "week-over-week") {
        const against = gate.compare === "baseline" ? "the baseline" : "last week";
        parts.push(`at most ${gate.maxRegression ?? "0%"} worse than ${against}`);
      }
      parts.push(...ops(response === "roll-forward" ? "roll forward at" : "roll back at", gate.rollbackAt, unit));
      const window = gate.window ? ` over ${gate.window}` : "";
      return `${metric}${parts.length ? ` ${parts.join(", ")}` : ""}${window}`;
    }
    case void 0:
      return "Gate";
  }
}

// action/src/plan/own.ts
function idRecord() {
  return /* @__PURE__ */ Object.create(null);
}
function own(record, key) {
  return record !== void 0 && key !== void 0 && Object.hasOwn(record, key) ? record[key] : void 0;
}
function idRecordFrom(entries) {
  const out = idRecord();
  for (const [key, value] of entries) out[key] = value;
  return out;
}

// action/src/plan/audience.ts
var AUDIENCE = /^([0-9]+(?:\.[0-9]+)?)%(?: of ([a-z]+))?$/;
var FULL = 100;
function parseAudience(audience) {
  if (audience === void 0) return void 0;
  const match = AUDIENCE.exec(audience.trim());
  if (!match) return void 0;
  const fact = { percent: Number.parseFloat(match[1]) };
  if (match[2] !== void 0) fact.unit = match[2];
  return fact;
}
function isStructuredTarget(target) {
  return typeof target === "object" && target !== null;
}
function targetLabel(target) {
  if (!isStructuredTarget(target)) return target;
  const includes = target.includes?.length ? ` (${target.includes.join(", ")})` : "";
  const share = target.share === void 0 ? "" : `: ${target.share}`;
  return `${target.kind} ${target.name}${includes}${share}`;
}
function targetsShare(phase) {
  const targets = phase.targets ?? [];
  if (targets.length === 0) return void 0;
  let sum = 0;
  for (const target of targets) {
    if (!isStructuredTarget(target) || target.share === void 0) return void 0;
    sum += Number.parseFloat(target.share);
  }
  return Math.min(sum, FULL);
}
var UNEVEN_UNITS = /* @__PURE__ */ new Set(["cells", "regions"]);
function phaseExposure(phase) {
  const audience = parseAudience(phase.audience);
  const shares = targetsShare(phase);
  if (audience?.unit !== void 0 && UNEVEN_UNITS.has(audience.unit) && shares !== void 0) return shares;
  return audience?.percent ?? shares;
}
function rampExposure(phase, stage) {
  const of = stage.of ?? parseAudience(phase.audience)?.unit;
  const result = { percent: stage.percent };
  if (of !== void 0) result.of = of;
  if (of !== "targets") result.overall = stage.percent;
  else {
    const exposure = phaseExposure(phase);
    if (exposure !== void 0) result.overall = stage.percent * exposure / FULL;
  }
  return result;
}
function rampText(stage) {
  return stage.of === void 0 ? `${stage.percent}%` : `${stage.percent}% of ${stage.of}`;
}
function phaseUnits(phase) {
  const units = /* @__PURE__ */ new Set();
  const audience = parseAudience(phase.audience)?.unit;
  if (audience) units.add(audience);
  for (const step of phase.steps)
    for (const stage of step.ramp ?? []) if (stage.of && stage.of !== "targets") units.add(stage.of);
  return [...units];
}

// action/src/lint/plan-facts.ts
function metricGates(phase) {
  return (phase.gates ?? []).filter((g) => isGateOfKind(g, "metric"));
}
function selfHandles(plan) {
  const self = plan.metadata.author ? [plan.metadata.author] : plan.metadata.owners;
  return new Set(self.map((h) => h.toLowerCase()));
}
function isLimitedProduction(phase, limitPercent) {
  if (phase.environment === "canary" || phase.strategy === "shadow") return true;
  const exposure = phaseExposure(phase);
  return exposure !== void 0 && exposure <= limitPercent;
}
function signalOf(plan, metric) {
  return own(plan.metrics, metric)?.signal;
}
function signoffGateHint(plan) {
  const approver = plan.metadata.owners?.[0] ?? "@acme/sre-leads";
  return `add \`{signoff: ["${approver}"], count: 1}\` to its gates`;
}

// action/src/lint/rules/blast-radius.ts
var CANARY_MAX_PERCENT = 10;
var blastRadius = {
  id: "blast-radius",
  title: "Blast radius grows: non-production, then canary, then broad production",
  defaultSeverity: "error",
  rationale: "Each phase should risk a little more than the last, so that a bug is met first where it is cheap: a test or staging environment, then a canary slice of production, and only then the rest.",
  fix: `Put at least one dev, test or staging phase first, and a canary phase (environment canary, strategy shadow, or audience up to ${CANARY_MAX_PERCENT}%) before broad production.`,
  comparesAcross: ["phases"],
  check(plan) {
    const out = [];
    const firstProduction = plan.phases.findIndex((p) => p.environment === "canary" || p.environment === "production");
    if (firstProduction === 0) {
      out.push({
        path: ["phases", 0, "environment"],
        message: `the first phase "${plan.phases[0].id}" already runs in ${plan.phases[0].environment}`,
        expected: "a dev, test or staging phase before production",
        hint: "add a staging phase that runs the same steps first"
      });
    }
    const firstBroad = plan.phases.findIndex(
      (p) => p.environment === "production" && !isLimitedProduction(p, CANARY_MAX_PERCENT)
    );
    if (firstBroad >= 0) {
      const hadCanary = plan.phases.slice(0, firstBroad).some((p) => isLimitedProduction(p, CANARY_MAX_PERCENT) && p.environment !== "staging");
      if (!hadCanary) {
        const phase = plan.phases[firstBroad];
        out.push({
          path: ["phases", firstBroad, "environment"],
          message: `phase "${phase.id}" reaches broad production with no canary before it`,
          expected: `a canary phase first: environment canary, strategy shadow, or audience up to ${CANARY_MAX_PERCENT}%`,
          hint: "add a phase with `environment: canary`, or give this phase `audience: 5%` and add a broader one after it"
        });
      }
    }
    return out;
  }
};

// action/src/lint/rules/breaking-deprecation.ts
var STAGES = ["expand", "migrate", "contract"];
var breakingDeprecation = {
  id: "breaking-deprecation",
  title: "A breaking change uses the three-rollout deprecation",
  defaultSeverity: "error",
  rationale: "During a rollout old and new versions run side by side, and a rollback brings the old one back. A breaking format change shipped in one go breaks whichever side reads the other. Splitting it into expand (accept both), migrate (move readers and data) and contract (drop the old) keeps every step reversible.",
  fix: "Under `compatibility.deprecation`, list three stages in order: expand, migrate, contract (each may point at the plan that carries it out).",
  check(plan) {
    const { compatibility } = plan;
    if (!compatibility.breaking) return [];
    const stages = (compatibility.deprecation ?? []).map((d) => d.stage);
    if (stages.join() === STAGES.join()) return [];
    return [
      {
        path: ["compatibility", compatibility.deprecation ? "deprecation" : "breaking"],
        message: stages.length === 0 ? "the change is breaking but has no deprecation plan" : `the deprecation stages are ${stages.join(", ")}, not expand, migrate, contract`,
        expected: "three stages in order: expand, migrate, contract",
        hint: "expand: accept old and new; migrate: move readers, writers and data; contract: remove the old format"
      }
    ];
  }
};

// action/src/plan/duration.ts
var UNIT_MS = {
  m: MINUTE_MS,
  h: HOUR_MS,
  d: DAY_MS,
  w: WEEK_MS
};
function parseDuration(text) {
  if (!/^([0-9]+[wdhm])+$/.test(text)) return void 0;
  let total = 0;
  for (const [, count, unit] of text.matchAll(/([0-9]+)([wdhm])/g)) {
    total += Number(count) * UNIT_MS[unit];
  }
  return total;
}
function formatDuration(ms) {
  const minutes = Math.max(0, Math.ceil(ms / MINUTE_MS));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor(minutes % 1440 / 60);
  const mins = minutes % 60;
  const parts = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (mins || parts.length === 0) parts.push(`${mins}m`);
  return parts.slice(0, 2).join(" ");
}

// action/src/plan/stages.ts
function percentKey(percent) {
  return String(percent).replace(".", "-");
}
function stageKeys(phase) {
  const stages = phase.stages ?? [];
  const taken = new Set(stages.flatMap((s) => s.id ? [s.id] : []));
  return stages.map((stage) => {
    if (stage.id) return stage.id;
    const base = percentKey(stage.percent);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return key;
  });
}
function holdMs(stage) {
  return stage.hold === void 0 ? 0 : parseDuration(stage.hold) ?? 0;
}
function totalHoldMs(phase) {
  return (phase.stages ?? []).reduce((sum, stage) => sum + holdMs(stage), 0);
}
function stageAction(stage) {
  return stage.do ?? `Shift to ${stage.percent}%`;
}
var iso = (ms) => isoSeconds(new Date(ms));
function stageProgress(stages, ticks, now) {
  const total = stages.length;
  const tickAt = (i) => {
    const at2 = ticks[i]?.at;
    return ticks[i]?.ticked && at2 !== void 0 ? Date.parse(at2) : void 0;
  };
  const early = [];
  for (let i = 1; i < total; i++) {
    if (!ticks[i]?.ticked) continue;
    const previous = tickAt(i - 1);
    const own2 = tickAt(i);
    if (!ticks[i - 1]?.ticked) early.push(i + 1);
    else if (previous !== void 0 && own2 !== void 0 && own2 < previous + holdMs(stages[i - 1])) early.push(i + 1);
  }
  let reached = 0;
  for (let i = total - 1; i >= 0; i--)
    if (ticks[i]?.ticked) {
      reached = i + 1;
      break;
    }
  const base = { total, reached, early };
  if (reached === 0) return { ...base, waiting: "tick", next: 1 };
  const skipped = ticks.slice(0, reached).findIndex((t) => !t?.ticked);
  const current = stages[reached - 1];
  const at = tickAt(reached - 1);
  if (current.hold !== void 0) {
    if (at === void 0) return { ...base, waiting: "hold", ...reached < total ? { next: reached + 1 } : {} };
    const ends = at + holdMs(current);
    if (now.getTime() < ends)
      return { ...base, waiting: "hold", holdEndsAt: iso(ends), ...reached < total ? { next: reached + 1 } : {} };
  }
  if (current.pause !== void 0 && reached < total && skipped < 0) {
    return { ...base, waiting: "person", next: reached + 1 };
  }
  if (skipped >= 0) return { ...base, waiting: "tick", next: skipped + 1 };
  if (reached < total) return { ...base, waiting: "tick", next: reached + 1 };
  return { ...base, waiting: "done", ...at !== void 0 ? { endsAt: iso(at + holdMs(current)) } : {} };
}
function checkStages(phase, phasePath) {
  const stages = phase.stages ?? [];
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  stages.forEach((stage, i) => {
    const path = [...phasePath, "stages", i];
    if (stage.id !== void 0) {
      const first = seen.get(stage.id);
      if (first === void 0) seen.set(stage.id, i);
      else
        out.push({
          path: [...path, "id"],
          code: "ref/duplicate-id",
          message: `stage id "${stage.id}" is defined twice`,
          firstAt: [...phasePath, "stages", first, "id"],
          expected: "a unique stage id",
          hint: "rename one of them; ids are how Rollbook keeps ticks, so keep the one already in use"
        });
    }
    if (stage.pause !== void 0 && i === stages.length - 1) {
      out.push({
        path: [...path, "pause"],
        code: "ref/stage-wait",
        message: "the last stage pauses, but no later stage can resume it",
        expected: "`hold:` or nothing on the last stage",
        hint: `the phase's gates and its "Phase complete" item already wait for a person: move the check there`
      });
    }
    const before = stages[i - 1];
    if (before && stage.percent < before.percent) {
      out.push({
        path: [...path, "percent"],
        code: "ref/stage-order",
        message: `the stages go down from ${before.percent}% to ${stage.percent}%`,
        expected: "percentages that grow stage by stage",
        hint: "a ramp-down is a rollback: describe it under the steps' `rollback:`"
      });
    }
  });
  return out;
}

// action/src/plan/phase-duration.ts
function phaseMinimumDuration(phase) {
  const bake = phase.bake === void 0 ? 0 : parseDuration(phase.bake) ?? 0;
  return totalHoldMs(phase) + bake;
}
function phaseMinimumWait(phase) {
  return phase.minWait === void 0 ? 0 : parseDuration(phase.minWait) ?? 0;
}

// action/src/plan/schedule.ts
var MINUTES_PER_DAY = 1440;
function planTimeZone(plan) {
  const zone = plan.schedule?.timeZone;
  return zone !== void 0 && isKnownTimeZone(zone) ? zone : UTC_ZONE;
}
function parseClock(text) {
  const match = /^([0-9]{2}):([0-9]{2})$/.exec(text);
  if (!match) return void 0;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minute <= MINUTES_PER_DAY ? minute : void 0;
}
var WINDOW_DAY_START = "00:00";
var WINDOW_DAY_END = "24:00";
function windowHours(window) {
  return { from: window.from ?? WINDOW_DAY_START, to: window.to ?? WINDOW_DAY_END };
}
function changeWindows(plan) {
  return (plan.schedule?.windows ?? []).flatMap((window) => {
    const hours = windowHours(window);
    const from = parseClock(hours.from);
    const to = parseClock(hours.to);
    if (from === void 0 || to === void 0 || from >= to) return [];
    return [{ days: window.days ? new Set(window.days) : void 0, from, to, environments: window.environments }];
  });
}
var LOCAL_TIME = /^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?)?$/;
function parsePlanTime(text, zone, localTimes) {
  const local = LOCAL_TIME.exec(text);
  if (local) {
    const [, date, hours, minutes, seconds] = local;
    const utcDay = utcDayMs(date);
    if (utcDay === void 0) return { ok: false, error: "is not a real date" };
    if (hours !== void 0 && !localTimes) {
      return { ok: false, error: `has no time zone: add Z or an offset, e.g. ${date}T${hours}:${minutes}Z` };
    }
    const minute = hours === void 0 ? 0 : Number(hours) * 60 + Number(minutes);
    if (hours !== void 0 && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59)) {
      return { ok: false, error: "is not a real time of day" };
    }
    return { ok: true, ms: zonedInstant(utcDay / DAY_MS, minute, zone) + Number(seconds ?? 0) * 1e3 };
  }
  const instant = parseInstant(text);
  return instant.ok ? { ok: true, ms: instant.date.getTime() } : { ok: false, error: instant.error };
}
function normalizeCalendarStart(text) {
  const parsed = parsePlanTime(text, "UTC", false);
  if (!parsed.ok) return parsed;
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return { ok: true, start: text };
  return { ok: true, start: formatUtcMinute(Math.ceil(parsed.ms / MINUTE_MS) * MINUTE_MS) };
}
function planDeadline(plan) {
  const text = plan.schedule?.finishBefore;
  if (text === void 0) return void 0;
  const parsed = parsePlanTime(text, planTimeZone(plan), true);
  return parsed.ok ? parsed.ms : void 0;
}

// action/src/plan/calendar.ts
var MAX_LOOKAHEAD_DAYS = 366;
function freezeRule(freeze) {
  const from = freeze.from === void 0 ? void 0 : parseIsoDay(freeze.from);
  const to = freeze.to === void 0 ? void 0 : parseIsoDay(freeze.to);
  if (freeze.from !== void 0 && from === void 0 || freeze.to !== void 0 && to === void 0)
    return void 0;
  const weekdays = freeze.every ? new Set(freeze.every) : void 0;
  if (!weekdays && from === void 0 && to === void 0) return void 0;
  const first = from ?? Number.NEGATIVE_INFINITY;
  return {
    name: freeze.name,
    environments: freeze.environments,
    first,
    last: to ?? (weekdays ? Infinity : first),
    weekdays
  };
}
function freezeRuleCovers(rule, day) {
  return day >= rule.first && day <= rule.last && (!rule.weekdays || rule.weekdays.has(weekdayOfDay(day)));
}
function touches(rule, from, to) {
  const first = Math.max(from, rule.first);
  const last = Math.min(to, rule.last, first + 6);
  for (let day = first; day <= last; day++) if (freezeRuleCovers(rule, day)) return true;
  return false;
}
function frozenDaysWithin(rule, from, to) {
  const low = Math.max(from, rule.first);
  const high = Math.min(to, rule.last);
  let first;
  for (let day = low; day <= Math.min(high, low + 6); day++) {
    if (freezeRuleCovers(rule, day)) {
      first = day;
      break;
    }
  }
  if (first === void 0) return void 0;
  for (let day = high; day >= Math.max(first, high - 6); day--)
    if (freezeRuleCovers(rule, day)) return { first, last: day };
  return { first, last: first };
}
function appliesTo(rule, phase) {
  return !rule.environments || rule.environments.includes(phase.environment);
}
function blockAt(at, rules) {
  const utcDay = Math.floor(at / DAY_MS);
  for (const rule of rules.freezes) {
    if (freezeRuleCovers(rule, utcDay)) return { reason: "freeze", freeze: rule.name, until: (utcDay + 1) * DAY_MS };
  }
  const local = localTime(at, rules.zone);
  if (rules.noFridays && local.weekday === "fri")
    return { reason: "no-friday", until: nextLocalMidnight(at, rules.zone) };
  if (rules.noWeekends && (local.weekday === "sat" || local.weekday === "sun")) {
    return { reason: "no-weekend", until: nextLocalMidnight(at, rules.zone) };
  }
  if (rules.windows.length === 0) return void 0;
  let nextOpening;
  for (const window of rules.windows) {
    if (window.days && !window.days.has(local.weekday)) continue;
    if (local.minute >= window.from && local.minute < window.to) return void 0;
    if (window.from > local.minute && (nextOpening === void 0 || window.from < nextOpening))
      nextOpening = window.from;
  }
  const until = nextOpening === void 0 ? nextLocalMidnight(at, rules.zone) : zonedInstant(local.day, nextOpening, rules.zone);
  return { reason: "window", until };
}
function waitsFor(refs, known = []) {
  return refs.map((phase) => {
    const finishMs = known.find((other) => other.phase === phase)?.ms;
    return finishMs === void 0 ? { phase } : { phase, finishMs };
  });
}
function addDelay(delays, block, minutes) {
  const found = delays.find((d) => d.reason === block.reason && d.freeze === block.freeze);
  if (found) found.minutes += minutes;
  else delays.push({ reason: block.reason, ...block.freeze === void 0 ? {} : { freeze: block.freeze }, minutes });
}
function calendarStartMs(start, zone) {
  const parsed = parsePlanTime(start, zone, false);
  if (!parsed.ok) throw new RangeError(`Start "${start}" ${parsed.error}.`);
  return Math.ceil(parsed.ms / MINUTE_MS) * MINUTE_MS;
}
function projectCalendar(plan, start, options = {}) {
  const zone = planTimeZone(plan);
  const shown = plan.schedule?.timeZone === void 0 ? void 0 : zone;
  const noFridays = options.noFridays ?? true;
  const noWeekends = options.noWeekends ?? noFridays;
  const freezes = (plan.freezes ?? []).map(freezeRule).filter((rule) => rule !== void 0);
  const windows = changeWindows(plan);
  const out = [];
  let candidate = calendarStartMs(start, zone);
  for (const phase of plan.phases) {
    const rules = {
      freezes: freezes.filter((rule) => appliesTo(rule, phase)),
      windows: windows.filter((rule) => appliesTo(rule, phase)),
      zone,
      noFridays,
      noWeekends
    };
    const delays = [];
    const wait = phaseMinimumWait(phase);
    if (wait > 0) addDelay(delays, { reason: "wait" }, wait / MINUTE_MS);
    let earliest = candidate + wait;
    for (const other of options.notBefore?.get(phase.id) ?? []) {
      if (other.ms <= earliest) continue;
      delays.push({ reason: "dependency", phase: other.phase, minutes: Math.ceil((other.ms - earliest) / MINUTE_MS) });
      earliest = other.ms;
    }
    const limit = earliest + MAX_LOOKAHEAD_DAYS * DAY_MS;
    let at = earliest;
    let scheduled = out.at(-1)?.scheduled ?? true;
    for (let block = scheduled ? blockAt(at, rules) : void 0; block; block = blockAt(at, rules)) {
      const until = Math.max(block.until, at + MINUTE_MS);
      if (until > limit) {
        scheduled = false;
        addDelay(delays, block, (limit - at) / MINUTE_MS);
        at = limit;
        break;
      }
      addDelay(delays, block, (until - at) / MINUTE_MS);
      at = until;
    }
    const duration = phaseMinimumDuration(phase);
    const end = at + duration;
    const lastDay = Math.floor((end > at ? end - 1 : at) / DAY_MS);
    out.push({
      phaseId: phase.id,
      start: formatUtcMinute(at),
      end: formatUtcMinute(end),
      startMs: at,
      endMs: end,
      startZoned: shown === void 0 ? null : formatZonedMinute(at, shown),
      endZoned: shown === void 0 ? null : formatZonedMinute(end, shown),
      durationMinutes: duration / MINUTE_MS,
      delays,
      touching: rules.freezes.filter((rule) => touches(rule, Math.floor(at / DAY_MS), lastDay)).map((r) => r.name),
      scheduled,
      ...phase.dependsOn ? { waitsFor: waitsFor(phase.dependsOn, options.notBefore?.get(phase.id)) } : {}
    });
    candidate = end;
  }
  return out;
}

// action/src/plan/calendar-text.ts
var WEEKDAY_TITLES = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun"
};
function wallClockText(ms, zone) {
  const local = localTime(ms, zone);
  return `${WEEKDAY_TITLES[local.weekday]} ${formatDay(local.day)} ${formatClock(local.minute)}`;
}
function shownTimeZone(plan) {
  return plan.schedule?.timeZone === void 0 ? null : planTimeZone(plan);
}
function calendarTimeText(ms, plan) {
  const utc = `${wallClockText(ms, UTC_ZONE)} UTC`;
  const zone = shownTimeZone(plan);
  if (zone === null || zone === UTC_ZONE) return utc;
  const local = localTime(ms, zone);
  const sameDay = local.day === Math.floor(ms / DAY_MS);
  const utcPart = sameDay ? `${formatClock(localTime(ms, UTC_ZONE).minute)} UTC` : utc;
  return `${wallClockText(ms, zone)} ${zone} (${utcPart})`;
}
function minutesText(minutes) {
  const parts = [
    [Math.floor(minutes / 1440), "d"],
    [Math.floor(minutes % 1440 / 60), "h"],
    [minutes % 60, "m"]
  ];
  const text = parts.flatMap(([n, unit]) => n > 0 ? [`${n}${unit}`] : []).join(" ");
  return text || "0m";
}
function delayLabel(delay) {
  switch (delay.reason) {
    case "freeze":
      return delay.freeze ?? "freeze";
    case "no-friday":
      return "no-Friday rule";
    case "no-weekend":
      return "no-weekend rule";
    case "window":
      return "change windows";
    case "wait":
      return "minimum wait";
    case "dependency":
      return `waiting for ${delay.phase ?? "another plan"}`;
  }
}

// action/src/lint/rule.ts
var SEVERITY_RANK = { off: 0, warning: 1, error: 2 };
function calendarOptionsOf(context) {
  return { noFridays: context.noFridays, noWeekends: context.noWeekends ?? context.noFridays };
}

// action/src/lint/rules/deadline.ts
var deadline = {
  id: "deadline",
  title: "The projected calendar finishes before the deadline",
  defaultSeverity: "error",
  comparesAcross: ["phases", "freezes", "schedule"],
  rationale: "A rollout that has to be done by a date (a contract, a regulation, a freeze that starts) and is planned to finish after it gets rushed at the end: bakes are cut short and gates waved through. Projecting the calendar, with the freezes, change windows, waits and the lead-in freezes that lessons add, shows it while the plan can still change. Projected from a start at or after the deadline (a finished rollout validated later), nothing in the plan can meet it, so the rule stays quiet; the runbook still shows the deadline as missed.",
  fix: "Start earlier (`--start`), shorten bakes or waits, widen the change windows, or move `schedule.finishBefore` after agreeing the new date.",
  check(plan, context) {
    const before = planDeadline(plan);
    if (before === void 0) return [];
    const withLeadIns = context.guardFreezes?.length ? { ...plan, freezes: [...plan.freezes ?? [], ...context.guardFreezes] } : plan;
    const windows = projectCalendar(withLeadIns, context.start, calendarOptionsOf(context));
    const last = windows.at(-1);
    if (!last || calendarStartMs(context.start, planTimeZone(plan)) >= before) return [];
    const unscheduled = windows.find((w) => !w.scheduled);
    if (!unscheduled && last.endMs <= before) return [];
    const leadIns = new Set((context.guardFreezes ?? []).map((f) => f.name));
    const leadInMinutes = windows.flatMap((w) => w.delays).filter((d) => d.reason === "freeze" && d.freeze !== void 0 && leadIns.has(d.freeze)).reduce((sum, d) => sum + d.minutes, 0);
    const deadlineText = calendarTimeText(before, plan);
    const message = unscheduled ? `the rollout cannot meet its deadline (before ${deadlineText}): phase "${unscheduled.phaseId}" finds no start within a year` : `the projected finish, ${calendarTimeText(last.endMs, plan)}, misses the deadline (before ${deadlineText}) by ${minutesText(Math.ceil((last.endMs - before) / MINUTE_MS))}, starting ${context.start}`;
    return [
      {
        path: ["schedule", "finishBefore"],
        message: leadInMinutes > 0 ? `${message}; lead-in freezes from lessons add ${minutesText(leadInMinutes)}` : message,
        expected: "a projected finish before the deadline",
        hint: "start earlier, shorten bakes or minimum waits, widen the change windows, or agree a later `finishBefore`"
      }
    ];
  }
};

// action/src/lint/rules/flag-dark-launch.ts
var flagDarkLaunch = {
  id: "flag-dark-launch",
  title: "Flags ship dark",
  defaultSeverity: "error",
  rationale: "Deploying code with its feature off makes the binary rollout a no-op: if the deploy goes wrong it is a plain revert, and the feature is turned on later, gradually, by a switch that can be flipped back in seconds.",
  fix: "Set `default: off` on the flag (or leave it out: off is the default) and turn it on with flag steps.",
  check(plan) {
    return (plan.flags ?? []).flatMap(
      (flag, i) => flag.default === "on" ? [
        {
          path: ["flags", i, "default"],
          message: `flag "${flag.key}" ships turned on`,
          expected: "`default: off` (dark launch)",
          hint: "ship it off and add a flag step with a ramp"
        }
      ] : []
    );
  }
};

// action/src/lint/rules/flag-first-ramp.ts
var FULL_ROLLOUT_PERCENT = 100;
var flagFirstRamp = {
  id: "flag-first-ramp",
  title: "No flag goes straight to 100% of users",
  defaultSeverity: "error",
  rationale: "The first activation is when unknown bugs meet real traffic. Turning a flag on for everyone at once skips the small cohort (employees, a few percent) whose problems are cheap to find and fix. What counts is the share of the whole population: 100% of one small cell is a small start.",
  fix: "In the first canary or production phase that turns the flag on, start the ramp with a small cohort, e.g. `ramp: [{percent: 1, of: users, cohort: employees}, {percent: 5, of: users}]`, and grow it over phases. A stage that counts within the phase's targets (`of: targets`) needs the phase sized: an `audience` or targets with a `share`.",
  check(plan) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    plan.phases.forEach((phase, p) => {
      if (phase.environment !== "canary" && phase.environment !== "production") return;
      phase.steps.forEach((step, s) => {
        if (step.flag === void 0 || step.ramp === void 0 || seen.has(step.flag)) return;
        seen.add(step.flag);
        const first = step.ramp[0];
        if (!first) return;
        const reach = rampExposure(phase, first);
        const path = ["phases", p, "steps", s, "ramp", 0, "percent"];
        if (reach.overall === void 0) {
          if (first.percent < FULL_ROLLOUT_PERCENT) return;
          out.push({
            path,
            message: `flag "${step.flag}" is first turned on for ${rampText(first)} in phase "${phase.id}", and the plan does not say how much of the whole population those targets are`,
            expected: "a phase `audience` (e.g. `6% of requests`) or targets with a `share`, so the first stage can be sized",
            hint: "give each target its share, e.g. `targets: [{name: shard-07, kind: cell, share: 6%}]`"
          });
          return;
        }
        if (reach.overall >= FULL_ROLLOUT_PERCENT) {
          const scaled = reach.of === "targets" ? `, which is all of ${phase.id}'s population` : "";
          out.push({
            path,
            message: `flag "${step.flag}" is first turned on at ${rampText(first)} in phase "${phase.id}"${scaled}`,
            expected: "a first ramp stage that reaches part of the population, for a small cohort",
            hint: "start with employees or 1%, then grow the ramp in later stages or phases"
          });
        }
      });
    });
    return out;
  }
};

// action/src/lint/rules/freeze-landing.ts
var freezeLanding = {
  id: "freeze-landing",
  title: "Phases do not land inside freezes",
  defaultSeverity: "warning",
  rationale: "Changes made right before or during a high-stakes period (a sales peak, year-end, a launch) are the ones that take it down, and they are made because a schedule slipped into the window. Projecting the calendar from the start date shows which phase would fall inside a freeze while there is still time to start earlier or replan.",
  fix: "Start earlier (`--start`, or begin the rollout sooner), shorten the bakes before the phase, or plan the phase after the freeze. Phases never start on Fridays when the no-Friday rule is on.",
  comparesAcross: ["phases", "freezes"],
  check(plan, context) {
    const out = [];
    const windows = projectCalendar(plan, context.start, calendarOptionsOf(context));
    const byName = new Map((plan.freezes ?? []).map((f) => [f.name, f]));
    windows.forEach((window, p) => {
      const phase = plan.phases[p];
      if (!window.scheduled) {
        out.push({
          path: ["phases", p, "id"],
          message: `phase "${phase.id}" cannot be scheduled: no time in the next year is open for ${phase.environment}`,
          expected: "at least one time the phase may start",
          hint: "check the freeze dates, `every:` weekdays and the change windows under `schedule:`"
        });
        return;
      }
      for (const delay of window.delays) {
        const freeze = delay.freeze === void 0 ? void 0 : byName.get(delay.freeze);
        if (delay.reason !== "freeze" || !freeze?.from) continue;
        out.push({
          path: ["phases", p, "id"],
          message: `phase "${phase.id}" would start inside freeze "${freeze.name}" (${freeze.from} to ${freeze.to ?? freeze.from}); starting the rollout on ${context.start}, it slips ${minutesText(delay.minutes)} to ${calendarTimeText(window.startMs, plan)}`,
          expected: "phases scheduled outside freeze windows",
          hint: `start the rollout earlier, shorten the bakes before "${phase.id}", or plan it after ${freeze.to ?? freeze.from}`
        });
      }
    });
    return out;
  }
};

// action/src/plan/reversibility.ts
function rollbackOf(step) {
  if (step.rollback === void 0) return void 0;
  return typeof step.rollback === "string" ? { do: step.rollback } : step.rollback;
}
function undoSteps(phase) {
  return phase.steps.map((step, index) => {
    const undo = { number: index + 1, id: step.id, irreversible: isMarkedIrreversible(step) };
    const rollback = rollbackOf(step);
    if (rollback) undo.rollback = rollback;
    return undo;
  }).reverse();
}
function isMarkedIrreversible(item) {
  return item.irreversible === true || typeof item.irreversible === "string" && item.irreversible.trim() !== "";
}
function rollForwardOf(item) {
  const value = item.rollForward;
  if (value === void 0) return void 0;
  return typeof value === "string" ? { do: value } : value;
}
function whatOf(item) {
  return typeof item.irreversible === "string" ? item.irreversible : void 0;
}
function irreversibleParts(phase) {
  const phasePlan = rollForwardOf(phase);
  const parts = [];
  if (isMarkedIrreversible(phase)) {
    const part = {};
    const what = whatOf(phase);
    if (what !== void 0) part.what = what;
    if (phasePlan) part.rollForward = phasePlan;
    parts.push(part);
  }
  phase.steps.forEach((step, index) => {
    if (!isMarkedIrreversible(step)) return;
    const part = { step: { id: step.id, index } };
    const what = whatOf(step);
    if (what !== void 0) part.what = what;
    const plan = rollForwardOf(step) ?? phasePlan;
    if (plan) part.rollForward = plan;
    parts.push(part);
  });
  return parts;
}
function isIrreversible(phase) {
  return isMarkedIrreversible(phase) || phase.steps.some(isMarkedIrreversible);
}
function phaseResponse(plan, phase) {
  return isIrreversible(phase) || plan.policy?.prefer === "roll-forward" ? "roll-forward" : "roll-back";
}
function rollForwardPlans(phase) {
  const parts = irreversibleParts(phase);
  if (parts.length > 0) return parts.map((part) => part.rollForward ? { part, plan: part.rollForward } : { part });
  const own2 = rollForwardOf(phase);
  return own2 ? [{ plan: own2 }] : [];
}
function partName(part) {
  return part.step ? `step ${part.step.id}` : "the phase";
}
function rollForwardLines(phase) {
  return irreversibleParts(phase).map((part) => {
    const what = part.what ? ` (${part.what.trim().replace(/[.\s]+$/, "")})` : "";
    const how = part.rollForward ? `roll forward: ${part.rollForward.do}` : "the plan gives no roll-forward plan";
    return `${partName(part)} cannot be undone${what}; ${how}`;
  });
}

// action/src/lint/rules/irreversible-roll-forward.ts
function hasBackup(plan, step) {
  if (step.kind !== "migration" || step.migration === void 0) return false;
  const migration = (plan.compatibility?.migrations ?? []).find((m) => m.id === step.migration);
  return migration?.backup !== void 0;
}
function phaseHasSignoff(phase) {
  return (phase.gates ?? []).some((gate) => isGateOfKind(gate, "signoff"));
}
var irreversibleRollForward = {
  id: "irreversible-roll-forward",
  title: "What cannot be undone has a roll-forward plan and a sign-off",
  defaultSeverity: "error",
  rationale: "Some changes cannot be rolled back: installed app builds stay on phones, a dropped column is gone, a GA feature gate cannot be disabled. When one goes wrong the only way out is forward, and deciding how under pressure is slow. Writing the roll-forward plan (or keeping a backup to restore) beforehand, and having a person sign off before the point of no return, is what makes such a step safe to take.",
  fix: 'Give the irreversible phase or step `rollForward: {do: "\u2026", command: "\u2026"}` (a migration step may instead rely on its migration\'s `backup:`), and add a `{signoff: ["@team/approvers"], count: 1}` gate to its phase.',
  check(plan) {
    const out = [];
    (plan.phases ?? []).forEach((phase, p) => {
      const phaseMarked = isMarkedIrreversible(phase);
      const phasePlan = rollForwardOf(phase);
      if (phaseMarked && !phasePlan && !(phase.steps ?? []).some((step) => hasBackup(plan, step))) {
        out.push({
          path: ["phases", p, "irreversible"],
          message: `phase "${phase.id}" cannot be undone and has no roll-forward plan`,
          expected: "`rollForward:` saying what to fix and ship forward, or a migration step whose migration keeps a `backup:`",
          hint: 'add `rollForward: {do: "Ship the fix as \u2026", command: "\u2026"}` to the phase'
        });
      }
      const marked = [];
      (phase.steps ?? []).forEach((step, s) => {
        if (!isMarkedIrreversible(step)) return;
        marked.push(s);
        if (rollForwardOf(step) || phasePlan || hasBackup(plan, step)) return;
        const migration = step.migration === void 0 ? void 0 : (plan.compatibility?.migrations ?? []).find((m) => m.id === step.migration);
        out.push({
          path: ["phases", p, "steps", s, "irreversible"],
          message: `step "${step.id}" in phase "${phase.id}" cannot be undone and has neither a roll-forward plan nor a backup`,
          expected: migration ? `\`rollForward:\` on the step or its phase, or \`backup:\` on migration "${migration.id}"` : "`rollForward:` on the step or its phase",
          hint: 'add `rollForward: {do: "\u2026", command: "\u2026"}` right under the step'
        });
      });
      if ((phaseMarked || marked.length > 0) && !phaseHasSignoff(phase)) {
        const path = phaseMarked ? ["phases", p, "irreversible"] : ["phases", p, "steps", marked[0], "irreversible"];
        out.push({
          path,
          // A sign-off gate cut for a schema error (a handle without its @) may have been the one.
          restsOn: ["phases", p, "gates"],
          message: `phase "${phase.id}" does something that cannot be undone without a sign-off gate`,
          expected: "a `signoff:` gate in the phase, so a person agrees before the point of no return",
          hint: signoffGateHint(plan)
        });
      }
    });
    return out;
  }
};

// action/src/plan/expect.ts
var EXPECT_UNIT_WORDS = /* @__PURE__ */ new Set([
  "ms",
  "s",
  "sec",
  "seconds",
  "min",
  "minutes",
  "h",
  "hours",
  "d",
  "days",
  "x",
  "ratio",
  "percent",
  "count",
  "req/s",
  "rps"
]);
var OPERATOR = /^(>=|<=|\u2265|\u2264|>|<|=)\s*/;
var NUMBER = /^([+-])?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?/;
var UNIT = /^\s?(%|[A-Za-z][A-Za-z/]*)/;
var NOTE_START = /^[\s;,(]/;
function operatorOf(symbol) {
  if (symbol === "\u2265") return ">=";
  if (symbol === "\u2264") return "<=";
  return symbol;
}
var FREE_TEXT_HINT = 'start with a comparison and a number, such as ">= 99.5%", "<= 12 ms" or "-20%" (a change against the baseline); what follows is kept as a note';
function parseExpect(text) {
  let rest = text.trim();
  const op = OPERATOR.exec(rest);
  if (op) rest = rest.slice(op[0].length);
  const number = NUMBER.exec(rest);
  if (!number)
    return {
      measurable: false,
      reason: op ? `"${op[1]}" is not followed by a number` : "it does not start with a comparison",
      hint: FREE_TEXT_HINT
    };
  const [whole, sign, digits, fraction] = number;
  rest = rest.slice(whole.length);
  const unitMatch = UNIT.exec(rest);
  let unit;
  if (unitMatch && (unitMatch[1] === "%" || EXPECT_UNIT_WORDS.has(unitMatch[1]))) {
    unit = unitMatch[1];
    rest = rest.slice(unitMatch[0].length);
  }
  if (rest !== "" && !NOTE_START.test(rest))
    return {
      measurable: false,
      reason: `"${whole}${unit ?? ""}" is followed by "${rest.slice(0, 12)}", which is not a known unit`,
      hint: `write the unit as one of %, ${[...EXPECT_UNIT_WORDS].join(", ")}, or put a space before a note`
    };
  const value = Number(`${sign ?? ""}${digits.replaceAll(",", "")}${fraction ?? ""}`);
  if (!Number.isFinite(value))
    return { measurable: false, reason: `"${whole.slice(0, 12)}\u2026" is too large a number`, hint: FREE_TEXT_HINT };
  const relative = sign !== void 0 && unit === "%";
  if (!op && !relative)
    return { measurable: false, reason: "it does not start with a comparison", hint: FREE_TEXT_HINT };
  const note = rest.replace(/^[\s;,]+/, "").trim();
  return {
    measurable: true,
    threshold: {
      op: op ? operatorOf(op[1]) : value < 0 ? "<=" : ">=",
      value,
      ...unit ? { unit } : {},
      relative,
      ...note ? { note } : {}
    }
  };
}
function parseQuantity(text) {
  const match = /([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?/.exec(text);
  if (!match) return void 0;
  const value = Number(`${match[1].replaceAll(",", "")}${match[2] ?? ""}`);
  const after = UNIT.exec(text.slice(match.index + match[0].length));
  const unit = after && (after[1] === "%" || EXPECT_UNIT_WORDS.has(after[1])) ? after[1] : void 0;
  return { value, ...unit ? { unit } : {} };
}

// action/src/plan/kpi-threshold.ts
var TIME_UNITS = {
  ms: 1,
  s: 1e3,
  sec: 1e3,
  seconds: 1e3,
  min: MINUTE_MS,
  minutes: MINUTE_MS,
  h: HOUR_MS,
  hours: HOUR_MS,
  d: DAY_MS,
  days: DAY_MS
};
var PERCENT_UNITS = /* @__PURE__ */ new Set(["%", "percent"]);
function convertUnit(value, unit, metricUnit) {
  const target = metricUnit?.trim().toLowerCase();
  if (unit === void 0 || unit.toLowerCase() === target) return { value };
  if (PERCENT_UNITS.has(unit)) {
    if (target === "ratio") return { value: value / 100 };
    if (target !== void 0 && PERCENT_UNITS.has(target)) return { value };
  }
  if (unit === "x" && target === "ratio") return { value };
  const from = TIME_UNITS[unit];
  const to = target === void 0 ? void 0 : TIME_UNITS[target];
  if (from !== void 0 && to !== void 0) return { value: value * from / to };
  return {
    reason: `it is in ${unit}, but the metric is ${target === void 0 ? "without a unit" : `in ${metricUnit}`}`
  };
}
function kpiThreshold(impact, metrics) {
  const parsed = parseExpect(impact.expect);
  if (!parsed.measurable) return parsed;
  const { threshold } = parsed;
  const metric = impact.metric === void 0 ? void 0 : own(metrics, impact.metric);
  if (!metric)
    return {
      measurable: false,
      reason: impact.metric === void 0 ? "the KPI names no metric" : `there is no metric "${impact.metric}"`,
      hint: "set `metric:` to a metric of `metrics` that measures the KPI"
    };
  if (threshold.relative) {
    const base = impact.baseline === void 0 ? void 0 : parseQuantity(impact.baseline);
    if (!base)
      return {
        measurable: false,
        reason: "a change against the baseline needs a baseline with a number",
        hint: 'give `baseline:` the KPI today, such as "180 ms"'
      };
    const converted2 = convertUnit(base.value, base.unit, metric.unit);
    if ("reason" in converted2)
      return {
        measurable: false,
        reason: `the baseline ${converted2.reason}`,
        hint: "write the baseline in the metric's unit (a percentage for a ratio)"
      };
    return {
      measurable: true,
      threshold: {
        op: threshold.op,
        value: converted2.value * (1 + threshold.value / 100),
        baseline: converted2.value,
        parsed: threshold
      }
    };
  }
  const converted = convertUnit(threshold.value, threshold.unit, metric.unit);
  if ("reason" in converted)
    return {
      measurable: false,
      reason: converted.reason,
      hint: threshold.unit !== void 0 && PERCENT_UNITS.has(threshold.unit) ? 'give the metric `unit: ratio` (0 to 1) or `unit: "%"`' : "write the number in the metric's unit"
    };
  return { measurable: true, threshold: { op: threshold.op, value: converted.value, parsed: threshold } };
}
var EQUAL_TOLERANCE = 1e-9;
function meetsThreshold(measured, threshold) {
  const { op, value } = threshold;
  switch (op) {
    case ">=":
      return measured >= value;
    case "<=":
      return measured <= value;
    case ">":
      return measured > value;
    case "<":
      return measured < value;
    case "=":
      return Math.abs(measured - value) <= EQUAL_TOLERANCE * Math.max(1, Math.abs(value));
  }
}

// action/src/lint/rules/kpi-measurable.ts
var kpiMeasurable = {
  id: "kpi-measurable",
  title: "A reviewed KPI has a measurable expectation",
  defaultSeverity: "warning",
  rationale: 'The KPI review measures each KPI that has a metric and a `reviewAfter`, and compares it with `expect`. Free text such as "better than before" cannot be compared, so the review would report "not measurable" and nobody would learn whether the rollout paid off.',
  fix: 'Start `expect` with a comparison and a number in the metric\'s unit: ">= 99.5%", "<= 12 ms", or a change against the baseline such as "-20%". Text after the number is kept as a note.',
  check(plan) {
    const out = [];
    plan.story.impact.forEach((impact, i) => {
      if (impact.metric === void 0 || impact.reviewAfter === void 0) return;
      const reading = kpiThreshold(impact, plan.metrics);
      if (reading.measurable) return;
      out.push({
        path: ["story", "impact", i, "expect"],
        message: `the review of "${impact.kpi}" cannot measure its expectation: ${reading.reason}`,
        expected: 'a comparison and a number, such as ">= 99.5%", "<= 12 ms" or "-20%"',
        hint: reading.hint
      });
    });
    return out;
  }
};

// action/src/lint/rules/metric-signals.ts
var metricSignals = {
  id: "metric-signals",
  title: "Both positive and negative signals are defined",
  defaultSeverity: "error",
  rationale: 'Negative signals (errors, latency) show harm; positive signals (hit rate, success) show the new code actually runs. Watching only errors cannot tell "healthy" from "never executed", and watching only success misses collateral damage.',
  fix: "Define at least one metric with `signal: positive` and one with `signal: negative` under `metrics:`.",
  comparesAcross: ["metrics"],
  check(plan) {
    const signals = new Set(Object.values(plan.metrics).map((m) => m.signal));
    const out = [];
    for (const signal of ["positive", "negative"]) {
      if (!signals.has(signal)) {
        out.push({
          path: ["metrics"],
          anchor: "key",
          message: `the metrics catalogue has no ${signal} signal`,
          expected: `a metric with \`signal: ${signal}\``,
          hint: signal === "positive" ? "add a hit-rate or success metric that proves the new path runs" : "add an error-rate or latency metric that shows harm"
        });
      }
    }
    return out;
  }
};

// action/src/lint/rules/metric-window-bake.ts
var metricWindowBake = {
  id: "metric-window-bake",
  title: "A gated metric's window fits inside the bake time",
  defaultSeverity: "warning",
  rationale: "A metric averaged over a window longer than the bake time still mostly reflects the previous phase: the gate passes on old data and the regression is diluted.",
  fix: "Shorten the metric's `window:` (or the gate's) or lengthen the phase's `bake:`.",
  comparesAcross: ["metrics"],
  check(plan) {
    const out = [];
    plan.phases.forEach((phase, p) => {
      const bake = phase.bake ? parseDuration(phase.bake) : void 0;
      if (bake === void 0) return;
      (phase.gates ?? []).forEach((gate, g) => {
        if (!isGateOfKind(gate, "metric")) return;
        const window = effectiveWindow(gate, own(plan.metrics, gate.metric));
        const windowMs = window ? parseDuration(window) : void 0;
        if (windowMs !== void 0 && windowMs > bake) {
          out.push({
            path: ["phases", p, "gates", g, gate.window ? "window" : "metric"],
            message: `metric "${gate.metric}" is aggregated over ${window}, longer than the ${phase.bake} bake of phase "${phase.id}"`,
            expected: `a window of at most ${phase.bake}`,
            hint: "set a shorter `window:` on this gate"
          });
        }
      });
    });
    return out;
  }
};

// action/src/lint/rules/metrics-per-phase.ts
var MAX_METRICS_PER_PHASE = 12;
var metricsPerPhase = {
  id: "metrics-per-phase",
  title: `At most ${MAX_METRICS_PER_PHASE} metrics per phase`,
  defaultSeverity: "warning",
  rationale: "Every extra metric is another chance of a false alarm and another number a tired person must read. A phase gated on dozens of metrics is either always red or ignored; choose the few that decide.",
  fix: `Keep at most ${MAX_METRICS_PER_PHASE} distinct metrics in a phase's gates; move the rest to dashboards.`,
  check(plan) {
    return plan.phases.flatMap((phase, p) => {
      const distinct = new Set(metricGates(phase).map((g) => g.metric));
      return distinct.size > MAX_METRICS_PER_PHASE ? [
        {
          path: ["phases", p, "gates"],
          anchor: "key",
          message: `phase "${phase.id}" gates on ${distinct.size} metrics`,
          expected: `at most ${MAX_METRICS_PER_PHASE}`,
          hint: "keep the metrics that would make you stop, and watch the rest on a dashboard"
        }
      ] : [];
    });
  }
};

// action/src/lint/rules/migration-safety.ts
var migrationSafety = {
  id: "migration-safety",
  title: "A data migration is throttled and backed up",
  defaultSeverity: "error",
  rationale: "An unthrottled migration competes with live traffic and can take the service down by itself; a migration without a kept backup cannot be rolled back once it has rewritten data, and corruption copies to every replica.",
  fix: "Give each migration `throttle:` (a rate), `backup: {what, keepFor}`, and say in `mixedState:` how the service behaves while data is half migrated.",
  check(plan) {
    const out = [];
    (plan.compatibility.migrations ?? []).forEach((migration, i) => {
      const at = ["compatibility", "migrations", i, "id"];
      if (migration.throttle === void 0) {
        out.push({
          path: at,
          message: `migration "${migration.id}" has no throttle`,
          expected: "`throttle:` with a rate limit",
          hint: "add e.g. `throttle: 500 rows/s per shard, paused above 70% CPU`"
        });
      }
      if (migration.backup === void 0) {
        out.push({
          path: at,
          message: `migration "${migration.id}" keeps no backup`,
          expected: "`backup: {what: \u2026, keepFor: \u2026}`",
          hint: "take a snapshot before the first batch and keep it until the contract stage is done"
        });
      }
      if (migration.mixedState === void 0) {
        out.push({
          path: at,
          message: `migration "${migration.id}" does not say how the half-migrated state is handled`,
          expected: "`mixedState:` describing reads and writes while data is part old, part new",
          hint: 'e.g. "readers try the new table first and fall back to the old one"'
        });
      }
    });
    return out;
  }
};

// action/src/lint/rules/phase-bake.ts
var phaseBake = {
  id: "phase-bake",
  title: "Every phase has a bake time",
  defaultSeverity: "error",
  rationale: "Many regressions need time or load to show: leaks, slow queues, daily batch jobs, the Monday peak. A bake time makes the rollout wait long enough for the metrics to mean something before the blast radius grows.",
  fix: "Add `bake: 24h` (or what the phase needs) to the phase.",
  check(plan) {
    return plan.phases.flatMap((phase, p) => {
      if (phase.bake === void 0) {
        return [
          {
            path: ["phases", p, "id"],
            message: `phase "${phase.id}" has no bake time`,
            expected: "`bake:` with a duration",
            hint: "add `bake: 24h`; a day covers the daily traffic cycle"
          }
        ];
      }
      return parseDuration(phase.bake) === 0 ? [
        {
          path: ["phases", p, "bake"],
          message: `phase "${phase.id}" bakes for zero time`,
          expected: "a duration above zero"
        }
      ] : [];
    });
  }
};

// action/src/lint/rules/phase-gate.ts
var phaseGate = {
  id: "phase-gate",
  title: "Every phase has at least one gate",
  defaultSeverity: "error",
  rationale: "A gate is the condition for moving on. Without one, promotion is a feeling: the rollout ramps past a bad metric because nothing said stop.",
  fix: "Add `gates:` with at least one metric threshold, check, sign-off or manual condition.",
  check(plan) {
    return plan.phases.flatMap(
      (phase, p) => (phase.gates ?? []).length > 0 ? [] : [
        {
          path: ["phases", p, "id"],
          message: `phase "${phase.id}" has no gates`,
          expected: "at least one gate: metric, check, signoff or manual",
          hint: "add e.g. `gates: [{metric: error_rate, max: 0.001}]`"
        }
      ]
    );
  }
};

// action/src/lint/rules/phase-watches-both.ts
var phaseWatchesBoth = {
  id: "phase-watches-both",
  title: "Canary and production phases gate on a positive and a negative metric",
  defaultSeverity: "error",
  rationale: "Where real users are exposed, a phase must prove both that the feature works and that it hurts nothing. A gate on errors alone promotes a feature that silently never ran.",
  fix: "In each canary or production phase, add a metric gate on a positive signal and one on a negative signal.",
  comparesAcross: ["metrics"],
  check(plan) {
    const out = [];
    plan.phases.forEach((phase, p) => {
      if (phase.environment !== "canary" && phase.environment !== "production") return;
      const watched = new Set(metricGates(phase).map((g) => signalOf(plan, g.metric)));
      if (watched.has(void 0)) return;
      for (const signal of ["positive", "negative"]) {
        if (!watched.has(signal)) {
          out.push({
            path: ["phases", p, phase.gates ? "gates" : "id"],
            anchor: "key",
            message: `phase "${phase.id}" exposes ${phase.environment} but gates on no ${signal} metric`,
            expected: `a metric gate on a \`signal: ${signal}\` metric`,
            hint: "add e.g. `{metric: <name>, min: \u2026}` for a positive signal or `{metric: <name>, max: \u2026}` for a negative one"
          });
        }
      }
    });
    return out;
  }
};

// action/src/lint/rules/production-readiness.ts
var listOf = (items, conjunction) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
var productionReadiness = {
  id: "production-readiness",
  title: "A plan that reaches production answers the production readiness questions",
  defaultSeverity: "warning",
  rationale: "Reviews of production incidents keep finding the same unanswered questions: can it be downgraded, what happens while old and new versions mix, what it costs at full load, how it fails and how that shows, what it depends on, and how anyone can tell it works. The Kubernetes production readiness review asks them before a feature reaches users; the answers are what the on-call engineer needs at 3 a.m.",
  fix: "Add a `readiness:` section with upgrade (how and downgrade), versionSkew, scalability, troubleshooting, dependencies and monitoring. Set the rule to `error` in rollbook.config.yaml to require it, or `off` where it does not apply.",
  check(plan) {
    const readiness = plan.readiness;
    const missing = READINESS_SECTIONS.filter((s) => readiness?.[s.key] === void 0).map((s) => s.title);
    if (missing.length === 0) return [];
    const p = plan.phases.findIndex((phase2) => phase2.environment === "production");
    if (p < 0) return [];
    const phase = plan.phases[p];
    return [
      readiness === void 0 ? {
        path: ["phases", p, "environment"],
        message: `phase "${phase.id}" goes to production, and the plan has no \`readiness\` section`,
        expected: "a `readiness:` section answering the production readiness questions",
        hint: "add `readiness:` with upgrade, versionSkew, scalability, troubleshooting, dependencies and monitoring (docs/plan-format.md#readiness)"
      } : {
        path: ["phases", p, "environment"],
        message: `phase "${phase.id}" goes to production, and the plan's readiness does not cover ${listOf(missing, "or")}`,
        expected: `readiness answers for ${listOf(missing, "and")}`,
        hint: "add the missing parts under `readiness:` (docs/plan-format.md#readiness)"
      }
    ];
  }
};

// action/src/lint/rules/production-signoff.ts
var productionSignoff = {
  id: "production-signoff",
  title: "Canary and production phases need a human sign-off",
  defaultSeverity: "error",
  rationale: "Metrics catch what someone thought to measure. Before real users are exposed, a person who can see the whole picture (support tickets, upcoming events, other rollouts) confirms the move.",
  fix: 'Add a gate `{signoff: ["@team/approvers"], count: 1}` to each canary and production phase.',
  check(plan) {
    return plan.phases.flatMap(
      (phase, p) => (phase.environment === "canary" || phase.environment === "production") && !(phase.gates ?? []).some((g) => isGateOfKind(g, "signoff")) ? [
        {
          // At its gates, where one is added; and a gate cut for a schema error (a handle
          // without its @) may have been the sign-off, so the finding is then left out.
          path: ["phases", p, phase.gates ? "gates" : "id"],
          anchor: "key",
          message: `phase "${phase.id}" reaches ${phase.environment} without a sign-off gate`,
          expected: "a `signoff:` gate",
          hint: signoffGateHint(plan)
        }
      ] : []
    );
  }
};

// action/src/lint/rules/ramp-stages.ts
var rampStages = {
  id: "ramp-stages",
  title: "A ramp's stages grow, wait, and end at the phase's audience",
  defaultSeverity: "warning",
  rationale: "A stage exists to stop and look before more people are exposed. A stage that neither holds nor pauses is passed straight through; one that repeats the last share for the same cohort exposes nobody new; a ramp that stops short of the phase's audience (or overshoots it) leaves the runbook, the calendar and the gate report describing a different rollout from the one that happens.",
  fix: "Give every stage but the last a `hold:` (e.g. `10m`) or a `pause:`, make each stage reach a larger share, and end at the `audience:` of the phase.",
  check(plan) {
    const out = [];
    plan.phases.forEach((phase, p) => {
      const stages = phase.stages ?? [];
      stages.forEach((stage, s) => {
        const path = ["phases", p, "stages", s];
        if (s < stages.length - 1 && stage.hold === void 0 && stage.pause === void 0) {
          out.push({
            path,
            message: `stage ${s + 1} of phase "${phase.id}" (${stage.percent}%) neither holds nor pauses`,
            expected: "`hold:` with a duration, or `pause:` saying what a person checks",
            hint: "add `hold: 10m`, or drop the stage"
          });
        }
        const before = stages[s - 1];
        if (before && stage.percent === before.percent && stage.cohort === before.cohort) {
          out.push({
            path: [...path, "percent"],
            message: `stage ${s + 1} of phase "${phase.id}" stays at ${stage.percent}% for the same cohort`,
            expected: "a larger share than the stage before, or another cohort",
            hint: "merge the two stages: one stage can hold and then pause"
          });
        }
      });
      const last = stages.at(-1);
      const audience = parseAudience(phase.audience)?.percent;
      if (last && audience !== void 0 && last.percent !== audience) {
        out.push({
          path: ["phases", p, "stages", stages.length - 1, "percent"],
          message: `the last stage of phase "${phase.id}" reaches ${last.percent}%, but the phase's audience is ${phase.audience}`,
          expected: `a last stage at ${audience}%`,
          hint: "end the ramp at the audience, or change `audience:` to what the phase really reaches"
        });
      }
    });
    return out;
  }
};

// action/src/lint/rules/ratio-threshold.ts
var THRESHOLD_KEYS = ["max", "min", "rollbackAt"];
function asFraction(value) {
  return Number((value / 100).toPrecision(12));
}
function ratioThresholdProblems(gate, metric, unit) {
  if (unit === void 0 || !isRatioUnit(unit)) return [];
  return THRESHOLD_KEYS.flatMap((key) => {
    const value = gate[key];
    if (value === void 0 || value >= 0 && value <= 1) return [];
    return [
      {
        key,
        written: `${key}: ${value}`,
        means: formatThreshold(value, unit),
        message: `\`${key}: ${value}\` on "${metric}", a ${unit}, is ${formatThreshold(value, unit)}`,
        expected: `a ${unit} from 0 to 1 (1% is 0.01)`,
        hint: value > 1 && value <= 100 ? `did you mean \`${key}: ${asFraction(value)}\` (${formatThreshold(asFraction(value), unit)})?` : `write it as a fraction of 1, or give "${metric}" the unit its values are in`
      }
    ];
  });
}
var ratioThreshold = {
  id: "ratio-threshold",
  title: "Thresholds on a ratio are fractions of 1",
  defaultSeverity: "warning",
  rationale: "A metric whose unit is `ratio` (or `fraction`) is a fraction of 1, shown as a percentage. A threshold written as a percentage, `min: 99` for 99%, means 9,900%: a success rate can never reach it, so the gate holds forever, and `max: 5` for an error rate of 5% never fails, so the gate watches nothing.",
  fix: "Write the threshold as a fraction (`0.99` for 99%), or give the metric the unit its values are in (`%` for percentages, `x` for a multiple).",
  comparesAcross: ["metrics"],
  check(plan) {
    const out = [];
    plan.phases.forEach((phase, p) => {
      (phase.gates ?? []).forEach((gate, g) => {
        if (!isGateOfKind(gate, "metric")) return;
        for (const { key, ...problem } of ratioThresholdProblems(
          gate,
          gate.metric,
          own(plan.metrics, gate.metric)?.unit
        ))
          out.push({ path: ["phases", p, "gates", g, key], ...problem });
      });
    });
    return out;
  }
};

// action/src/lint/rules/rollback-rehearsal.ts
var rollbackRehearsal = {
  id: "rollback-rehearsal",
  title: "Every phase rehearses its rollback",
  defaultSeverity: "error",
  rationale: "A rollback that was never run is a hypothesis. Rollbacks fail on expired credentials, missing old artifacts, schema changes and forgotten manual steps; rehearsing in each phase finds that before production needs it.",
  fix: 'Add `rehearsal:` to each phase: how and when its rollback is exercised (e.g. "roll back and forward once in staging before the bake starts").',
  check(plan) {
    return plan.phases.flatMap(
      (phase, p) => phase.rehearsal === void 0 ? [
        {
          path: ["phases", p, "id"],
          message: `phase "${phase.id}" does not say how its rollback is rehearsed`,
          expected: "`rehearsal:` describing the rollback drill",
          hint: 'e.g. `rehearsal: "Run the rollback steps on one canary host, then roll forward again"`'
        }
      ] : []
    );
  }
};

// action/src/lint/rules/signoff-not-author.ts
var signoffNotAuthor = {
  id: "signoff-not-author",
  title: "A sign-off is not only by the author",
  defaultSeverity: "error",
  rationale: "A sign-off is a second pair of eyes. When the only approver is the person who wrote the change, the gate records a decision nobody else checked.",
  fix: "List an approver other than the author (metadata.author, or the owners when no author is set), e.g. a team such as @acme/sre-leads.",
  check(plan) {
    const self = selfHandles(plan);
    const out = [];
    for (const [p, phase] of plan.phases.entries()) {
      for (const [g, gate] of (phase.gates ?? []).entries()) {
        if (!isGateOfKind(gate, "signoff")) continue;
        if (gate.signoff.every((h) => self.has(h.toLowerCase()))) {
          out.push({
            path: ["phases", p, "gates", g, "signoff"],
            message: `the sign-off in phase "${phase.id}" can only come from the change's own author (${gate.signoff.join(", ")})`,
            expected: "at least one approver who is not the author",
            hint: 'add a reviewer or team, e.g. `signoff: ["@acme/sre-leads"]`'
          });
        }
      }
    }
    return out;
  }
};

// action/src/lint/rules/step-rollback.ts
var NO_ROLLBACK = /^\s*(none|n\/?a|no|-+|tbd|todo|nothing|not possible)\s*\.?\s*$/i;
var stepRollback = {
  id: "step-rollback",
  title: "Every step has its own rollback",
  defaultSeverity: "error",
  rationale: 'Rollback is the first response to a bad rollout, and it is decided under pressure. A step without a written rollback is the one nobody knows how to undo at 3 a.m.; "we will figure it out" turns a five-minute revert into an outage.',
  fix: 'Give each step that changes something (every kind but `test`) `rollback: "How to undo it"` or `rollback: {do: ..., command: ...}`. If a step truly cannot be undone, mark it `irreversible:` and give its `rollForward:` plan (see irreversible-roll-forward).',
  check(plan) {
    const out = [];
    for (const [p, phase] of plan.phases.entries()) {
      for (const [s, step] of phase.steps.entries()) {
        const text = typeof step.rollback === "string" ? step.rollback : step.rollback?.do;
        if (text === void 0 && step.kind === "test") continue;
        if (isMarkedIrreversible(step)) continue;
        if (text === void 0) {
          out.push({
            path: ["phases", p, "steps", s, "id"],
            message: `step "${step.id}" in phase "${phase.id}" has no rollback`,
            expected: "a `rollback:` describing how to undo this step",
            hint: 'add `rollback: {do: "\u2026", command: "\u2026"}` right under the step'
          });
        } else if (NO_ROLLBACK.test(text)) {
          out.push({
            path: ["phases", p, "steps", s, "rollback"],
            message: `step "${step.id}" says it has no rollback ("${text.trim()}")`,
            expected: "a real way back, or what limits the damage",
            hint: "put the irreversible part behind a flag or keep the old data; if it truly cannot be undone, mark it `irreversible:` with a `rollForward:` plan"
          });
        }
      }
    }
    return out;
  }
};

// action/src/lint/rules/story-numbers.ts
var HAS_NUMBER = /[0-9]/;
var storyNumbers = {
  id: "story-numbers",
  title: "The KPI story has numbers",
  defaultSeverity: "warning",
  rationale: '"Faster" and "more reliable" cannot be checked after the rollout. A problem sized in numbers and an impact stated as a number is how the team learns whether the rollout was worth its risk.',
  fix: "Put a number in `story.size` and in each `story.impact[].expect` (and baseline).",
  check(plan) {
    const out = [];
    if (!HAS_NUMBER.test(plan.story.size)) {
      out.push({
        path: ["story", "size"],
        message: "the size of the problem has no number",
        expected: 'a measured size, e.g. "4.2% of rides, 18,000 a day"'
      });
    }
    plan.story.impact.forEach((impact, i) => {
      if (!HAS_NUMBER.test(impact.expect)) {
        out.push({
          path: ["story", "impact", i, "expect"],
          message: `the expected impact on "${impact.kpi}" has no number`,
          expected: 'a target such as ">= 0.98" or "-20% p99"'
        });
      }
    });
    return out;
  }
};

// action/src/lint/rules/waiver-reason.ts
var MIN_WAIVER_REASON_CHARS = 15;
var PLACEHOLDER = /^\s*(n\/?a|none|todo|tbd|because|not needed|no|-+|\.+)\s*$/i;
var waiverReason = {
  id: "waiver-reason",
  title: "A waiver explains itself",
  defaultSeverity: "error",
  rationale: 'Waivers are how a plan says "this rule does not fit here". Without a reason, the next reader cannot tell a considered exception from a silenced warning, and lessons get skipped by habit.',
  fix: `Write a reason of at least ${MIN_WAIVER_REASON_CHARS} characters saying why the rule or lesson does not apply.`,
  check(plan) {
    return (plan.waive ?? []).flatMap(
      (waiver, i) => waiver.reason.trim().length < MIN_WAIVER_REASON_CHARS || PLACEHOLDER.test(waiver.reason) ? [
        {
          path: ["waive", i, "reason"],
          message: `the waiver of ${waiver.rule ? `rule "${waiver.rule}"` : `lesson "${waiver.lesson}"`} gives no real reason`,
          expected: `a reason of at least ${MIN_WAIVER_REASON_CHARS} characters`,
          hint: 'say what makes this plan different, e.g. "read-only config, no user traffic"'
        }
      ] : []
    );
  }
};

// action/src/lint/rules.ts
var RULES = [
  stepRollback,
  irreversibleRollForward,
  phaseGate,
  phaseBake,
  rollbackRehearsal,
  metricSignals,
  phaseWatchesBoth,
  flagDarkLaunch,
  flagFirstRamp,
  rampStages,
  blastRadius,
  productionSignoff,
  productionReadiness,
  signoffNotAuthor,
  breakingDeprecation,
  migrationSafety,
  metricWindowBake,
  ratioThreshold,
  metricsPerPhase,
  freezeLanding,
  deadline,
  storyNumbers,
  kpiMeasurable,
  waiverReason
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// action/src/lint/unknown-rule.ts
var MAX_RULES_FOR_A_WORD = 4;
var RULE_ID_EXPECTED = "a rule id; `rollbook explain` lists them";
function ruleSuggestion(id) {
  const word = id.toLowerCase();
  const ids = RULES.map((r) => r.id).filter((ruleId) => ruleId.split("-").includes(word));
  if (ids.length === 1) return `did you mean "${ids[0]}"?`;
  if (ids.length > 1 && ids.length <= MAX_RULES_FOR_A_WORD) return `rules about ${word}: ${ids.join(", ")}`;
  return didYouMean(id, RULES_BY_ID.keys());
}
var unknownRuleHint = (id) => ruleSuggestion(id) ?? "run `rollbook explain` for the list";

export {
  MINUTE_MS,
  DAY_MS,
  WEEK_MS,
  utcDayMs,
  isRealDay,
  INSTANT_EXAMPLE,
  parseInstant,
  UTC_ZONE,
  isKnownTimeZone,
  knownTimeZones,
  formatUtcMinute,
  planTimeZone,
  parseClock,
  windowHours,
  parsePlanTime,
  normalizeCalendarStart,
  planDeadline,
  parseDuration,
  formatDuration,
  formatTime,
  formatUtcDay,
  isoSeconds,
  isStatusTime,
  stageKeys,
  totalHoldMs,
  stageAction,
  stageProgress,
  checkStages,
  freezeRule,
  freezeRuleCovers,
  frozenDaysWithin,
  calendarStartMs,
  projectCalendar,
  isStructuredTarget,
  targetLabel,
  rampExposure,
  rampText,
  phaseUnits,
  signoffsNeeded,
  compareMode,
  effectiveWindow,
  authorMaySignOff,
  displayUnit,
  formatNumber,
  formatMeasured,
  formatThreshold,
  chartValue,
  formatPercent,
  HANDLE_PATTERN,
  HANDLE_IN_TEXT,
  loginKey,
  ID_PATTERN,
  MAX_ID_CHARS,
  DURATION_PATTERN,
  Link,
  VARIABLE_VALUE_PATTERN,
  AUDIENCE_UNITS,
  AUDIENCE_PATTERN,
  MAX_ANALYSIS_LIMIT,
  Gate,
  PHASE_REF_PATTERN,
  RolloutPlan,
  ENVIRONMENT_ORDER,
  METRIC_ONLY_FIELDS,
  gateKindsOf,
  classifyGate,
  isGateOfKind,
  describeGate,
  idRecord,
  own,
  idRecordFrom,
  WEEKDAY_TITLES,
  shownTimeZone,
  calendarTimeText,
  minutesText,
  delayLabel,
  SEVERITY_RANK,
  rollbackOf,
  undoSteps,
  isMarkedIrreversible,
  rollForwardOf,
  irreversibleParts,
  isIrreversible,
  phaseResponse,
  rollForwardPlans,
  partName,
  rollForwardLines,
  kpiThreshold,
  meetsThreshold,
  ratioThresholdProblems,
  RULES,
  RULES_BY_ID,
  RULE_ID_EXPECTED,
  ruleSuggestion,
  unknownRuleHint
};
