// What the engine says about the repository's playbooks, so browser tests derive their
// expectations from the same data the site is built from instead of hard-coding content.
import {
  checkPlans,
  type LessonRef,
  loadConfig,
  matchGuards,
  type RolloutPlan,
  validLessons,
} from '../../../action/src/site-api.ts';

export interface Playbooks {
  plans: RolloutPlan[];
  lessons: LessonRef[];
}

export async function readPlaybooks(repoRoot: string, start: string): Promise<Playbooks> {
  const { config } = await loadConfig(repoRoot);
  const checked = await checkPlans(['playbooks'], { cwd: repoRoot, config, start });
  if (checked.errors > 0) throw new Error(`the example playbooks have ${checked.errors} errors`);
  return {
    plans: checked.plans.flatMap((p) => (p.plan ? [p.plan] : [])),
    lessons: validLessons(checked.lessons),
  };
}

/** The first plan phase that carries a (not waived) guard, and the lesson it came from. */
export function guardedPhase(playbooks: Playbooks): { plan: RolloutPlan; phaseId: string; lessonId: string } {
  for (const plan of playbooks.plans) {
    for (const phase of matchGuards(plan, playbooks.lessons).phases) {
      const guard = phase.guards.find((g) => !g.waived);
      if (guard) return { plan, phaseId: phase.phaseId, lessonId: guard.lessonId };
    }
  }
  throw new Error('no lesson guards any example plan');
}
