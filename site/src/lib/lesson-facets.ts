// Counts and groupings for the lessons index: by trigger, severity and service.
import type { LessonEntry } from './types.ts';

/** The trigger taxonomy, in the order the chart shows it; other triggers follow, sorted. */
export const TRIGGERS = [
  'binary-push',
  'config-push',
  'user-behaviour-change',
  'processing-pipeline',
  'service-provider-change',
  'performance-decay',
  'capacity-management',
  'hardware',
] as const;

export interface Facet {
  value: string;
  lessons: LessonEntry[];
}

function group(lessons: readonly LessonEntry[], keys: (l: LessonEntry) => string[], order: readonly string[] = []) {
  const groups = new Map<string, LessonEntry[]>(order.map((value) => [value, []]));
  for (const lesson of lessons) {
    for (const key of new Set(keys(lesson))) groups.set(key, [...(groups.get(key) ?? []), lesson]);
  }
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...groups]
    .map(([value, members]) => ({ value, lessons: members }))
    .sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value));
}

export function lessonFacets(lessons: readonly LessonEntry[]) {
  return {
    /** Every taxonomy trigger (even with no lessons), then any other trigger in use. */
    triggers: group(lessons, (l) => [l.trigger], TRIGGERS),
    severities: group(lessons, (l) => [l.severity]),
    services: group(lessons, (l) => l.services),
  };
}

/** Newest first, then by id, so the list reads like an incident log. */
export function byDateDesc(a: LessonEntry, b: LessonEntry): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}
