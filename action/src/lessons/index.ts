// The lessons API other parts of Rollbook call: the runbook renderer, the checklist sync, the
// gate report, lint and the site. Everything here is pure except loadLessons.
export { applyGuards, guardsById } from './apply.ts';
export { matchingPhases, phaseMatches, planMatches } from './criteria.ts';
export { describeGuard } from './describe.ts';
export { hrefFrom } from './href.ts';
export { guardItemId, guardKey, parseLessonRef } from './ids.ts';
export { type LessonSet, toLessonSet } from './lesson-set.ts';
export { type LoadedLessons, loadLessons } from './load.ts';
export {
  type AppliedGuard,
  type GuardAction,
  type GuardFreeze,
  type GuardWhy,
  type MatchOptions,
  matchGuards,
  type PhaseGuards,
  type PlanGuards,
} from './match.ts';
export { type LessonRef, type ParsedLesson, parseLesson, validLessons } from './parse.ts';
export { type ReportGuard, reportGuards } from './report.ts';
export type { Guard, Lesson } from './schema.ts';
export { type LessonsSummary, summarizeLessons } from './summary.ts';
export {
  type ChecklistGuard,
  checklistGuards,
  type RunbookGuard,
  runbookGuards,
  withGuardFreezes,
} from './views.ts';
