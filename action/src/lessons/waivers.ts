// Which plan waiver, if any, lets a plan skip one guard in one phase. A waiver names a lesson
// (`L-…`, every guard of it) or one guard (`L-…/guard-id`), optionally only in some phases. A
// lesson another repository shares is named with its repository (`owner/name#L-…`); a bare id
// only ever means a lesson of this repository.
import type { RolloutPlan } from '../plan/schema.ts';
import { parseLessonRef, sameRepository } from './ids.ts';

export interface GuardWaiver {
  reason: string;
  /** Index of the waiver in the plan's `waive:` list. */
  index: number;
}

export function waiverFor(
  plan: RolloutPlan,
  lessonId: string,
  guardId: string,
  phaseId: string,
  /** The repository sharing the lesson; undefined for this repository's own. */
  repository?: string,
): GuardWaiver | undefined {
  const index = (plan.waive ?? []).findIndex((w) => {
    if (w.lesson === undefined) return false;
    const ref = parseLessonRef(w.lesson);
    if (!sameRepository(ref.repository, repository)) return false;
    if (ref.lessonId !== lessonId || (ref.guardId !== undefined && ref.guardId !== guardId)) return false;
    return w.phases === undefined || w.phases.includes(phaseId);
  });
  return index < 0 ? undefined : { reason: plan.waive![index]!.reason, index };
}
