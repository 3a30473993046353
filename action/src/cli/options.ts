// Option parsing helpers shared by commands.
import { INSTANT_EXAMPLE, parseInstant } from '../time/instant.ts';
import { formatUtcMinute } from '../time/zone.ts';
import { UsageError } from './command.ts';

const MINUTE_MS = 60_000;

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

/**
 * A calendar start: a date (YYYY-MM-DD, kept as written: the calendar reads it in each plan's
 * time zone) or a time with `Z` or an offset, normalized to UTC to the minute (`2026-11-02T08:00Z`).
 * A time without a zone is refused, as everywhere in the CLI.
 */
export function calendarStart(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isoDate(text, option);
  const parsed = parseInstant(text);
  if (!parsed.ok) {
    throw new UsageError(
      `--${option} must be a date as YYYY-MM-DD or a time such as ${INSTANT_EXAMPLE}; "${text}" ${parsed.error}`,
    );
  }
  return formatUtcMinute(Math.ceil(parsed.date.getTime() / MINUTE_MS) * MINUTE_MS);
}

export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}
