// Groupings for the lessons index: by trigger (in the taxonomy's order), severity and service.
import { compareCodePoints, LESSON_SEVERITIES, TRIGGERS } from '../../../action/src/site-api.ts';
import type { LessonEntry } from './types.ts';

export interface Facet {
  value: string;
  lessons: LessonEntry[];
}

function group(lessons: readonly LessonEntry[], keys: (l: LessonEntry) => readonly string[], order: readonly string[]) {
  const groups = new Map<string, LessonEntry[]>(order.map((value) => [value, []]));
  for (const entry of lessons) {
    for (const key of new Set(keys(entry))) groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...groups]
    .map(([value, members]) => ({ value, lessons: members }))
    .sort((a, b) => rank(a.value) - rank(b.value) || compareCodePoints(a.value, b.value));
}

export function lessonFacets(lessons: readonly LessonEntry[]) {
  return {
    /** Every trigger of the taxonomy, even those with no lesson yet (the chart shows zeros). */
    triggers: group(lessons, (l) => [l.lesson.trigger], TRIGGERS),
    severities: group(lessons, (l) => [l.lesson.severity], LESSON_SEVERITIES).filter((f) => f.lessons.length > 0),
    services: group(lessons, (l) => l.lesson.services ?? [], []),
  };
}

/** Newest first, then by id, so the list reads like an incident log. */
export function byDateDesc(a: LessonEntry, b: LessonEntry): number {
  return compareCodePoints(b.lesson.date, a.lesson.date) || compareCodePoints(a.lesson.id, b.lesson.id);
}
