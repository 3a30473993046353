// Lesson guards as the pages need them, all from the engine's matchGuards: the guards on each
// phase of a plan, the plans and phases each lesson touches (its backlinks), and the lessons
// behind each lint rule. The backlinks of every lesson come from one pass over the plans per
// build (each lesson page used to match every plan again: lessons x plans matchGuards calls).
import {
  type AppliedGuard,
  compareCodePoints,
  type LessonRef,
  lessonName,
  matchGuards,
  type PlanGuards,
} from '../../../action/src/site-api.ts';
import { lastCallMemo } from './build-memo.ts';
import type { LessonEntry, PlanEntry } from './types.ts';

export const lessonRefs = (lessons: readonly LessonEntry[]): LessonRef[] => lessons.map(lessonRef);

/** A shared lesson keeps its origin: its guards are named `owner/name#L-…` and link to its repository. */
function lessonRef({ lesson, file, source }: LessonEntry): LessonRef {
  return source ? { lesson, file, source } : { lesson, file };
}

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

/** Every lesson's backlinks, by lesson id: one matchGuards per plan, with every lesson. */
function backlinkIndex(plans: readonly PlanEntry[], lessons: readonly LessonEntry[]): Map<string, Backlink[]> {
  const refs = lessonRefs(lessons);
  const index = new Map<string, Backlink[]>();
  for (const { plan } of plans) {
    const matched = matchGuards(plan, refs);
    const byLesson = new Map<string, Backlink['phases']>();
    for (const phase of plan.phases) {
      const waivedByLesson = new Map<string, boolean>();
      for (const guard of guardsOfPhase(matched, phase.id)) {
        const waived = guard.waived !== undefined;
        waivedByLesson.set(guard.lessonId, (waivedByLesson.get(guard.lessonId) ?? true) && waived);
      }
      for (const [lessonId, waived] of waivedByLesson) {
        const phases = byLesson.get(lessonId) ?? [];
        phases.push({ id: phase.id, title: phase.title, waived });
        byLesson.set(lessonId, phases);
      }
    }
    for (const [lessonId, phases] of byLesson) {
      const links = index.get(lessonId) ?? [];
      links.push({ plan: plan.metadata.name, title: plan.metadata.title, phases });
      index.set(lessonId, links);
    }
  }
  for (const links of index.values()) links.sort((a, b) => compareCodePoints(a.plan, b.plan));
  return index;
}

const siteBacklinks = lastCallMemo(backlinkIndex);

/** The plans and phases `lesson`'s guards touch, by plan name; `lessons` are all the site's lessons. */
export function backlinksFor(
  lesson: LessonEntry,
  plans: readonly PlanEntry[],
  lessons: readonly LessonEntry[],
): Backlink[] {
  // Guards name a shared lesson `owner/name#L-…` (its lessonId), and so does the index.
  return siteBacklinks(plans, lessons).get(lessonName(lesson.lesson.id, lesson.source?.repository)) ?? [];
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
