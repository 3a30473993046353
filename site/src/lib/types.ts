// The shapes the content loaders store and the pages read: the engine's own plan and lesson
// types, plus where each came from.
import type { CalendarRules, Lesson, RolloutPlan } from '../../../action/src/site-api.ts';

export interface PlanEntry {
  /** Path relative to the repository root, as the CLI prints it. */
  file: string;
  /** How many warnings `rollbook validate` reports for the plan. */
  warnings: number;
  /** The calendar rules from rollbook.config.yaml (no Fridays, no weekends), for the projected calendar. */
  calendarRules: CalendarRules;
  plan: RolloutPlan;
}

export interface LessonEntry {
  /** Path relative to the repository root. */
  file: string;
  lesson: Lesson;
  /** The Markdown story, rendered and sanitized: safe to insert as HTML. */
  html: string;
}
