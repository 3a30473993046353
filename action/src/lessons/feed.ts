// The lessons as an Atom feed: all of them, or those of one trigger, newest incident first. Entry
// ids come from lesson ids (urn:rollbook:lesson:<id>), so a reader never sees a lesson twice after
// a rebuild or a move of the site; `updated` is the incident's day, and the feed's is its newest
// lesson's (all lessons' for an empty trigger), so the same lessons give the same file. The
// summary is plain text from the front matter, never the Markdown story. Pure.
import { type AtomEntry, atomFeed } from '../atom/feed.ts';
import { compareCodePoints } from '../text/order.ts';
import { joinPhrases } from '../text/sentences.ts';
import { describeGuard } from './describe.ts';
import type { Lesson, Trigger } from './schema.ts';

/** A feed of no lessons at all still needs an `updated`: the start of the epoch, never the clock. */
const NO_LESSONS_UPDATED = '1970-01-01T00:00:00Z';

export interface LessonsFeedOptions {
  /** Only this trigger's lessons. */
  trigger?: Trigger;
  /** The feed's title, e.g. "Lessons" or "Lessons: config-push". */
  title: string;
  /** A lesson's page (absolute when the site's origin is known). */
  urlOf: (lesson: Lesson) => string;
  /** The feed's own URL, when absolute. */
  self?: string;
  /** The lessons page the feed follows. */
  alternate?: string;
  author?: string;
}

export const lessonEntryId = (id: string) => `urn:rollbook:lesson:${id}`;
export const lessonsFeedId = (trigger?: Trigger) =>
  trigger ? `urn:rollbook:lessons:trigger:${trigger}` : 'urn:rollbook:lessons';

const dayTime = (day: string) => `${day}T00:00:00Z`;

function newestFirst(a: Lesson, b: Lesson): number {
  return a.date === b.date ? compareCodePoints(a.id, b.id) : a.date < b.date ? 1 : -1;
}

function summary(lesson: Lesson): string {
  return [
    `${lesson.severity}, ${lesson.trigger}, ${lesson.date}.`,
    `Contributing factors: ${joinPhrases(lesson.contributingFactors)}`,
    `Detected: ${lesson.detection.how}`,
    `Guards: ${joinPhrases(lesson.guards.map((g) => describeGuard(g)))}`,
  ].join('\n');
}

function entry(lesson: Lesson, urlOf: (lesson: Lesson) => string): AtomEntry {
  return {
    id: lessonEntryId(lesson.id),
    title: lesson.title,
    updated: dayTime(lesson.date),
    link: urlOf(lesson),
    summary: summary(lesson),
    categories: [lesson.trigger, lesson.severity, ...(lesson.services ?? [])],
  };
}

/** The feed of `lessons` (all the site's lessons), or of one trigger's. */
export function lessonsFeed(lessons: readonly Lesson[], options: LessonsFeedOptions): string {
  const all = [...lessons].sort(newestFirst);
  const shown = options.trigger ? all.filter((l) => l.trigger === options.trigger) : all;
  const newest = shown[0] ?? all[0];
  return atomFeed({
    id: lessonsFeedId(options.trigger),
    title: options.title,
    updated: newest ? dayTime(newest.date) : NO_LESSONS_UPDATED,
    author: options.author ?? 'Rollbook',
    ...(options.self ? { self: options.self } : {}),
    ...(options.alternate ? { alternate: options.alternate } : {}),
    entries: shown.map((l) => entry(l, options.urlOf)),
  });
}
