// /lessons.atom: every lesson as an Atom feed, newest incident first.
import type { APIRoute } from 'astro';
import { lessonsFeedResponse } from '../lib/lesson-feeds.ts';

export const GET: APIRoute = () => lessonsFeedResponse();
