// The lessons `rollbook gate` judges a plan by: the repository's own (rollbook.config.yaml
// `lessons`, else playbooks/lessons) and those of its `lessonSources`, matched and applied the
// way the action's gate report applies them (github-action/report/base-branch.ts). Their gates,
// checklist items and freezes are part of the verdict, so the local verdict is the one the pull
// request gets. As in the action, a plan whose lessons cannot all be read gets no verdict: its
// gates would be looser than its lessons ask.
import type { LoadedConfig } from '../config/load.ts';
import { formatDiagnosticText, PLAIN } from '../diagnostics/format-text.ts';
import { checkSharedDuplicateIds, toLessonSet } from '../lessons/lesson-set.ts';
import { lessonsDirOf, loadLessons } from '../lessons/load.ts';
import { matchGuards, type PlanGuards } from '../lessons/match.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import type { CliIO } from './command.ts';
import { readSharedLessons } from './shared-lessons.ts';

/** Why there is no verdict, after the problems that say which lessons could not be read. */
export const NO_VERDICT = 'rollbook: no verdict: the gates would miss the guards of lessons that could not be read';

/** The plan's guards, or undefined (after printing why) when some of its lessons could not be read. */
export async function gateGuards(
  plan: RolloutPlan,
  loaded: LoadedConfig,
  io: Pick<CliIO, 'cwd' | 'env' | 'stderr' | 'pacing'>,
): Promise<PlanGuards | undefined> {
  const shared = await readSharedLessons(loaded, io, 'error');
  const dir = lessonsDirOf(loaded.config);
  const local = await loadLessons(dir, io.cwd, loaded.config.lessons !== undefined);
  const unread = [
    ...(shared?.diagnostics.filter((d) => d.severity === 'error') ?? []),
    ...local.diagnostics.filter((d) => d.severity === 'error'),
  ];
  if (unread.length > 0) {
    for (const d of unread)
      io.stderr(`${formatDiagnosticText(d, d.file === loaded.file ? loaded.text : undefined, PLAIN)}\n\n`);
    io.stderr(`${NO_VERDICT}\n`);
    return undefined;
  }
  const sharedLessons = shared?.lessons ?? [];
  checkSharedDuplicateIds(local.lessons, sharedLessons);
  const all = [...local.lessons, ...sharedLessons];
  for (const lesson of all) {
    const first = lesson.diagnostics.find((d) => d.severity === 'error');
    if (first) {
      io.stderr(
        `rollbook: warning: ${first.file}:${first.line}:${first.column} ${first.message}; it guards nothing (run 'rollbook validate')\n`,
      );
    }
  }
  return matchGuards(plan, toLessonSet(all).lessons);
}
