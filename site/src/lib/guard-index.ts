// Lesson guards as the pages need them, all from the engine's matchGuards: the guards on each
// phase of a plan, the plans and phases each lesson touches (its backlinks), and the lessons
// behind each lint rule.
import { type AppliedGuard, type LessonRef, matchGuards, type PlanGuards } from '../../../action/src/site-api.ts';
import type { LessonEntry, PlanEntry } from './types.ts';

export const lessonRefs = (lessons: readonly LessonEntry[]): LessonRef[] =>
  lessons.map(({ lesson, file }) => ({ lesson, file }));

/** The plan's guards, with each "why" linking to the lesson's page. */
export function planGuards(plan: PlanEntry, lessons: readonly LessonEntry[], lessonHref: (id: string) => string) {
  return matchGuards(plan.plan, lessonRefs(lessons), { href: (ref) => lessonHref(ref.lesson.id) });
}

export function guardsOfPhase(guards: PlanGuards, phaseId: string): AppliedGuard[] {
  return guards.phases.find((p) => p.phaseId === phaseId)?.guards ?? [];
}

export interface Backlink {
  plan: string;
  title: string;
  /** Phases a guard applies to, and phases where the plan waives it. */
  phases: { id: string; title: string; waived: boolean }[];
}

export function backlinksFor(lesson: LessonEntry, plans: readonly PlanEntry[]): Backlink[] {
  const ref = { lesson: lesson.lesson, file: lesson.file };
  const links: Backlink[] = [];
  for (const { plan } of plans) {
    const matched = matchGuards(plan, [ref]);
    const phases = plan.phases.flatMap((phase) => {
      const guards = guardsOfPhase(matched, phase.id);
      if (guards.length === 0) return [];
      return [{ id: phase.id, title: phase.title, waived: guards.every((g) => g.waived !== undefined) }];
    });
    if (phases.length > 0) links.push({ plan: plan.metadata.name, title: plan.metadata.title, phases });
  }
  return links.sort((a, b) => a.plan.localeCompare(b.plan));
}

/** Lessons with a guard that raises the rule, by rule id. */
export function lessonsByRule(lessons: readonly LessonEntry[]): Map<string, LessonEntry[]> {
  const byRule = new Map<string, LessonEntry[]>();
  for (const entry of lessons) {
    for (const rule of new Set(entry.lesson.guards.flatMap((g) => (g.raise ? [g.raise.rule] : [])))) {
      byRule.set(rule, [...(byRule.get(rule) ?? []), entry]);
    }
  }
  return byRule;
}
