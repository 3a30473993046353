// What `rollbook lessons` shows: counts by trigger, severity and quarter, and for each lesson
// which plans and phases its guards apply to (and where a plan waives them). Pure.
import type { RolloutPlan } from '../plan/schema.ts';
import { compareCodePoints } from '../text/order.ts';
import { describeGuard } from './describe.ts';
import { guardKey, lessonName } from './ids.ts';
import { matchGuards } from './match.ts';
import type { LessonRef } from './parse.ts';
import {
  GUARD_ACTIONS,
  type GuardActionKind,
  LESSON_SEVERITIES,
  type LessonSeverity,
  TRIGGERS,
  type Trigger,
} from './schema.ts';

export interface PlanRef {
  file: string;
  plan: RolloutPlan;
}

export interface GuardCoverage {
  plan: string;
  file: string;
  /** Phases where the guard applies. */
  phases: string[];
  /** Phases where it matches but the plan waives it. */
  waived: string[];
}

export interface GuardSummary {
  id: string;
  kind: GuardActionKind;
  /** What the guard asks (freeze guards without a plan's dates). */
  summary: string;
  plans: GuardCoverage[];
}

export interface LessonListing {
  id: string;
  title: string;
  date: string;
  severity: LessonSeverity;
  trigger: Trigger;
  file: string;
  /** For a lesson shared through `lessonSources`: where and at which commit it was read. */
  source?: { repository: string; ref: string; commit: string; url: string };
  guards: GuardSummary[];
  /** Names of the plans at least one guard applies to (not waived). */
  guardedPlans: string[];
}

export interface LessonsSummary {
  total: number;
  byTrigger: Record<Trigger, number>;
  bySeverity: Record<LessonSeverity, number>;
  /** `2020-Q4` → count, in date order. */
  byQuarter: Record<string, number>;
  lessons: LessonListing[];
}

/** `2020-11-25` → `2020-Q4`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v]++;
  return out;
}

function kindOf(guard: LessonRef['lesson']['guards'][number]): GuardActionKind {
  return GUARD_ACTIONS.find((a) => guard[a] !== undefined) ?? 'checklist';
}

export function summarizeLessons(lessons: readonly LessonRef[], plans: readonly PlanRef[]): LessonsSummary {
  const sorted = [...lessons].sort(
    (a, b) => compareCodePoints(a.lesson.date, b.lesson.date) || compareCodePoints(a.lesson.id, b.lesson.id),
  );
  const matched = plans.map((p) => ({ ref: p, guards: matchGuards(p.plan, sorted) }));
  const listings = sorted.map(({ lesson, file, source }) => {
    const guards = lesson.guards.map((guard) => {
      const key = guardKey(lessonName(lesson.id, source?.repository), guard.id);
      const coverage: GuardCoverage[] = [];
      for (const { ref, guards: planGuards } of matched) {
        const hits = planGuards.phases.flatMap((p) =>
          p.guards.filter((g) => g.key === key).map((g) => ({ phase: p.phaseId, waived: g.waived !== undefined })),
        );
        if (hits.length === 0) continue;
        coverage.push({
          plan: ref.plan.metadata.name,
          file: ref.file,
          phases: hits.filter((h) => !h.waived).map((h) => h.phase),
          waived: hits.filter((h) => h.waived).map((h) => h.phase),
        });
      }
      return { id: guard.id, kind: kindOf(guard), summary: describeGuard(guard), plans: coverage };
    });
    const guarded = new Set(guards.flatMap((g) => g.plans.filter((c) => c.phases.length > 0).map((c) => c.plan)));
    return {
      id: lesson.id,
      title: lesson.title,
      date: lesson.date,
      severity: lesson.severity,
      trigger: lesson.trigger,
      file,
      ...(source
        ? { source: { repository: source.repository, ref: source.ref, commit: source.commit, url: source.url } }
        : {}),
      guards,
      guardedPlans: [...guarded].sort(),
    };
  });
  const quarters = [...new Set(sorted.map((l) => quarterOf(l.lesson.date)))].sort();
  return {
    total: sorted.length,
    byTrigger: countBy(
      TRIGGERS,
      sorted.map((l) => l.lesson.trigger),
    ),
    bySeverity: countBy(
      LESSON_SEVERITIES,
      sorted.map((l) => l.lesson.severity),
    ),
    byQuarter: countBy(
      quarters,
      sorted.map((l) => quarterOf(l.lesson.date)),
    ),
    lessons: listings,
  };
}
