// Freeze windows. Dates and weekdays are UTC calendar days (as the plan format says).
// A dated freeze runs from `from` to `to`, both days included; `every` repeats on those
// weekdays (within the dates, when given). Read as plan/calendar.ts reads them: a dated
// freeze without `to` is the single day `from`, without `from` it runs up to `to`, and
// one with neither dates nor weekdays never applies (the validator reports these). A date
// that is not a real day fails closed: the freeze is in force until the plan is fixed.
// `environments` limits it to promotions into those environments. A PR with the hotfix
// label gets through only where `allowHotfix: true`.
import { freezeRule, freezeRuleCovers } from '../plan/calendar.ts';
import type { Environment, Freeze } from '../plan/schema.ts';
import { utcDayMs } from '../time/day.ts';
import { DAY_MS } from '../time/units.ts';
import type { FreezeResult } from './model.ts';

/** Dated freezes starting within this many days are shown as upcoming. */
export const UPCOMING_FREEZE_DAYS = 7;
/** How far ahead to look for the end of a freeze: a year covers any sane window. */
const MAX_SCAN_DAYS = 366;
export const DEFAULT_HOTFIX_LABEL = 'hotfix';

function startOfDay(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS) * DAY_MS;
}

/** Is the freeze in force on the UTC day starting at `day` (ms)? */
export function freezeCoversDay(freeze: Freeze, day: number): boolean {
  if (freeze.from === undefined && freeze.to === undefined && !freeze.every) return false;
  // The calendar's reading of the freeze (plan/calendar.ts), except that a bad date fails closed.
  const rule = freezeRule(freeze);
  return rule === undefined || freezeRuleCovers(rule, Math.floor(day / DAY_MS));
}

export function freezeAppliesTo(freeze: Freeze, environment: Environment): boolean {
  return !freeze.environments || freeze.environments.includes(environment);
}

/** The first UTC midnight after `day` on which the freeze is no longer in force. */
function endOf(freeze: Freeze, day: number): number | undefined {
  for (let d = day + DAY_MS, n = 0; n < MAX_SCAN_DAYS; d += DAY_MS, n++) {
    if (!freezeCoversDay(freeze, d)) return d;
  }
  return undefined;
}

function nextStart(freeze: Freeze, day: number): number | undefined {
  // Only dated freezes are announced ahead: a weekly one would always be "upcoming".
  if (freeze.from === undefined) return undefined;
  for (let d = day + DAY_MS, n = 0; n < UPCOMING_FREEZE_DAYS; d += DAY_MS, n++) {
    if (freezeCoversDay(freeze, d)) return d;
  }
  return undefined;
}

function hasBadDate(freeze: Freeze): boolean {
  return [freeze.from, freeze.to].some((d) => d !== undefined && utcDayMs(d) === undefined);
}

export interface FreezeQuery {
  at: Date;
  /** The environment of the phase being promoted to. */
  environment: Environment;
  labels?: readonly string[];
  hotfixLabel?: string;
}

export function evaluateFreezes(freezes: readonly Freeze[] | undefined, query: FreezeQuery): FreezeResult[] {
  const hotfixLabel = (query.hotfixLabel ?? DEFAULT_HOTFIX_LABEL).toLowerCase();
  const isHotfix = (query.labels ?? []).some((l) => l.toLowerCase() === hotfixLabel);
  const today = startOfDay(query.at);
  return (freezes ?? []).map((freeze) => {
    const result: FreezeResult = {
      name: freeze.name,
      reason: hasBadDate(freeze) ? `${freeze.reason} (its dates are not real days: fix the plan)` : freeze.reason,
      status: 'inactive',
      allowHotfix: freeze.allowHotfix === true,
    };
    if (freeze.environments) result.environments = [...freeze.environments];
    if (!freezeAppliesTo(freeze, query.environment)) {
      result.status = 'out-of-scope';
    } else if (freezeCoversDay(freeze, today)) {
      result.status = isHotfix && freeze.allowHotfix ? 'waived' : 'active';
      const end = endOf(freeze, today);
      if (end !== undefined) result.until = new Date(end).toISOString();
    } else {
      const start = nextStart(freeze, today);
      if (start !== undefined) {
        result.status = 'upcoming';
        result.startsAt = new Date(start).toISOString();
      }
    }
    return result;
  });
}
