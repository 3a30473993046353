// The projected calendar: the earliest day each phase can start and finish, from a start date,
// the bake times, the freeze windows and the no-Friday rule. Pure and independent of rendering:
// the runbook renderer and the "phases don't land inside freezes" lint rule both call it.
//
// The algorithm works in whole UTC days (documented in docs/templates.md, "Projected calendar"):
// 1. The first phase may start on `start`; every later phase on the day the previous one finishes.
// 2. A phase may not start on a day frozen for its environment, nor on a Friday (when noFridays).
//    While the candidate day is blocked, move one day later and count the day against the first
//    blocking reason (freezes in plan order, then the Friday rule).
// 3. It finishes `ceil(bake / 1 day)` days after it starts (same day when it has no bake), because
//    a phase starts at some time during its start day and its bake may run past midnight.
// 4. The finish day itself may be frozen: finishing a bake changes nothing. Freezes that have a day
//    in [start, end] are reported as touching the phase.
import { parseDuration } from './duration.ts';
import type { Freeze, Phase, RolloutPlan } from './schema.ts';

export const DAY_MS = 86_400_000;
/** How far past its earliest day a phase start is searched for before the phase is reported unschedulable. */
export const MAX_LOOKAHEAD_DAYS = 366;
/** The pseudo-freeze name that delays count against for the no-Friday rule. */
export const NO_FRIDAY = 'no-friday';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface CalendarDelay {
  /** The freeze name, or `no-friday`. */
  freeze: string;
  /** Days the start moved because of it. */
  days: number;
}

export interface PhaseWindow {
  phaseId: string;
  /** First day the phase may start, YYYY-MM-DD. */
  start: string;
  /** Earliest day the phase can finish (start + bake rounded up to days), YYYY-MM-DD. */
  end: string;
  /** The bake in whole days, rounded up; 0 without a bake. */
  bakeDays: number;
  /** Why the start moved past the day the previous phase finished, in order of first occurrence. */
  delays: CalendarDelay[];
  /** Names of freezes for this phase's environment with at least one day in [start, end], in plan order. */
  touching: string[];
  /** False when no allowed start day was found within MAX_LOOKAHEAD_DAYS; start and end are then a guess. */
  scheduled: boolean;
}

export interface CalendarOptions {
  /** A phase does not start on a Friday. Default true. */
  noFridays?: boolean;
}

/** Days since 1970-01-01 for a strict YYYY-MM-DD date, or undefined when it is not a real date. */
export function parseIsoDay(text: string): number | undefined {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return ms / DAY_MS;
}

export function formatIsoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `sun`…`sat` for a day number. */
export function weekdayOf(day: number): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7]!; // 1970-01-01 was a Thursday.
}

/** A freeze reduced to a day test; undefined when its dates are not real dates (the lint reports those). */
interface FreezeRule {
  name: string;
  environments: readonly string[] | undefined;
  covers(day: number): boolean;
}

function freezeRule(freeze: Freeze): FreezeRule | undefined {
  const from = freeze.from === undefined ? undefined : parseIsoDay(freeze.from);
  const to = freeze.to === undefined ? undefined : parseIsoDay(freeze.to);
  if ((freeze.from !== undefined && from === undefined) || (freeze.to !== undefined && to === undefined))
    return undefined;
  const weekdays = freeze.every ? new Set<string>(freeze.every) : undefined;
  if (!weekdays && from === undefined && to === undefined) return undefined;
  // A dated freeze without `to` is the single day `from`; without `from` it runs up to `to`.
  // With `every`, the dates bound the recurrence and either side may be open.
  const first = from ?? Number.NEGATIVE_INFINITY;
  const last = to ?? (weekdays ? Number.POSITIVE_INFINITY : first);
  return {
    name: freeze.name,
    environments: freeze.environments,
    covers: (day) => day >= first && day <= last && (!weekdays || weekdays.has(weekdayOf(day))),
  };
}

function appliesTo(rule: FreezeRule, phase: Phase): boolean {
  return !rule.environments || rule.environments.includes(phase.environment);
}

function bakeDaysOf(phase: Phase): number {
  const ms = phase.bake === undefined ? undefined : parseDuration(phase.bake);
  return ms === undefined ? 0 : Math.ceil(ms / DAY_MS);
}

/** The reason a phase may not start on `day`, or undefined when it may. */
function blockingReason(day: number, rules: readonly FreezeRule[], noFridays: boolean): string | undefined {
  for (const rule of rules) if (rule.covers(day)) return rule.name;
  if (noFridays && weekdayOf(day) === 'fri') return NO_FRIDAY;
  return undefined;
}

/**
 * Projects every phase of `plan` onto the calendar from `start` (YYYY-MM-DD, UTC).
 * Throws a RangeError when `start` is not a real date.
 */
export function projectCalendar(plan: RolloutPlan, start: string, options: CalendarOptions = {}): PhaseWindow[] {
  const first = parseIsoDay(start);
  if (first === undefined) throw new RangeError(`Start date "${start}" is not a real YYYY-MM-DD date.`);
  const noFridays = options.noFridays ?? true;
  const rules = (plan.freezes ?? []).map(freezeRule).filter((rule): rule is FreezeRule => rule !== undefined);

  const windows: PhaseWindow[] = [];
  let candidate = first;
  for (const phase of plan.phases) {
    const phaseRules = rules.filter((rule) => appliesTo(rule, phase));
    const delays = new Map<string, number>();
    let day = candidate;
    let scheduled = true;
    for (let reason = blockingReason(day, phaseRules, noFridays); reason; ) {
      if (day - candidate >= MAX_LOOKAHEAD_DAYS) {
        scheduled = false;
        break;
      }
      delays.set(reason, (delays.get(reason) ?? 0) + 1);
      day++;
      reason = blockingReason(day, phaseRules, noFridays);
    }
    const bakeDays = bakeDaysOf(phase);
    const end = day + bakeDays;
    windows.push({
      phaseId: phase.id,
      start: formatIsoDay(day),
      end: formatIsoDay(end),
      bakeDays,
      delays: [...delays].map(([freeze, days]) => ({ freeze, days })),
      touching: phaseRules.filter((rule) => touches(rule, day, end)).map((rule) => rule.name),
      scheduled,
    });
    candidate = end;
  }
  return windows;
}

function touches(rule: FreezeRule, from: number, to: number): boolean {
  for (let day = from; day <= to; day++) if (rule.covers(day)) return true;
  return false;
}
