import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  describeGuard,
  matchGuards
} from "./chunk-TGLLU75F.js";
import {
  GUARD_ACTIONS,
  LESSON_SEVERITIES,
  TRIGGERS
} from "./chunk-JUD5NV5L.js";

// action/src/lessons/summary.ts
function quarterOf(date) {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}
function countBy(keys, values) {
  const out = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const v of values) out[v]++;
  return out;
}
function kindOf(guard) {
  return GUARD_ACTIONS.find((a) => guard[a] !== void 0) ?? "checklist";
}
function summarizeLessons(lessons, plans) {
  const sorted = [...lessons].sort(
    (a, b) => a.lesson.date.localeCompare(b.lesson.date) || a.lesson.id.localeCompare(b.lesson.id)
  );
  const matched = plans.map((p) => ({ ref: p, guards: matchGuards(p.plan, sorted) }));
  const listings = sorted.map(({ lesson, file }) => {
    const guards = lesson.guards.map((guard) => {
      const key = `${lesson.id}/${guard.id}`;
      const coverage = [];
      for (const { ref, guards: planGuards } of matched) {
        const hits = planGuards.phases.flatMap(
          (p) => p.guards.filter((g) => g.key === key).map((g) => ({ phase: p.phaseId, waived: g.waived !== void 0 }))
        );
        if (hits.length === 0) continue;
        coverage.push({
          plan: ref.plan.metadata.name,
          file: ref.file,
          phases: hits.filter((h) => !h.waived).map((h) => h.phase),
          waived: hits.filter((h) => h.waived).map((h) => h.phase)
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
      guards,
      guardedPlans: [...guarded].sort()
    };
  });
  const quarters = [...new Set(sorted.map((l) => quarterOf(l.lesson.date)))].sort();
  return {
    total: sorted.length,
    byTrigger: countBy(
      TRIGGERS,
      sorted.map((l) => l.lesson.trigger)
    ),
    bySeverity: countBy(
      LESSON_SEVERITIES,
      sorted.map((l) => l.lesson.severity)
    ),
    byQuarter: countBy(
      quarters,
      sorted.map((l) => quarterOf(l.lesson.date))
    ),
    lessons: listings
  };
}

export {
  summarizeLessons
};
