// Option parsing helpers shared by commands.
import { normalizeCalendarStart } from '../plan/schedule.ts';
import { INSTANT_EXAMPLE } from '../time/instant.ts';
import { UsageError } from './command.ts';

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${String(value)}")`);
}

export function isoDate(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(text)) {
    throw new UsageError(`--${option} must be a date as YYYY-MM-DD (got "${text}")`);
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
      `--${option} must be a date as YYYY-MM-DD or a time such as ${INSTANT_EXAMPLE}; "${text}" ${parsed.error}`,
    );
  }
  return parsed.start;
}

export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}
