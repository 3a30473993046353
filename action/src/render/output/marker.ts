// Every generated file ends with a marker comment (text/marker.ts). It says the file is
// generated, and records the calendar start so `render --check` can re-render with the same start
// (the projection depends on it). Files without the marker are never treated as ours.
import { parseIsoDay } from '../../plan/calendar.ts';
import { marker, markerPattern } from '../../text/marker.ts';

const MARKER_NAME = 'generated';
const MARKER = markerPattern(MARKER_NAME, 'start=([0-9]{4}-[0-9]{2}-[0-9]{2}) [^\\n]*');
/** How far from the end of a file the marker is looked for. */
const MARKER_TAIL_CHARS = 512;

export function generatedMarker(start: string): string {
  if (parseIsoDay(start) === undefined) throw new RangeError(`invalid start date "${start}"`);
  return `${marker(MARKER_NAME, `start=${start} — edit the plan and run rollbook render, not this file`)}\n`;
}

/** Whether `text` was written by rollbook render, and from which calendar start. */
export function readGeneratedMarker(text: string): { start: string } | undefined {
  const match = MARKER.exec(text.slice(-MARKER_TAIL_CHARS));
  return match ? { start: match[1]! } : undefined;
}
