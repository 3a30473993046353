// The home page's order and filters (ADR 45): plans in flight first, then every other plan by
// its most recent activity, then by title. "In flight" means started and not done: a status
// whose current phase is past the first, or whose first phase has left not-started, and which
// is not done. A rolled-back phase keeps its plan in flight: someone has to act on it.

import { compareCodePoints } from '../../../action/src/site-api.ts';
import { filterToken } from './list-query.ts';
import type { PlanStatus, StatusFile } from './status.ts';
import type { PlanEntry } from './types.ts';

export type Progress = 'in-flight' | 'not-started' | 'finished';

export const PROGRESS_LABELS: Record<Progress, string> = {
  'in-flight': 'In flight',
  'not-started': 'Not started',
  finished: 'Finished',
};

export function progressOf(entry: PlanEntry, status: PlanStatus | undefined): Progress {
  return progressFrom(entry.plan.phases[0]?.id, status);
}

/** The same, from the plan's first phase id: the portfolio's plans carry no parsed plan. */
export function progressFrom(
  first: string | undefined,
  status: Pick<PlanStatus, 'phase' | 'state'> | undefined,
): Progress {
  if (!status) return 'not-started';
  if (status.state === 'done') return 'finished';
  if (status.state === 'not-started' && (status.phase === first || first === undefined)) return 'not-started';
  return 'in-flight';
}

export interface PlanListItem {
  entry: PlanEntry;
  status: PlanStatus | undefined;
  progress: Progress;
  /** When the plan last changed, ms since the epoch: its last commit, else its status's time. */
  activity: number | undefined;
  /** The state tokens the state filter matches: the progress, and the current phase's state while in flight. */
  states: string[];
}

/**
 * `lastChanged` says when a plan file was last committed (git), or undefined. A status's
 * `updatedAt` is when `rollbook status` ran (the same for every plan of one run), so it only
 * stands in when git cannot say.
 */
export function planListItems(
  entries: readonly PlanEntry[],
  status: StatusFile | undefined,
  lastChanged: (entry: PlanEntry) => Date | undefined,
): PlanListItem[] {
  const items = entries.map((entry): PlanListItem => {
    const current = status?.plans[entry.plan.metadata.name];
    const progress = progressOf(entry, current);
    const committed = lastChanged(entry)?.getTime();
    const reported = current ? Date.parse(current.updatedAt) : Number.NaN;
    const activity = committed ?? (Number.isNaN(reported) ? undefined : reported);
    const states: string[] = [progress];
    if (progress === 'in-flight' && current && current.state !== 'not-started') states.push(current.state);
    return { entry, status: current, progress, activity, states };
  });
  return items.sort(byFlightThenActivity);
}

const rank = (p: Progress) => (p === 'in-flight' ? 0 : 1);

export function byFlightThenActivity(a: PlanListItem, b: PlanListItem): number {
  return (
    rank(a.progress) - rank(b.progress) ||
    (b.activity ?? Number.NEGATIVE_INFINITY) - (a.activity ?? Number.NEGATIVE_INFINITY) ||
    compareCodePoints(a.entry.plan.metadata.title, b.entry.plan.metadata.title) ||
    compareCodePoints(a.entry.plan.metadata.name, b.entry.plan.metadata.name)
  );
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/**
 * Every distinct value of a facet (as its filter token) with how many items carry it, most
 * common first, then by label; `order` puts the values it names first, in its order.
 */
export function facetOptions<T>(
  items: readonly T[],
  values: (item: T) => readonly string[],
  order: readonly string[] = [],
): FacetOption[] {
  const options = new Map<string, FacetOption>();
  for (const item of items) {
    for (const label of new Set(values(item))) {
      const value = filterToken(label);
      const option = options.get(value) ?? { value, label, count: 0 };
      option.count++;
      options.set(value, option);
    }
  }
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...options.values()].sort(
    (a, b) => rank(a.value) - rank(b.value) || b.count - a.count || compareCodePoints(a.label, b.label),
  );
}
