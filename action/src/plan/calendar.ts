// The projected calendar: the earliest instant each phase can start and finish, to the minute,
// from a start, the phases' durations and waits, the freezes, the no-Friday and no-weekend rules
// and the plan's change windows. Pure and independent of rendering: the runbook, the site, and
// the lint rules about freezes and deadlines all call it.
//
// The algorithm (documented in docs/templates.md, "The projected calendar"):
// 1. The first phase may start at `start`; every later phase when the previous one can finish.
//    A phase's `minWait` moves that earliest start later by the wait.
// 2. A phase may not start on a UTC day frozen for its environment, on a Friday (noFridays) or a
//    Saturday or Sunday (noWeekends) in the plan's time zone, nor outside every change window
//    that applies to its environment. While the candidate instant is blocked it jumps to the next
//    instant that could be allowed (the next UTC or local midnight, or the next window opening),
//    and the time jumped is counted against the reason that blocked it.
// 3. It finishes phaseMinimumDuration(phase) after it starts: the bake may run past midnight, a
//    window's end, into a Friday or a freeze. Finishing changes nothing.
// 4. Freezes with a day in [start, finish] are reported as touching the phase.

import { parseIsoDay } from '../time/day.ts';
import { DAY_MS, MINUTE_MS } from '../time/units.ts';
import {
  formatUtcMinute,
  formatZonedMinute,
  localTime,
  nextLocalMidnight,
  weekdayOfDay,
  zonedInstant,
} from '../time/zone.ts';
import { phaseMinimumDuration, phaseMinimumWait } from './phase-duration.ts';
import { changeWindows, parsePlanTime, planTimeZone, type WindowRule } from './schedule.ts';
import type { Freeze, Phase, RolloutPlan } from './schema.ts';

/** How far past its earliest start a phase start is searched for before the phase is reported unschedulable. */
export const MAX_LOOKAHEAD_DAYS = 366;

/** Why a start moved: a freeze (named in `freeze`), a weekday rule, no open change window, or the phase's minimum wait. */
export type DelayReason = 'wait' | 'freeze' | 'no-friday' | 'no-weekend' | 'window' | 'dependency';
/** The pseudo-freeze name the no-Friday rule used to be reported under; kept for readers of `reason`. */
export const NO_FRIDAY = 'no-friday';
export const NO_WEEKEND = 'no-weekend';

export interface CalendarDelay {
  reason: DelayReason;
  /** The freeze's name, for `reason: 'freeze'`. */
  freeze?: string;
  /** The other plan's phase waited for (`plan/phase`), for `reason: 'dependency'`. */
  phase?: string;
  /** Minutes the start moved because of it. */
  minutes: number;
}

export interface PhaseWindow {
  phaseId: string;
  /** Earliest start, UTC to the minute: `2026-11-02T09:00Z`. */
  start: string;
  /** Earliest finish (start + phaseMinimumDuration), UTC to the minute. */
  end: string;
  startMs: number;
  endMs: number;
  /** Start and finish in the plan's time zone with their offset (`2026-11-02T10:00+01:00`); null without `schedule.timeZone`. */
  startZoned: string | null;
  endZoned: string | null;
  /** Minutes between start and earliest finish (phaseMinimumDuration). */
  durationMinutes: number;
  /** Why the start moved past the previous phase's finish, in order of first occurrence; a wait comes first. */
  delays: CalendarDelay[];
  /** Names of freezes for this phase's environment with at least one day in [start, end], in plan order. */
  touching: string[];
  /** False when no allowed start was found within MAX_LOOKAHEAD_DAYS, or an earlier phase has none; start and end are then a guess. */
  scheduled: boolean;
  /**
   * The phases of other plans it `dependsOn`, with their projected finish when the caller gave it
   * (`notBefore`); only for a phase with `dependsOn`.
   */
  waitsFor?: { phase: string; finishMs?: number }[];
}

export interface CalendarOptions {
  /** A phase does not start on a Friday (in the plan's zone). Default true. */
  noFridays?: boolean;
  /** A phase does not start on a Saturday or Sunday (in the plan's zone). Default: as noFridays. */
  noWeekends?: boolean;
  /**
   * Starts from outside the plan, by phase id: the projected finish of each phase of another plan
   * it `dependsOn` (plan-calendars.ts). The phase starts no earlier than the latest of them.
   */
  notBefore?: ReadonlyMap<string, readonly { phase: string; ms: number }[]>;
}

/** A freeze reduced to a UTC-day test; undefined when its dates are not real dates (the validator reports those). */
export interface FreezeRule {
  name: string;
  environments: readonly string[] | undefined;
  first: number;
  last: number;
  weekdays: ReadonlySet<string> | undefined;
}

export function freezeRule(freeze: Freeze): FreezeRule | undefined {
  const from = freeze.from === undefined ? undefined : parseIsoDay(freeze.from);
  const to = freeze.to === undefined ? undefined : parseIsoDay(freeze.to);
  if ((freeze.from !== undefined && from === undefined) || (freeze.to !== undefined && to === undefined))
    return undefined;
  const weekdays = freeze.every ? new Set<string>(freeze.every) : undefined;
  if (!weekdays && from === undefined && to === undefined) return undefined;
  // A dated freeze without `to` is the single day `from`; without `from` it runs up to `to`.
  // With `every`, the dates bound the recurrence and either side may be open.
  const first = from ?? Number.NEGATIVE_INFINITY;
  return {
    name: freeze.name,
    environments: freeze.environments,
    first,
    last: to ?? (weekdays ? Infinity : first),
    weekdays,
  };
}

/** Is the freeze in force on UTC day `day` (days since 1970-01-01)? */
export function freezeRuleCovers(rule: FreezeRule, day: number): boolean {
  return day >= rule.first && day <= rule.last && (!rule.weekdays || rule.weekdays.has(weekdayOfDay(day)));
}

/** Does the freeze cover any UTC day in [from, to]? Constant time: a weekly freeze repeats within 7 days. */
function touches(rule: FreezeRule, from: number, to: number): boolean {
  const first = Math.max(from, rule.first);
  const last = Math.min(to, rule.last, first + 6);
  for (let day = first; day <= last; day++) if (freezeRuleCovers(rule, day)) return true;
  return false;
}

/**
 * The first and last UTC days in [from, to] the freeze covers, or undefined when it covers none.
 * Constant time, like `touches`: each end is found within a week.
 */
export function frozenDaysWithin(
  rule: FreezeRule,
  from: number,
  to: number,
): { first: number; last: number } | undefined {
  const low = Math.max(from, rule.first);
  const high = Math.min(to, rule.last);
  let first: number | undefined;
  for (let day = low; day <= Math.min(high, low + 6); day++) {
    if (freezeRuleCovers(rule, day)) {
      first = day;
      break;
    }
  }
  if (first === undefined) return undefined;
  for (let day = high; day >= Math.max(first, high - 6); day--)
    if (freezeRuleCovers(rule, day)) return { first, last: day };
  return { first, last: first };
}

function appliesTo(rule: { environments: readonly string[] | undefined }, phase: Phase): boolean {
  return !rule.environments || rule.environments.includes(phase.environment);
}

interface Block {
  reason: DelayReason;
  freeze?: string;
  /** The next instant worth trying, after the current one. */
  until: number;
}

interface PhaseRules {
  freezes: FreezeRule[];
  windows: WindowRule[];
  zone: string;
  noFridays: boolean;
  noWeekends: boolean;
}

/** Why a phase may not start at `at`, and the next instant to try; undefined when it may start. */
function blockAt(at: number, rules: PhaseRules): Block | undefined {
  const utcDay = Math.floor(at / DAY_MS);
  for (const rule of rules.freezes) {
    if (freezeRuleCovers(rule, utcDay)) return { reason: 'freeze', freeze: rule.name, until: (utcDay + 1) * DAY_MS };
  }
  const local = localTime(at, rules.zone);
  if (rules.noFridays && local.weekday === 'fri')
    return { reason: 'no-friday', until: nextLocalMidnight(at, rules.zone) };
  if (rules.noWeekends && (local.weekday === 'sat' || local.weekday === 'sun')) {
    return { reason: 'no-weekend', until: nextLocalMidnight(at, rules.zone) };
  }
  if (rules.windows.length === 0) return undefined;
  let nextOpening: number | undefined;
  for (const window of rules.windows) {
    if (window.days && !window.days.has(local.weekday)) continue;
    if (local.minute >= window.from && local.minute < window.to) return undefined;
    if (window.from > local.minute && (nextOpening === undefined || window.from < nextOpening))
      nextOpening = window.from;
  }
  const until =
    nextOpening === undefined ? nextLocalMidnight(at, rules.zone) : zonedInstant(local.day, nextOpening, rules.zone);
  return { reason: 'window', until };
}

function waitsFor(refs: readonly string[], known: readonly { phase: string; ms: number }[] = []) {
  return refs.map((phase) => {
    const finishMs = known.find((other) => other.phase === phase)?.ms;
    return finishMs === undefined ? { phase } : { phase, finishMs };
  });
}

/** Adds `minutes` to the delay for a reason, keeping first-occurrence order. */
function addDelay(delays: CalendarDelay[], block: Omit<Block, 'until'>, minutes: number): void {
  const found = delays.find((d) => d.reason === block.reason && d.freeze === block.freeze);
  if (found) found.minutes += minutes;
  else delays.push({ reason: block.reason, ...(block.freeze === undefined ? {} : { freeze: block.freeze }), minutes });
}

/** The instant a projection starts from: a date is its first moment in `zone`; a time must carry Z or an offset. */
export function calendarStartMs(start: string, zone: string): number {
  const parsed = parsePlanTime(start, zone, false);
  if (!parsed.ok) throw new RangeError(`Start "${start}" ${parsed.error}.`);
  // The calendar counts whole minutes: a start within a minute rounds up to the next one.
  return Math.ceil(parsed.ms / MINUTE_MS) * MINUTE_MS;
}

/**
 * Projects every phase of `plan` onto the calendar from `start`: a date (YYYY-MM-DD, its first
 * moment in the plan's time zone) or a time with `Z` or an offset. Throws a RangeError when
 * `start` is neither.
 */
export function projectCalendar(plan: RolloutPlan, start: string, options: CalendarOptions = {}): PhaseWindow[] {
  const zone = planTimeZone(plan);
  const shown = plan.schedule?.timeZone === undefined ? undefined : zone;
  const noFridays = options.noFridays ?? true;
  const noWeekends = options.noWeekends ?? noFridays;
  const freezes = (plan.freezes ?? []).map(freezeRule).filter((rule): rule is FreezeRule => rule !== undefined);
  const windows = changeWindows(plan);

  const out: PhaseWindow[] = [];
  let candidate = calendarStartMs(start, zone);
  for (const phase of plan.phases) {
    const rules: PhaseRules = {
      freezes: freezes.filter((rule) => appliesTo(rule, phase)),
      windows: windows.filter((rule) => appliesTo(rule, phase)),
      zone,
      noFridays,
      noWeekends,
    };
    const delays: CalendarDelay[] = [];
    const wait = phaseMinimumWait(phase);
    if (wait > 0) addDelay(delays, { reason: 'wait' }, wait / MINUTE_MS);
    let earliest = candidate + wait;
    for (const other of options.notBefore?.get(phase.id) ?? []) {
      if (other.ms <= earliest) continue;
      delays.push({ reason: 'dependency', phase: other.phase, minutes: Math.ceil((other.ms - earliest) / MINUTE_MS) });
      earliest = other.ms;
    }
    const limit = earliest + MAX_LOOKAHEAD_DAYS * DAY_MS;
    let at = earliest;
    // After a phase that cannot be scheduled, the rest are a guess too: not searched again.
    let scheduled = out.at(-1)?.scheduled ?? true;
    // Every jump moves at least a minute and at most to the next midnight or window opening, so
    // the loop runs a few times per day of lookahead at most.
    for (let block = scheduled ? blockAt(at, rules) : undefined; block; block = blockAt(at, rules)) {
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
      startZoned: shown === undefined ? null : formatZonedMinute(at, shown),
      endZoned: shown === undefined ? null : formatZonedMinute(end, shown),
      durationMinutes: duration / MINUTE_MS,
      delays,
      touching: rules.freezes.filter((rule) => touches(rule, Math.floor(at / DAY_MS), lastDay)).map((r) => r.name),
      scheduled,
      ...(phase.dependsOn ? { waitsFor: waitsFor(phase.dependsOn, options.notBefore?.get(phase.id)) } : {}),
    });
    candidate = end;
  }
  return out;
}
