// The plans the checklist issues are built from: valid plans only, with their lessons' guards
// applied (gate guards become gates) and the guards kept by phase for the "Why" lines. Shared by
// the action's sync and `rollbook status`, so both derive the same items and phase states.
import type { GuardInput } from '../checklist/items.ts';
import { applyGuards } from '../lessons/apply.ts';
import { type GuardFreeze, matchGuards } from '../lessons/match.ts';
import type { ParsedLesson } from '../lessons/parse.ts';
import { validLessons } from '../lessons/parse.ts';
import { idRecord } from '../plan/own.ts';
import type { ParsedPlan } from '../plan/parse.ts';
import type { RolloutPlan } from '../plan/schema.ts';

export interface GuardedPlan {
  plan: RolloutPlan;
  /** The plan file, relative to the workspace. */
  file: string;
  /** Lesson guards by phase id. */
  guards: Record<string, GuardInput[]>;
  /** The freezes guards add (already in `plan.freezes`), each with its guard; absent when none. */
  guardFreezes?: GuardFreeze[];
}

export function guardedPlans(plans: readonly ParsedPlan[], lessons: readonly ParsedLesson[]): GuardedPlan[] {
  const valid = validLessons(lessons);
  return plans.flatMap((parsed) => {
    if (!parsed.plan || parsed.diagnostics.some((d) => d.severity === 'error')) return [];
    const matched = matchGuards(parsed.plan, valid);
    const guards = idRecord<GuardInput[]>();
    for (const phase of matched.phases) guards[phase.phaseId] = phase.guards;
    const plan = applyGuards(parsed.plan, matched);
    return [
      { plan, file: parsed.file, guards, ...(matched.freezes.length > 0 ? { guardFreezes: matched.freezes } : {}) },
    ];
  });
}
