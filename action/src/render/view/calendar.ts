// The projected calendar as the runbook shows it: one row per phase, the plan's freezes, and per
// phase the freezes that delayed or overlap it. The dates come from plan/calendar.ts.
import { NO_FRIDAY, type PhaseWindow } from '../../plan/calendar.ts';
import type { Freeze, RolloutPlan } from '../../plan/schema.ts';
import type { CellMd, TextMd } from '../../text/brands.ts';
import { cellCodeSpan, codeSpan } from '../../text/markdown-code.ts';
import { escapeMarkdownInline, joinMd } from '../../text/markdown-inline.ts';
import { cell, EMPTY_CELL, md, plural, text } from './format.ts';
import type { CalendarRow, CalendarView, FreezeRow, FreezeTouchView, PhaseView } from './types.ts';

const WEEKDAY_NAMES: Record<string, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

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
  const days = freeze.every.map((day) => WEEKDAY_NAMES[day] ?? day).join(', ');
  return text(dates ? `every ${days}, ${dates}` : `every ${days}`);
}

function delaysCell(window: PhaseWindow): CellMd {
  if (window.delays.length === 0) return EMPTY_CELL;
  return joinMd(
    window.delays.map((d) => {
      const name = d.freeze === NO_FRIDAY ? ('no-Friday rule' as CellMd) : cellCodeSpan(d.freeze);
      return md<CellMd>`${name} +${d.days}d`;
    }),
  );
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
      start: text(window.start),
      finish: window.scheduled ? text(window.end) : md<CellMd>`not found within a year`,
      bake: phase.window.bake ?? EMPTY_CELL,
      delays: delaysCell(window),
    };
  });
}

export function freezeRows(plan: RolloutPlan): FreezeRow[] {
  return (plan.freezes ?? []).map((freeze) => ({
    name: cellCodeSpan(freeze.name),
    when: freezeWhen(freeze),
    environments: freeze.environments ? joinMd(freeze.environments.map(cellCodeSpan)) : ('all' as CellMd),
    reason: cell(freeze.reason),
  }));
}

export function calendarView(
  plan: RolloutPlan,
  windows: readonly PhaseWindow[],
  phases: readonly PhaseView[],
  start: string,
  noFridays: boolean,
): CalendarView {
  const last = windows.at(-1);
  return {
    start: text(start),
    noFridays,
    rows: calendarRows(plan, windows, phases),
    freezes: freezeRows(plan),
    finish: last ? text(last.end) : EMPTY_CELL,
    unscheduled: windows.some((window) => !window.scheduled),
  };
}

/** Sentences for the phase summary: "`weekend` moved the start by 2 days." */
export function delaySentences(window: PhaseWindow): TextMd[] {
  return window.delays.map((delay) => {
    const name = delay.freeze === NO_FRIDAY ? 'The no-Friday rule' : codeSpan(delay.freeze);
    return md<TextMd>`${name as TextMd} moved the start by ${plural(delay.days, 'day') as TextMd}.`;
  });
}

/** Freezes that delayed the phase or fall within its window, in plan order. */
export function freezeTouches(plan: RolloutPlan, window: PhaseWindow): FreezeTouchView[] {
  return (plan.freezes ?? []).flatMap((freeze) => {
    const delay = window.delays.find((d) => d.freeze === freeze.name);
    const overlaps = window.touching.includes(freeze.name);
    if (!delay && !overlaps) return [];
    const effects: string[] = [];
    if (delay) effects.push(`Moved the start by ${plural(delay.days, 'day')}.`);
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
