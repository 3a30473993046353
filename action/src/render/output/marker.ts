// Every generated file ends with a marker comment (text/marker.ts). It says the file is
// generated, and records the calendar start so `render --check` can re-render with the same start
// (the projection depends on it). Files without the marker are never treated as ours.
import { calendarStartMs } from '../../plan/calendar.ts';
import { marker, markerPattern } from '../../text/marker.ts';
import { UTC_ZONE } from '../../time/zone.ts';

const MARKER_NAME = 'generated';
/** A date, or a time to the minute or second with Z or an offset (`--start` after normalizing). */
const START = '[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2}))?';
const MARKER = markerPattern(MARKER_NAME, `start=(${START}) [^\\n]*`);
/** How far from the end of a file the marker is looked for. */
const MARKER_TAIL_CHARS = 512;

export function generatedMarker(start: string): string {
  if (!new RegExp(`^${START}$`).test(start)) throw new RangeError(`invalid start "${start}"`);
  // Throws a RangeError for a date or time that does not exist (2026-02-30).
  calendarStartMs(start, UTC_ZONE);
  return `${marker(MARKER_NAME, `start=${start} — edit the plan and run rollbook render, not this file`)}\n`;
}

/** Whether `text` was written by rollbook render, and from which calendar start. */
export function readGeneratedMarker(text: string): { start: string } | undefined {
  const match = MARKER.exec(text.slice(-MARKER_TAIL_CHARS));
  return match ? { start: match[1]! } : undefined;
}
