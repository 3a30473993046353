// The projected calendar as an iCalendar file (RFC 5545) that a calendar app can import or
// subscribe to: one event per projected phase (its earliest start to its earliest finish, UTC)
// and one all-day event per freeze (a weekly freeze as a weekly recurrence). Reproducible: UIDs
// come from plan, phase and freeze names, DTSTAMP is the projection's start (not the clock), and
// the events come in plan order. Plan text is escaped as TEXT (text.ts) and lines are folded
// (fold.ts). Pure.

import { calendarStartMs, type PhaseWindow } from '../plan/calendar.ts';
import { delayLabel, minutesText } from '../plan/calendar-text.ts';
import type { Freeze, RolloutPlan } from '../plan/schema.ts';
import { parseIsoDay } from '../time/day.ts';
import { DAY_MS } from '../time/units.ts';
import { formatDay, UTC_ZONE, weekdayOfDay } from '../time/zone.ts';
import { icsLines } from './fold.ts';
import { escapeIcsText } from './text.ts';

/** The domain half of every UID: the events are Rollbook's projection, not anyone's mailbox. */
export const UID_DOMAIN = 'rollbook.invalid';
export const PRODUCT_ID = '-//Rollbook//Projected rollout calendar//EN';

export interface PlanProjection {
  plan: RolloutPlan;
  windows: readonly PhaseWindow[];
}

export interface CalendarFileOptions {
  /** The calendar's name as apps show it. */
  name: string;
  /** Where the projection started (the site's start: YYYY-MM-DD or a time with Z or an offset): DTSTAMP and open freezes. */
  start: string;
  /** A page to link each event of a plan to (URL property), e.g. the plan's page on the site. */
  urlOf?: (plan: RolloutPlan) => string | undefined;
}

const BYDAY: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

/** `20261102T090000Z` */
function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `20261102` */
function dateStamp(day: number): string {
  return formatDay(day).replace(/-/g, '');
}

function text(name: string, value: string): string {
  return `${name}:${escapeIcsText(value)}`;
}

function phaseDescription(window: PhaseWindow, start: string): string {
  const lines = [
    window.scheduled
      ? `Projected from ${start}: the earliest this phase can start and finish if every earlier gate passes on time.`
      : `Projected from ${start}, but no allowed start within a year: these times are a guess.`,
  ];
  if (window.delays.length > 0)
    lines.push(`Delayed by: ${window.delays.map((d) => `${delayLabel(d)} +${minutesText(d.minutes)}`).join(', ')}`);
  if (window.touching.length > 0) lines.push(`Overlaps freezes: ${window.touching.join(', ')}`);
  return lines.join('\n');
}

function phaseEvent(
  projection: PlanProjection,
  window: PhaseWindow,
  index: number,
  start: string,
  common: string[],
): string[] {
  const { plan } = projection;
  const phase = plan.phases.find((p) => p.id === window.phaseId);
  return [
    'BEGIN:VEVENT',
    `UID:${plan.metadata.name}.phase.${window.phaseId}@${UID_DOMAIN}`,
    ...common,
    `DTSTART:${utcStamp(window.startMs)}`,
    // A zero-length phase has no DTEND: the event ends where it starts (RFC 5545 §3.6.1).
    ...(window.endMs > window.startMs ? [`DTEND:${utcStamp(window.endMs)}`] : []),
    text('SUMMARY', `${plan.metadata.title}: ${index + 1}. ${phase?.title ?? window.phaseId}`),
    text('DESCRIPTION', phaseDescription(window, start)),
    ...(phase ? [text('LOCATION', phase.environment)] : []),
    'STATUS:TENTATIVE',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** First day on or after `day` that is one of `weekdays`. */
function firstOf(day: number, weekdays: readonly string[]): number {
  for (let d = day; d < day + 7; d++) if (weekdays.includes(weekdayOfDay(d))) return d;
  return day;
}

/** The freeze's days as DTSTART/DTEND/RRULE lines; none when its dates are not real (the validator reports those) or it ends before `startDay`. */
function freezeDays(freeze: Freeze, startDay: number): string[] {
  const from = freeze.from === undefined ? undefined : parseIsoDay(freeze.from);
  const to = freeze.to === undefined ? undefined : parseIsoDay(freeze.to);
  if ((freeze.from !== undefined && from === undefined) || (freeze.to !== undefined && to === undefined)) return [];
  if (freeze.every) {
    // An open start is shown from the projection's first day: the past does not matter to it.
    const first = firstOf(from ?? startDay, freeze.every);
    if (to !== undefined && first > to) return [];
    const until = to === undefined ? '' : `;UNTIL=${dateStamp(to)}`;
    return [
      `DTSTART;VALUE=DATE:${dateStamp(first)}`,
      `DTEND;VALUE=DATE:${dateStamp(first + 1)}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${freeze.every.map((d) => BYDAY[d]).join(',')}${until}`,
    ];
  }
  if (from === undefined && to === undefined) return [];
  const first = from ?? startDay;
  const last = to ?? first;
  if (last < first) return [];
  return [`DTSTART;VALUE=DATE:${dateStamp(first)}`, `DTEND;VALUE=DATE:${dateStamp(last + 1)}`];
}

function freezeEvent(plan: RolloutPlan, freeze: Freeze, startDay: number, common: string[]): string[] {
  const days = freezeDays(freeze, startDay);
  if (days.length === 0) return [];
  const where = freeze.environments ? ` (${freeze.environments.join(', ')})` : '';
  return [
    'BEGIN:VEVENT',
    `UID:${plan.metadata.name}.freeze.${freeze.name}@${UID_DOMAIN}`,
    ...common,
    ...days,
    text('SUMMARY', `Freeze ${freeze.name}${where}: ${plan.metadata.title}`),
    text('DESCRIPTION', freeze.reason),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The file's text: CRLF line ends, folded lines, UTF-8 when encoded. */
export function calendarFile(projections: readonly PlanProjection[], options: CalendarFileOptions): string {
  const startMs = calendarStartMs(options.start, UTC_ZONE);
  const startDay = Math.floor(startMs / DAY_MS);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    text('X-WR-CALNAME', options.name),
  ];
  for (const projection of projections) {
    const url = options.urlOf?.(projection.plan);
    // URL is a URI value, not TEXT: it is not escaped, so a line break in it is refused.
    const common = [`DTSTAMP:${utcStamp(startMs)}`, ...(url && !/[\r\n]/.test(url) ? [`URL:${url}`] : [])];
    projection.windows.forEach((window, i) => {
      lines.push(...phaseEvent(projection, window, i, options.start, common));
    });
    for (const freeze of projection.plan.freezes ?? [])
      lines.push(...freezeEvent(projection.plan, freeze, startDay, common));
  }
  lines.push('END:VCALENDAR');
  return icsLines(lines);
}
