// The plans and lessons as the pages read them. Astro's getCollection() builds a new object for
// every entry on each call, and nearly every page asks for both collections: at 1,000 plans and
// 500 lessons that was millions of entry copies per build. A build's content never changes, so
// there each list is read once and shared (read-only: copy before sorting). The dev server
// reads them on every request, as its content changes under it.
import { getCollection } from 'astro:content';
import type { LessonEntry, PlanEntry } from './types.ts';

/** True in `astro dev`, where content changes while the server runs. */
const isDev = (import.meta as ImportMeta & { env?: { DEV?: boolean } }).env?.DEV === true;

let plans: Promise<readonly PlanEntry[]> | undefined;
let lessons: Promise<readonly LessonEntry[]> | undefined;

const readPlans = async (): Promise<readonly PlanEntry[]> => (await getCollection('plans')).map((e) => e.data);
const readLessons = async (): Promise<readonly LessonEntry[]> => (await getCollection('lessons')).map((e) => e.data);

/** Every plan's entry, in the collection's order. */
export function planEntries(): Promise<readonly PlanEntry[]> {
  if (isDev) return readPlans();
  plans ??= readPlans();
  return plans;
}

/** Every lesson's entry, in the collection's order. */
export function lessonEntries(): Promise<readonly LessonEntry[]> {
  if (isDev) return readLessons();
  lessons ??= readLessons();
  return lessons;
}
