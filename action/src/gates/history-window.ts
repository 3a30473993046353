// The span the history table and charts cover: since the phase being left was activated
// (or, before that is known, one bake back), up to the evaluation time, at most
// MAX_HISTORY_DAYS days, starting on a multiple of the step. Shared by the fetching edge and the pure history builder so both
// agree on the range (and the shared query pool sees identical range requests).
import { parseDuration } from '../plan/duration.ts';
import { DAY_MS } from '../time/units.ts';

/** Rows in the history table: two weeks is as far back as a daily decision looks. */
export const MAX_HISTORY_DAYS = 14;
/** With neither an activation time nor a bake, show the last day. */
export const DEFAULT_HISTORY_SPAN_MS = DAY_MS;
/** Points per range request: plenty for a daily table and a chart, small for the backend. */
export const MAX_RANGE_POINTS = 500;
/**
 * Range steps, seconds: the finest that keeps a window within MAX_RANGE_POINTS is used, the
 * first never finer than a typical scrape interval. A few fixed steps (not any multiple of a
 * minute) keep the step, and so the points, the same across runs minutes apart.
 */
export const RANGE_STEPS_SECONDS = [300, 600, 900, 1800, 3600, 7200] as const;

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
  const spanSeconds = (end - start) / 1000;
  const stepSeconds =
    RANGE_STEPS_SECONDS.find((step) => spanSeconds / step <= MAX_RANGE_POINTS) ?? RANGE_STEPS_SECONDS.at(-1)!;
  // The first point on a multiple of the step: a run minutes later reads the same points, so an
  // unchanged series draws an unchanged chart.
  const stepMs = stepSeconds * 1000;
  start = Math.ceil(start / stepMs) * stepMs;
  if (start >= end) return undefined;
  return { start: new Date(start), end: new Date(end), stepSeconds };
}
