// Week-over-week compares a metric now with the same query evaluated seven days
// earlier, rather than rewriting PromQL with `offset 1w`: it works the same for every
// provider (http-json and json-file have no offset), leaves the author's query text
// untouched (no parsing PromQL to place the modifier), and the two readings are plain
// instant requests that the shared query pool dedupes. For PromQL selectors both forms
// give the same result; only time()-based expressions differ.

import { WEEK_MS } from '../../time/units.ts';
import type { InstantRequest, MetricProvider, MetricReading } from './types.ts';

export { WEEK_MS };

/** The time a week before `at`. */
export function weekBefore(at: Date): Date {
  return new Date(at.getTime() - WEEK_MS);
}

export interface WeekOverWeekReadings {
  current: MetricReading;
  lastWeek: MetricReading;
}

/** The query at `at` and at `at - 7d`, read concurrently. */
export async function readWeekOverWeek(
  provider: MetricProvider,
  request: InstantRequest,
): Promise<WeekOverWeekReadings> {
  const [current, lastWeek] = await Promise.all([
    provider.instant(request),
    provider.instant({ ...request, at: weekBefore(request.at) }),
  ]);
  return { current, lastWeek };
}
