// Policy rule deadline: projects the calendar (plan/calendar.ts) from the run's start, with the
// lead-in freezes lessons add, and reports at `schedule.finishBefore` when the last phase would
// end after it or a phase finds no start. Quiet when the start is already past the deadline.
import { calendarStartMs, projectCalendar } from '../../plan/calendar.ts';
import { calendarTimeText, minutesText } from '../../plan/calendar-text.ts';
import { planDeadline, planTimeZone } from '../../plan/schedule.ts';
import { MINUTE_MS } from '../../time/units.ts';
import { calendarOptionsOf, type Rule } from '../rule.ts';

export const deadline: Rule = {
  id: 'deadline',
  title: 'The projected calendar finishes before the deadline',
  defaultSeverity: 'error',
  comparesAcross: ['phases', 'freezes', 'schedule'],
  rationale:
    'A rollout that has to be done by a date (a contract, a regulation, a freeze that starts) and is planned to finish after it gets rushed at the end: bakes are cut short and gates waved through. Projecting the calendar, with the freezes, change windows, waits and the lead-in freezes that lessons add, shows it while the plan can still change. Projected from a start at or after the deadline (a finished rollout validated later), nothing in the plan can meet it, so the rule stays quiet; the runbook still shows the deadline as missed.',
  fix: 'Start earlier (`--start`), shorten bakes or waits, widen the change windows, or move `schedule.finishBefore` after agreeing the new date.',
  check(plan, context) {
    const before = planDeadline(plan);
    if (before === undefined) return [];
    const withLeadIns = context.guardFreezes?.length
      ? { ...plan, freezes: [...(plan.freezes ?? []), ...context.guardFreezes] }
      : plan;
    const windows = projectCalendar(withLeadIns, context.start, calendarOptionsOf(context));
    const last = windows.at(-1);
    // Projected from a start at or after the deadline (a finished rollout validated today), no
    // change to the plan could meet it: the runbook shows the deadline as missed, lint stays quiet.
    if (!last || calendarStartMs(context.start, planTimeZone(plan)) >= before) return [];
    const unscheduled = windows.find((w) => !w.scheduled);
    if (!unscheduled && last.endMs <= before) return [];
    const leadIns = new Set((context.guardFreezes ?? []).map((f) => f.name));
    const leadInMinutes = windows
      .flatMap((w) => w.delays)
      .filter((d) => d.reason === 'freeze' && d.freeze !== undefined && leadIns.has(d.freeze))
      .reduce((sum, d) => sum + d.minutes, 0);
    const deadlineText = calendarTimeText(before, plan);
    const message = unscheduled
      ? `the rollout cannot meet its deadline (before ${deadlineText}): phase "${unscheduled.phaseId}" finds no start within a year`
      : `the projected finish, ${calendarTimeText(last.endMs, plan)}, misses the deadline (before ${deadlineText}) by ${minutesText(Math.ceil((last.endMs - before) / MINUTE_MS))}, starting ${context.start}`;
    return [
      {
        path: ['schedule', 'finishBefore'],
        message:
          leadInMinutes > 0 ? `${message}; lead-in freezes from lessons add ${minutesText(leadInMinutes)}` : message,
        expected: 'a projected finish before the deadline',
        hint: 'start earlier, shorten bakes or minimum waits, widen the change windows, or agree a later `finishBefore`',
      },
    ];
  },
};
