// The plans whose status is read, as the sync sees them: valid plans only, with their lessons'
// guards applied, so required items (and so phase states) match what the sync derives.
import type { GuardInput } from '../checklist/index.ts';
import { applyGuards, matchGuards, validLessons } from '../lessons/index.ts';
import type { ParsedLesson } from '../lessons/parse.ts';
import type { ParsedPlan } from '../plan/parse.ts';
import type { RolloutPlan } from '../plan/schema.ts';

export interface GuardedPlan {
  plan: RolloutPlan;
  /** Lesson guards by phase id. */
  guards: Record<string, GuardInput[]>;
}

export function guardedPlans(plans: readonly ParsedPlan[], lessons: readonly ParsedLesson[]): GuardedPlan[] {
  const valid = validLessons(lessons);
  return plans.flatMap((parsed) => {
    if (!parsed.plan || parsed.diagnostics.some((d) => d.severity === 'error')) return [];
    const matched = matchGuards(parsed.plan, valid);
    const guards: Record<string, GuardInput[]> = {};
    for (const phase of matched.phases) guards[phase.phaseId] = phase.guards;
    return [{ plan: applyGuards(parsed.plan, matched), guards }];
  });
}
