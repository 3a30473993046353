// Option parsing helpers shared by commands.

import { resolve } from 'node:path';
import { calendarDateHint } from '../plan/calendar-date-hint.ts';
import { normalizeCalendarStart } from '../plan/schedule.ts';
import { didYouMeanSuffix } from '../plan/suggest.ts';
import { templatesDirProblem } from '../templates/files.ts';
import { isRealDay } from '../time/day.ts';
import { INSTANT_EXAMPLE } from '../time/instant.ts';
import { UsageError } from './command.ts';

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const suggestion = typeof value === 'string' ? didYouMeanSuffix(value, allowed) : '';
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${String(value)}")${suggestion}`);
}

export function isoDate(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    throw new UsageError(`--${option} must be a date as YYYY-MM-DD (got "${text}")`);
  if (!isRealDay(text)) {
    throw new UsageError(`--${option} ${text} is not a calendar date: ${calendarDateHint(text)}`);
  }
  return text;
}

/** A calendar start: a date, or a time with `Z` or an offset (normalized to UTC); see normalizeCalendarStart. */
export function calendarStart(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isoDate(text, option);
  const parsed = normalizeCalendarStart(text);
  if (!parsed.ok) {
    throw new UsageError(
      `--${option} must be a date as YYYY-MM-DD or a time with Z or an offset such as ${INSTANT_EXAMPLE}${gotWhy(text, parsed.error)}`,
    );
  }
  return parsed.start;
}

/**
 * ` (got "…")`, and why when the text has the shape of a time but is not one (no zone, not on the
 * calendar): a text that is no time at all needs no second telling of the expected form.
 */
export function gotWhy(text: string, why: string): string {
  return /^\d{4}-\d{2}-\d{2}[Tt ]/.test(text) ? ` (got "${text}", which ${why})` : ` (got "${text}")`;
}

/**
 * A --templates directory, checked: the flag names the templates on purpose, so one that is not
 * there is bad usage, not a quiet fall back to the built-in templates.
 */
export async function templatesOption(value: string | undefined, cwd: string): Promise<string | undefined> {
  const problem = value === undefined ? undefined : await templatesDirProblem(resolve(cwd, value));
  if (problem) throw new UsageError(`--templates "${value}" ${problem}`);
  return value;
}
