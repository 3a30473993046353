// Policy rule freeze-landing: projects the calendar and reports, at the phase's id, a phase whose
// start a dated freeze would push back, or one that finds no open start within a year. Weekly
// freezes and change windows shift starts routinely and are not reported.
import { projectCalendar } from '../../plan/calendar.ts';
import { calendarTimeText, minutesText } from '../../plan/calendar-text.ts';
import { calendarOptionsOf, type Rule, type RuleFinding } from '../rule.ts';

export const freezeLanding: Rule = {
  id: 'freeze-landing',
  title: 'Phases do not land inside freezes',
  defaultSeverity: 'warning',
  rationale:
    'Changes made right before or during a high-stakes period (a sales peak, year-end, a launch) are the ones that take it down, and they are made because a schedule slipped into the window. Projecting the calendar from the start date shows which phase would fall inside a freeze while there is still time to start earlier or replan.',
  fix: 'Start earlier (`--start`, or begin the rollout sooner), shorten the bakes before the phase, or plan the phase after the freeze. Phases never start on Fridays when the no-Friday rule is on.',
  comparesAcross: ['phases', 'freezes'],
  check(plan, context) {
    const out: RuleFinding[] = [];
    const windows = projectCalendar(plan, context.start, calendarOptionsOf(context));
    const byName = new Map((plan.freezes ?? []).map((f) => [f.name, f]));
    windows.forEach((window, p) => {
      const phase = plan.phases[p]!;
      if (!window.scheduled) {
        out.push({
          path: ['phases', p, 'id'],
          message: `phase "${phase.id}" cannot be scheduled: no time in the next year is open for ${phase.environment}`,
          expected: 'at least one time the phase may start',
          hint: 'check the freeze dates, `every:` weekdays and the change windows under `schedule:`',
        });
        return;
      }
      for (const delay of window.delays) {
        const freeze = delay.freeze === undefined ? undefined : byName.get(delay.freeze);
        // Rules, windows, waits and recurring freezes only shift a start by a day or two; that is routine.
        if (delay.reason !== 'freeze' || !freeze?.from) continue;
        out.push({
          path: ['phases', p, 'id'],
          message: `phase "${phase.id}" would start inside freeze "${freeze.name}" (${freeze.from} to ${freeze.to ?? freeze.from}); starting the rollout on ${context.start}, it slips ${minutesText(delay.minutes)} to ${calendarTimeText(window.startMs, plan)}`,
          expected: 'phases scheduled outside freeze windows',
          hint: `start the rollout earlier, shorten the bakes before "${phase.id}", or plan it after ${freeze.to ?? freeze.from}`,
        });
      }
    });
    return out;
  },
};
