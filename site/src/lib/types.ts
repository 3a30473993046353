// The shapes the pages read. Plans are the engine's own RolloutPlan; lessons and guards are a
// small view the lesson adapter (lessons-source.ts) fills from whichever parser is current.
import type { RolloutPlan } from '../../../action/src/plan/schema.ts';

export interface PlanEntry {
  /** Path relative to the repository root, as the CLI prints it. */
  file: string;
  /** How many warnings `rollbook validate` reports for the plan. */
  warnings: number;
  /** calendar.noFridays from rollbook.config.yaml (default true), for the projected calendar. */
  noFridays: boolean;
  plan: RolloutPlan;
}

/** What a guard asks of a matching plan, in one line, plus the lint rule it tightens (if any). */
export interface GuardSpec {
  text: string;
  rule?: string;
  /** Plan-level match: any shared service or tag. Empty means every plan. */
  services: string[];
  tags: string[];
  /** Phase-level match. Empty means every phase. */
  strategies: string[];
  environments: string[];
  stepKinds: string[];
}

export interface LessonEntry {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  severity: string;
  trigger: string;
  services: string[];
  tags: string[];
  /** Path relative to the repository root. */
  file: string;
  /** The Markdown body, rendered and sanitized: safe to insert as HTML. */
  html: string;
  guards: GuardSpec[];
}

/** One guard applied to one plan: where it lands and why it exists. */
export interface AppliedGuard {
  text: string;
  rule?: string;
  /** The phases it lands in; empty for a plan-wide guard. */
  phases: string[];
  why: { lessonId: string; title: string };
}
