// The watch record as Rollbook last wrote it into a phase issue: read from the lines of the
// managed region only, never from people's notes (a record pasted below the region is ignored).
// One home for that reading, shared by the sync (which folds new readings into it) and
// `rollbook status` (which carries it to the site as a display cache).
import { decodeReadings } from '../watch/codec.ts';
import type { WatchRecord } from '../watch/readings.ts';
import { parseIssueBody } from './parse.ts';

/** The record in the managed region of `body`, or undefined when there is none or it is not valid. */
export function writtenReadings(body: string): WatchRecord | undefined {
  const written = parseIssueBody(body)
    .lines.filter((l) => l.role === 'generated')
    .map((l) => l.text);
  return decodeReadings(written);
}
