// The shapes the content loaders store and the pages read: the engine's own plan and lesson
// types, plus where each came from.
import type { Lesson, RolloutPlan } from '../../../action/src/site-api.ts';

export interface PlanEntry {
  /** Path relative to the repository root, as the CLI prints it. */
  file: string;
  /** How many warnings `rollbook validate` reports for the plan. */
  warnings: number;
  /** calendar.noFridays from rollbook.config.yaml (default true), for the projected calendar. */
  noFridays: boolean;
  plan: RolloutPlan;
}

export interface LessonEntry {
  /** Path relative to the repository root. */
  file: string;
  lesson: Lesson;
  /** The Markdown story, rendered and sanitized: safe to insert as HTML. */
  html: string;
}
