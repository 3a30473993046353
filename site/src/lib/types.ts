// The shapes the content loaders store and the pages read: the engine's own plan and lesson
// types, plus where each came from.
import type { CalendarRules, Lesson, LessonOrigin, RolloutPlan } from '../../../action/src/site-api.ts';

export interface PlanEntry {
  /** Path relative to the repository root, as the CLI prints it. */
  file: string;
  /** When the file was last committed (ISO 8601), absent where git cannot say truly (last-updated.ts). */
  updated?: string;
  /** How many warnings `rollbook validate` reports for the plan. */
  warnings: number;
  /** The calendar rules from rollbook.config.yaml (no Fridays, no weekends), for the projected calendar. */
  calendarRules: CalendarRules;
  plan: RolloutPlan;
}

export interface LessonEntry {
  /** Path relative to the repository root; `owner/name@ref:path` for a lesson another repository shares. */
  file: string;
  /** Set for a lesson shared through `lessonSources`: its repository, ref, commit and web page. */
  source?: LessonOrigin;
  /** When the file was last committed (ISO 8601); absent for a shared lesson and where git cannot say truly. */
  updated?: string;
  lesson: Lesson;
  /** The Markdown story, rendered and sanitized: safe to insert as HTML. */
  html: string;
}
