// A freeze guard freezes the days leading up to an event the plan declares as a dated freeze
// (`peak-season-2026` from 2026-11-20): with `lead: 1w`, nothing changes from 2026-11-13 to
// 2026-11-19 either. Lessons cannot know a plan's calendar, so the event comes from the plan.
import type { Environment, Freeze } from '../plan/schema.ts';
import { DAY_MS } from '../time/units.ts';
import type { FreezeGuard } from './schema.ts';

const DAYS_PER_UNIT: Record<string, number> = { w: 7, d: 1 };

/** `1w3d` → 10. */
export function leadDays(lead: string): number {
  let days = 0;
  for (const [, amount, unit] of lead.matchAll(/([0-9]+)([wd])/g)) days += Number(amount) * DAYS_PER_UNIT[unit!]!;
  return days;
}

function shiftDay(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Does `name` match `pattern`, where `*` stands for any run of characters and every other
 * character is literal (`peak-season-*`)? Not a regular expression: `.*a.*a.*a…` backtracks
 * polynomially. Each `*` segment is matched at its first place from the left, which is enough for
 * wildcards: linear in the name for each segment.
 */
export function matchesEvent(pattern: string, name: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === name;
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (!name.startsWith(first) || name.length < first.length + last.length) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = name.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return name.endsWith(last);
}

/** The plan's dated freezes a guard's `before` names: the events it freezes the run-up to. */
export function eventsFor(guard: FreezeGuard, planFreezes: readonly Freeze[]): Freeze[] {
  return planFreezes.filter((event) => event.from !== undefined && matchesEvent(guard.before, event.name));
}

/** Does some event of the guard reach promotions into `environment`? */
export function eventsReach(events: readonly Freeze[], environment: Environment): boolean {
  return events.some((event) => !event.environments || event.environments.includes(environment));
}

export interface LeadIn {
  /** The plan freeze the lead-in precedes. */
  event: string;
  freeze: Freeze;
}

/**
 * The lead-in freezes for one guard: one per dated plan freeze whose name matches `before`,
 * limited to `environments` (and to the event's own environments, when it has some).
 */
export function leadInFreezes(
  guard: FreezeGuard,
  planFreezes: readonly Freeze[],
  environments: readonly Environment[],
  nameFor: (event: string) => string,
): LeadIn[] {
  const days = leadDays(guard.lead);
  return eventsFor(guard, planFreezes).flatMap((event) => {
    if (event.from === undefined || days === 0) return [];
    const scope = environments.filter((env) => !event.environments || event.environments.includes(env));
    if (scope.length === 0) return [];
    const freeze: Freeze = {
      name: nameFor(event.name),
      from: shiftDay(event.from, -days),
      to: shiftDay(event.from, -1),
      reason: guard.reason,
      environments: scope,
      allowHotfix: guard.allowHotfix ?? event.allowHotfix ?? false,
    };
    return [{ event: event.name, freeze }];
  });
}
