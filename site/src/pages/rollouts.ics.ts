// /rollouts.ics: every plan's projected phases and freezes in one iCalendar file to subscribe to.
import type { APIRoute } from 'astro';
import { allCalendarFile } from '../lib/calendar-files.ts';

export const GET: APIRoute = () => allCalendarFile();
