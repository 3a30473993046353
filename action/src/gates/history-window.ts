// The span the history table and charts cover: since the phase being left was activated
// (or, before that is known, one bake back), up to the evaluation time, at most
// MAX_HISTORY_DAYS days. Shared by the fetching edge and the pure history builder so both
// agree on the range (and the shared query pool sees identical range requests).
import { parseDuration } from '../plan/duration.ts';

const DAY_MS = 86_400_000;
/** Rows in the history table: two weeks is as far back as a daily decision looks. */
export const MAX_HISTORY_DAYS = 14;
/** With neither an activation time nor a bake, show the last day. */
export const DEFAULT_HISTORY_SPAN_MS = DAY_MS;
/** Points per range request: plenty for a daily table and a chart, small for the backend. */
export const MAX_RANGE_POINTS = 500;
/** Never step finer than a typical scrape interval. */
export const MIN_STEP_SECONDS = 300;

export interface HistoryWindow {
  start: Date;
  end: Date;
  stepSeconds: number;
}

export function historyWindow(
  bake: string | undefined,
  activatedAt: Date | undefined,
  at: Date,
): HistoryWindow | undefined {
  const end = at.getTime();
  const bakeMs = bake === undefined ? undefined : parseDuration(bake);
  let start = activatedAt?.getTime() ?? end - (bakeMs || DEFAULT_HISTORY_SPAN_MS);
  const earliest = Math.floor(end / DAY_MS) * DAY_MS - (MAX_HISTORY_DAYS - 1) * DAY_MS;
  start = Math.max(start, earliest);
  if (start >= end) return undefined;
  const spanSeconds = (end - start) / 1000;
  const stepSeconds = Math.max(MIN_STEP_SECONDS, Math.ceil(spanSeconds / MAX_RANGE_POINTS / 60) * 60);
  return { start: new Date(start), end: new Date(end), stepSeconds };
}
