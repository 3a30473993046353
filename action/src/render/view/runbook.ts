// The whole runbook view model from one plan: the only place plan data meets the templates.

import type { KpiReviewStatus } from '../../kpi-review/status.ts';
import { type CalendarOptions, type PhaseWindow, projectCalendar } from '../../plan/calendar.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import { singleLine } from '../../text/normalize.ts';
import { headingSlug } from '../../text/slug.ts';
import { calendarView } from './calendar.ts';
import { compatibilityView } from './compatibility.ts';
import { contactRows, policyView } from './escalation.ts';
import { flowchart } from './flow.ts';
import { text } from './format.ts';
import type { GuardInput } from './guards.ts';
import { flagRows, headerView } from './header.ts';
import type { MetricRowCache } from './metrics.ts';
import { phaseView } from './phase.ts';
import { readinessView } from './readiness.ts';
import { storyView } from './story.ts';
import type { PhaseView, RunbookView } from './types.ts';

export interface RunbookInput {
  /** The plan file as shown in the runbook, relative to the working directory, with `/`. */
  file: string;
  plan: RolloutPlan;
  /** Guards from lessons, by phase id. */
  guards?: Readonly<Record<string, readonly GuardInput[]>>;
  /** The plan's KPI review from the status file `rollbook status` wrote (`render --status`). */
  kpiReview?: KpiReviewStatus;
}

export interface CalendarSettings {
  /** What the projection starts from: YYYY-MM-DD (its first moment in the plan's time zone) or a time with Z or an offset. */
  start: string;
  noFridays: boolean;
  /** Default: as noFridays. */
  noWeekends?: boolean;
  /** Projected finishes of other plans' phases this plan `dependsOn` (plan-calendars.ts). */
  notBefore?: CalendarOptions['notBefore'];
}

/** The projection of a plan under these settings. */
export function projectWithSettings(plan: RolloutPlan, settings: CalendarSettings): PhaseWindow[] {
  return projectCalendar(plan, settings.start, {
    noFridays: settings.noFridays,
    noWeekends: settings.noWeekends ?? settings.noFridays,
    ...(settings.notBefore ? { notBefore: settings.notBefore } : {}),
  });
}

/**
 * The anchor of the heading "Phase N: title". Phase headings never share a slug with each other
 * (the number differs) or with the fixed section headings (none starts "Phase N"), so no suffix.
 */
export function phaseAnchor(index: number, title: string): string {
  return headingSlug(`Phase ${index + 1}: ${singleLine(title)}`);
}

export function buildRunbookView(
  input: RunbookInput,
  settings: CalendarSettings,
  windows: readonly PhaseWindow[] = projectWithSettings(input.plan, settings),
): RunbookView {
  const rules = { noFridays: settings.noFridays, noWeekends: settings.noWeekends ?? settings.noFridays };
  const { plan } = input;
  const anchors = plan.phases.map((phase, i) => phaseAnchor(i, phase.title));
  const contacts = contactRows(plan);
  const policy = policyView(plan);
  const metricRows: MetricRowCache = new Map();
  const phases: PhaseView[] = plan.phases.map((phase, index) =>
    phaseView(
      {
        plan,
        index,
        window: windows[index]!,
        anchors,
        guards: input.guards && Object.hasOwn(input.guards, phase.id) ? input.guards[phase.id]! : [],
        contacts,
        policy,
        metricRows,
      },
      windows[index - 1]?.endMs,
    ),
  );
  return {
    generated: { start: text(settings.start), ...rules },
    plan: headerView(plan, input.file),
    story: storyView(plan, input.kpiReview),
    flags: flagRows(plan.flags),
    compatibility: compatibilityView(plan),
    readiness: readinessView(plan),
    flow: flowchart(plan),
    calendar: calendarView(plan, windows, phases, settings.start, rules),
    phases,
    escalation: contacts,
    policy,
  };
}
