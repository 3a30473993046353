// The calendar files the site publishes: each plan's projected phases and freezes, and all plans
// in one file to subscribe to. The same projection as the plan pages (calendars.ts), written by
// the engine's calendarFile; each event links to its plan's page when the site's origin is known.
import { calendarFile, type PlanProjection } from '../../../action/src/site-api.ts';
import { siteProjections } from './calendars.ts';
import { lessonEntries, planEntries } from './collections.ts';
import { siteOptions } from './options.ts';
import { sitePaths } from './urls.ts';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

async function projections(): Promise<{
  byName: Map<string, PlanProjection>;
  options: ReturnType<typeof siteOptions>;
}> {
  const options = siteOptions();
  return { byName: siteProjections(await planEntries(), await lessonEntries(), options.start), options };
}

function write(selected: PlanProjection[], name: string, options: ReturnType<typeof siteOptions>): Response {
  const paths = sitePaths(options.base);
  const site = options.site;
  const body = calendarFile(selected, {
    name,
    start: options.start,
    ...(site ? { urlOf: (plan) => new URL(paths.plan(plan.metadata.name), site).href } : {}),
  });
  return new Response(body, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
}

/** The file of one plan. */
export async function planCalendarFile(name: string): Promise<Response> {
  const { byName, options } = await projections();
  const projection = byName.get(name);
  const selected = projection ? [projection] : [];
  return write(selected, `Rollout: ${selected[0]?.plan.metadata.title ?? name}`, options);
}

/** The file of every plan. */
export async function allCalendarFile(): Promise<Response> {
  const { byName, options } = await projections();
  return write([...byName.values()], 'Rollouts', options);
}
