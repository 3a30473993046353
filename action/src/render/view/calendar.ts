// The projected calendar as the runbook shows it: one row per phase, the plan's change windows,
// deadline and freezes, and per phase what delayed it and the freezes that overlap it. The times
// come from plan/calendar.ts and are worded by plan/calendar-text.ts, as on the site.
import type { CalendarDelay, PhaseWindow } from '../../plan/calendar.ts';
import { calendarTimeText, delayLabel, minutesText, shownTimeZone, WEEKDAY_TITLES } from '../../plan/calendar-text.ts';
import { planDeadline, windowHours } from '../../plan/schedule.ts';
import type { ChangeWindow, Freeze, RolloutPlan } from '../../plan/schema.ts';
import type { CellMd, TextMd } from '../../text/brands.ts';
import { cellCodeSpan, codeSpan } from '../../text/markdown-code.ts';
import { escapeMarkdownInline, joinMd } from '../../text/markdown-inline.ts';
import { cell, EMPTY_CELL, md, text } from './format.ts';
import type {
  CalendarRow,
  CalendarView,
  ChangeWindowRow,
  DeadlineView,
  FreezeRow,
  FreezeTouchView,
  PhaseView,
} from './types.ts';

/** When a freeze applies, e.g. "2025-12-19 to 2026-01-04" or "every Sat, Sun". */
export function freezeWhen(freeze: Freeze): TextMd {
  const dates =
    freeze.from !== undefined && freeze.to !== undefined
      ? `${freeze.from} to ${freeze.to}`
      : freeze.from !== undefined
        ? freeze.every
          ? `from ${freeze.from}`
          : freeze.from
        : freeze.to !== undefined
          ? `until ${freeze.to}`
          : '';
  if (!freeze.every) return text(dates);
  const days = freeze.every.map((day) => WEEKDAY_TITLES[day] ?? day).join(', ');
  return text(dates ? `every ${days}, ${dates}` : `every ${days}`);
}

/** A delay's name: a freeze as a code span, a rule or wait in words. */
function delayName(delay: CalendarDelay): CellMd {
  if (delay.reason === 'dependency') return md<CellMd>`waiting for ${cellCodeSpan(delay.phase ?? 'another plan')}`;
  return delay.reason === 'freeze' ? cellCodeSpan(delayLabel(delay)) : text(delayLabel(delay));
}

function delaysCell(window: PhaseWindow): CellMd {
  if (window.delays.length === 0) return EMPTY_CELL;
  return joinMd(window.delays.map((d) => md<CellMd>`${delayName(d)} +${text(minutesText(d.minutes))}`));
}

/** An instant of the calendar as text: "Mon 2026-11-02 10:00 Europe/Berlin (09:00 UTC)". */
export function timeText(ms: number, plan: RolloutPlan): TextMd {
  return text(calendarTimeText(ms, plan));
}

function calendarRows(plan: RolloutPlan, windows: readonly PhaseWindow[], phases: readonly PhaseView[]): CalendarRow[] {
  return windows.map((window, i) => {
    const phase = phases[i]!;
    // Link text cannot hold another link, so URLs in the title stay plain text here.
    const title = escapeMarkdownInline(plan.phases[i]!.title, { linkText: true });
    return {
      number: phase.number,
      phase: md<CellMd>`[${title}](#${phase.anchor as TextMd})`,
      environment: phase.environment,
      start: timeText(window.startMs, plan),
      finish: window.scheduled ? timeText(window.endMs, plan) : md<CellMd>`not found within a year`,
      bake: rampAndBakeCell(phase),
      delays: delaysCell(window),
    };
  });
}

/** The bake, after the ramp's holds when the phase has stages: `45m holds, then 1h`. */
function rampAndBakeCell(phase: PhaseView): CellMd {
  const holds = phase.stages?.totalHold;
  const bake = phase.window.bake;
  if (!holds) return bake ?? EMPTY_CELL;
  return bake ? md<CellMd>`${holds} holds, then ${bake}` : md<CellMd>`${holds} holds`;
}

export function freezeRows(plan: RolloutPlan): FreezeRow[] {
  return (plan.freezes ?? []).map((freeze) => ({
    name: cellCodeSpan(freeze.name),
    when: freezeWhen(freeze),
    environments: freeze.environments ? joinMd(freeze.environments.map(cellCodeSpan)) : ('all' as CellMd),
    reason: cell(freeze.reason),
  }));
}

/** "Mon, Tue" for a window's days, "every day" without any. */
function windowDays(window: ChangeWindow): CellMd {
  return text(window.days ? window.days.map((day) => WEEKDAY_TITLES[day] ?? day).join(', ') : 'every day');
}

export function changeWindowRows(plan: RolloutPlan): ChangeWindowRow[] {
  return (plan.schedule?.windows ?? []).map((window) => {
    const { from, to } = windowHours(window);
    return {
      days: windowDays(window),
      hours: text(`${from} to ${to}`),
      environments: window.environments ? joinMd(window.environments.map(cellCodeSpan)) : ('all' as CellMd),
    };
  });
}

/** The deadline and whether the projection meets it; null without `schedule.finishBefore`. */
export function deadlineView(plan: RolloutPlan, windows: readonly PhaseWindow[]): DeadlineView | null {
  const deadline = planDeadline(plan);
  const last = windows.at(-1);
  if (deadline === undefined || !last) return null;
  const met = windows.every((w) => w.scheduled) && last.endMs <= deadline;
  const marginMinutes = Math.ceil(Math.abs(deadline - last.endMs) / 60_000);
  return { before: timeText(deadline, plan), met, margin: text(minutesText(marginMinutes)) };
}

export interface CalendarRules {
  noFridays: boolean;
  noWeekends: boolean;
}

export function calendarView(
  plan: RolloutPlan,
  windows: readonly PhaseWindow[],
  phases: readonly PhaseView[],
  start: string,
  rules: CalendarRules,
): CalendarView {
  const last = windows.at(-1);
  const zone = shownTimeZone(plan);
  return {
    start: text(start),
    timeZone: zone === null ? null : text(zone),
    noFridays: rules.noFridays,
    noWeekends: rules.noWeekends,
    waits: plan.phases.some((phase) => phase.minWait !== undefined),
    holds: phases.some((phase) => phase.stages?.totalHold),
    rows: calendarRows(plan, windows, phases),
    windows: changeWindowRows(plan),
    deadline: deadlineView(plan, windows),
    freezes: freezeRows(plan),
    finish: last ? timeText(last.endMs, plan) : EMPTY_CELL,
    unscheduled: windows.some((window) => !window.scheduled),
  };
}

/** Sentences for the phase summary: "`weekend` moved the start by 2d." */
export function delaySentences(window: PhaseWindow): TextMd[] {
  return window.delays.map((delay) => {
    const amount = text(minutesText(delay.minutes));
    switch (delay.reason) {
      case 'wait':
        return md<TextMd>`The minimum wait moved the start by ${amount}.`;
      case 'freeze':
        return md<TextMd>`${codeSpan(delayLabel(delay)) as TextMd} moved the start by ${amount}.`;
      case 'window':
        return md<TextMd>`Waiting for a change window moved the start by ${amount}.`;
      case 'dependency':
        return md<TextMd>`Waiting for ${codeSpan(delay.phase ?? 'another plan') as TextMd} (another plan) moved the start by ${amount}.`;
      default:
        return md<TextMd>`The ${text(delayLabel(delay))} moved the start by ${amount}.`;
    }
  });
}

/**
 * Sentences for the other plans' phases this one waits for that did not move its start (those
 * that did have a delay sentence): when they are projected to finish, or that it is not known.
 */
export function waitSentences(window: PhaseWindow, plan: RolloutPlan): TextMd[] {
  const delayed = new Set(window.delays.flatMap((d) => (d.reason === 'dependency' && d.phase ? [d.phase] : [])));
  return (window.waitsFor ?? [])
    .filter((other) => !delayed.has(other.phase))
    .map((other) =>
      other.finishMs === undefined
        ? md<TextMd>`Waits for ${codeSpan(other.phase) as TextMd} (another plan), whose projection is not known here.`
        : md<TextMd>`Waits for ${codeSpan(other.phase) as TextMd} (another plan), projected to finish ${timeText(other.finishMs, plan)}, before this start.`,
    );
}

/** Freezes that delayed the phase or fall within its window, in plan order. */
export function freezeTouches(plan: RolloutPlan, window: PhaseWindow): FreezeTouchView[] {
  return (plan.freezes ?? []).flatMap((freeze) => {
    const delay = window.delays.find((d) => d.freeze === freeze.name);
    const overlaps = window.touching.includes(freeze.name);
    if (!delay && !overlaps) return [];
    const effects: string[] = [];
    if (delay) effects.push(`Moved the start by ${minutesText(delay.minutes)}.`);
    if (overlaps) effects.push('Falls between the start and the earliest finish: no changes on those days.');
    return [
      {
        name: codeSpan(freeze.name),
        reason: text(freeze.reason),
        when: freezeWhen(freeze),
        effect: effects.join(' ') as TextMd,
      },
    ];
  });
}

export function bakeText(bake: string | undefined): TextMd | null {
  return bake === undefined ? null : text(bake);
}
