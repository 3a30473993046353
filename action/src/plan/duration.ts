// Durations in plans are strings such as `24h` or `1d12h` (see DURATION_PATTERN in schema.ts).
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '../time/units.ts';

const UNIT_MS: Record<string, number> = {
  m: MINUTE_MS,
  h: HOUR_MS,
  d: DAY_MS,
  w: WEEK_MS,
};

/** Milliseconds in a plan duration, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (!/^([0-9]+[wdhm])+$/.test(text)) return undefined;
  let total = 0;
  for (const [, count, unit] of text.matchAll(/([0-9]+)([wdhm])/g)) {
    total += Number(count) * UNIT_MS[unit as string]!;
  }
  return total;
}

/** A compact human form of a duration in milliseconds: `7h 12m`, `2d 3h`, `0m`. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / MINUTE_MS));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (mins || parts.length === 0) parts.push(`${mins}m`);
  return parts.slice(0, 2).join(' ');
}
