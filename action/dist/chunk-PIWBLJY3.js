import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  DAY_MS,
  MINUTE_MS,
  READINESS_SECTIONS,
  UTC_ZONE,
  changeWindows,
  formatClock,
  formatDay,
  formatUtcMinute,
  formatZonedMinute,
  isGateOfKind,
  isMarkedIrreversible,
  localTime,
  nextLocalMidnight,
  own,
  parseAudience,
  parseDuration,
  parsePlanTime,
  phaseExposure,
  planDeadline,
  planTimeZone,
  rampExposure,
  rampText,
  rollForwardOf,
  totalHoldMs,
  weekdayOfDay,
  zonedInstant
} from "./chunk-YTGF5Z5Q.js";

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

// action/src/plan/phase-duration.ts
function phaseMinimumDuration(phase) {
  const bake = phase.bake === void 0 ? 0 : parseDuration(phase.bake) ?? 0;
  return totalHoldMs(phase) + bake;
}
function phaseMinimumWait(phase) {
  return phase.minWait === void 0 ? 0 : parseDuration(phase.minWait) ?? 0;
}

// action/src/plan/calendar.ts
var MAX_LOOKAHEAD_DAYS = 366;
function parseIsoDay(text) {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return void 0;
  return ms / DAY_MS;
}
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
function covers(rule, day) {
  return day >= rule.first && day <= rule.last && (!rule.weekdays || rule.weekdays.has(weekdayOfDay(day)));
}
function touches(rule, from, to) {
  const first = Math.max(from, rule.first);
  const last = Math.min(to, rule.last, first + 6);
  for (let day = first; day <= last; day++) if (covers(rule, day)) return true;
  return false;
}
function frozenDaysWithin(rule, from, to) {
  const low = Math.max(from, rule.first);
  const high = Math.min(to, rule.last);
  let first;
  for (let day = low; day <= Math.min(high, low + 6); day++) {
    if (covers(rule, day)) {
      first = day;
      break;
    }
  }
  if (first === void 0) return void 0;
  for (let day = high; day >= Math.max(first, high - 6); day--) if (covers(rule, day)) return { first, last: day };
  return { first, last: first };
}
function appliesTo(rule, phase) {
  return !rule.environments || rule.environments.includes(phase.environment);
}
function blockAt(at, rules) {
  const utcDay = Math.floor(at / DAY_MS);
  for (const rule of rules.freezes) {
    if (covers(rule, utcDay)) return { reason: "freeze", freeze: rule.name, until: (utcDay + 1) * DAY_MS };
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
    const message = unscheduled ? `the rollout cannot meet its deadline (before ${deadlineText}): phase "${unscheduled.phaseId}" finds no start within a year` : `the projected finish, ${calendarTimeText(last.endMs, plan)}, misses the deadline (before ${deadlineText}) by ${minutesText(Math.ceil((last.endMs - before) / 6e4))}, starting ${context.start}`;
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
  fix: 'Give the irreversible phase or step `rollForward: {do: "…", command: "…"}` (a migration step may instead rely on its migration\'s `backup:`), and add a `{signoff: ["@team/approvers"], count: 1}` gate to its phase.',
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
          hint: 'add `rollForward: {do: "Ship the fix as …", command: "…"}` to the phase'
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
          hint: 'add `rollForward: {do: "…", command: "…"}` right under the step'
        });
      });
      if ((phaseMarked || marked.length > 0) && !phaseHasSignoff(phase)) {
        const path = phaseMarked ? ["phases", p, "irreversible"] : ["phases", p, "steps", marked[0], "irreversible"];
        out.push({
          path,
          message: `phase "${phase.id}" does something that cannot be undone without a sign-off gate`,
          expected: "a `signoff:` gate in the phase, so a person agrees before the point of no return",
          hint: 'add `{signoff: ["@acme/sre-leads"], count: 1}` to its gates'
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
var OPERATOR = /^(>=|<=|≥|≤|>|<|=)\s*/;
var NUMBER = /^([+-])?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?/;
var UNIT = /^\s?(%|[A-Za-z][A-Za-z/]*)/;
var NOTE_START = /^[\s;,(]/;
function operatorOf(symbol) {
  if (symbol === "≥") return ">=";
  if (symbol === "≤") return "<=";
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
    return { measurable: false, reason: `"${whole.slice(0, 12)}…" is too large a number`, hint: FREE_TEXT_HINT };
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
  min: 6e4,
  minutes: 6e4,
  h: 36e5,
  hours: 36e5,
  d: 864e5,
  days: 864e5
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
        const window = gate.window ?? own(plan.metrics, gate.metric)?.window;
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
          expected: "`backup: {what: …, keepFor: …}`",
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
      for (const signal of ["positive", "negative"]) {
        if (!watched.has(signal)) {
          out.push({
            path: ["phases", p, phase.gates ? "gates" : "id"],
            anchor: "key",
            message: `phase "${phase.id}" exposes ${phase.environment} but gates on no ${signal} metric`,
            expected: `a metric gate on a \`signal: ${signal}\` metric`,
            hint: "add e.g. `{metric: <name>, min: …}` for a positive signal or `{metric: <name>, max: …}` for a negative one"
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
          path: ["phases", p, "id"],
          message: `phase "${phase.id}" reaches ${phase.environment} without a sign-off gate`,
          expected: "a `signoff:` gate",
          hint: 'add `{signoff: ["@acme/sre-leads"], count: 1}` to its gates'
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
            hint: 'add `rollback: {do: "…", command: "…"}` right under the step'
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
  metricsPerPhase,
  freezeLanding,
  deadline,
  storyNumbers,
  kpiMeasurable,
  waiverReason
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

export {
  freezeRule,
  frozenDaysWithin,
  calendarStartMs,
  projectCalendar,
  WEEKDAY_TITLES,
  shownTimeZone,
  calendarTimeText,
  minutesText,
  delayLabel,
  SEVERITY_RANK,
  kpiThreshold,
  meetsThreshold,
  RULES,
  RULES_BY_ID
};
