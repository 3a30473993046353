// /lessons/trigger/<trigger>.atom: one trigger's lessons as an Atom feed, for every trigger of the taxonomy.
import type { APIRoute } from 'astro';
import { FEED_TRIGGERS, lessonsFeedResponse } from '../../../lib/lesson-feeds.ts';

export function getStaticPaths() {
  return FEED_TRIGGERS.map((trigger) => ({ params: { trigger } }));
}

export const GET: APIRoute = ({ params }) => {
  const trigger = FEED_TRIGGERS.find((t) => t === params.trigger);
  return trigger ? lessonsFeedResponse(trigger) : new Response('No such trigger', { status: 404 });
};
