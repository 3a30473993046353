// /plans/<name>.ics: the plan's projected phases and freezes as an iCalendar file.
import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { planCalendarFile } from '../../lib/calendar-files.ts';

export async function getStaticPaths() {
  return (await getCollection('plans')).map((entry) => ({ params: { name: entry.id } }));
}

export const GET: APIRoute = ({ params }) => planCalendarFile(params.name ?? '');
