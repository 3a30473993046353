// Who guards whom: the guards on each plan, the plans and phases each lesson touches (its
// backlinks), and the lessons behind each lint rule. All built from matchGuards.
import { matchGuards } from './lessons-source.ts';
import type { AppliedGuard, LessonEntry, PlanEntry } from './types.ts';

export interface Backlink {
  plan: string;
  title: string;
  /** Phases the lesson's guards land in; empty when only plan-wide guards apply. */
  phases: { id: string; title: string }[];
}

export function backlinksFor(lesson: LessonEntry, plans: readonly PlanEntry[]): Backlink[] {
  const links: Backlink[] = [];
  for (const { plan } of plans) {
    const applied = matchGuards(plan, [lesson]);
    if (applied.length === 0) continue;
    const ids = new Set(applied.flatMap((g) => g.phases));
    links.push({
      plan: plan.metadata.name,
      title: plan.metadata.title,
      phases: plan.phases.filter((p) => ids.has(p.id)).map((p) => ({ id: p.id, title: p.title })),
    });
  }
  return links.sort((a, b) => a.plan.localeCompare(b.plan));
}

/** Guards landing in one phase of a plan, in lesson order. */
export function guardsForPhase(applied: readonly AppliedGuard[], phaseId: string): AppliedGuard[] {
  return applied.filter((g) => g.phases.includes(phaseId));
}

/** Guards that apply to the plan as a whole. */
export function planWideGuards(applied: readonly AppliedGuard[]): AppliedGuard[] {
  return applied.filter((g) => g.phases.length === 0);
}

export function lessonsByRule(lessons: readonly LessonEntry[]): Map<string, LessonEntry[]> {
  const byRule = new Map<string, LessonEntry[]>();
  for (const lesson of lessons) {
    for (const rule of new Set(lesson.guards.flatMap((g) => (g.rule ? [g.rule] : [])))) {
      byRule.set(rule, [...(byRule.get(rule) ?? []), lesson]);
    }
  }
  return byRule;
}
