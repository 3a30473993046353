// The lesson feeds the site publishes: every lesson, and one feed per trigger of the taxonomy (an
// empty one too, so a reader can follow a trigger before its first lesson), written by the
// engine's lessonsFeed. Links are absolute when the site's origin (ROLLBOOK_SITE) is known;
// without it they are root-relative and the feed has no rel="self". Also the <link rel="alternate">
// head entries that point browsers and readers at them.
import { getCollection } from 'astro:content';
import { ATOM_CONTENT_TYPE, type Lesson, lessonsFeed, TRIGGERS } from '../../../action/src/site-api.ts';
import { siteOptions } from './options.ts';
import type { LessonEntry } from './types.ts';
import { sitePaths } from './urls.ts';

export type FeedTrigger = (typeof TRIGGERS)[number];

export const feedTitle = (trigger?: FeedTrigger) => (trigger ? `Lessons: ${trigger}` : 'Lessons');

/** The feed of every lesson, or of `trigger`'s, as the response of a static endpoint. */
export async function lessonsFeedResponse(trigger?: FeedTrigger): Promise<Response> {
  const options = siteOptions();
  const paths = sitePaths(options.base);
  const site = options.site;
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const lessons = (await getCollection('lessons')).map((e) => (e.data as LessonEntry).lesson);
  const body = lessonsFeed(lessons, {
    title: feedTitle(trigger),
    urlOf: (lesson: Lesson) => absolute(paths.lesson(lesson.id)),
    alternate: absolute(paths.lessons()),
    ...(trigger ? { trigger } : {}),
    ...(site ? { self: absolute(paths.lessonsFeed(trigger)) } : {}),
  });
  return new Response(body, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
}

/** Head entries announcing the feeds (Starlight frontmatter `head`): every lesson's, then each trigger's given. */
export function feedHeadLinks(base: string, triggers: readonly FeedTrigger[] = []) {
  const paths = sitePaths(base);
  return [undefined, ...triggers].map((trigger) => ({
    tag: 'link' as const,
    attrs: {
      rel: 'alternate',
      type: 'application/atom+xml',
      title: feedTitle(trigger),
      href: paths.lessonsFeed(trigger),
    },
  }));
}

export { TRIGGERS as FEED_TRIGGERS };
