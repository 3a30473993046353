// The ids a guard is known by. Both are stable: they come from the lesson id and the guard id,
// never from list positions or text, so ticks, gate readings and history survive edits.

/**
 * `L-2020-11-thread-exhaustion/thread-alarm`: how people and waivers name one guard; its lesson
 * as lessonName gives it (`acme/lessons#L-…/thread-alarm` for a shared lesson).
 */
export function guardKey(lessonName: string, guardId: string): string {
  return `${lessonName}/${guardId}`;
}

/**
 * `l-2020-11-thread-exhaustion--thread-alarm`: the id of the checklist item or gate a guard adds
 * to a phase. Plan ids are lower-case with single dashes, so the double dash keeps them apart.
 * A shared lesson's items use its bare id too: lesson ids are unique across the repository and
 * its lesson sources (a later duplicate guards nothing), and ticks survive a source's move.
 */
export function guardItemId(lessonId: string, guardId: string): string {
  return `${lessonId.toLowerCase()}--${guardId}`;
}

/**
 * How people and waivers name a lesson: its id for a lesson of this repository, and
 * `owner/name#L-…` for one shared by another repository (docs/adr/0049-shared-lessons.md).
 */
export function lessonName(lessonId: string, repository?: string): string {
  return repository === undefined ? lessonId : `${repository}#${lessonId}`;
}

export interface LessonRefParts {
  /** Set for `owner/name#L-…`: a lesson shared by that repository. Unset: this repository's. */
  repository?: string;
  lessonId: string;
  guardId?: string;
}

/**
 * Splits a waiver's `lesson:` value: `L-…` waives every guard, `L-…/guard` one guard, and
 * `owner/name#L-…` or `owner/name#L-…/guard` the same for a lesson that repository shares.
 */
export function parseLessonRef(ref: string): LessonRefParts {
  const hash = ref.indexOf('#');
  const repository = hash < 0 ? undefined : ref.slice(0, hash);
  const rest = hash < 0 ? ref : ref.slice(hash + 1);
  const slash = rest.indexOf('/');
  const parts: LessonRefParts =
    slash < 0 ? { lessonId: rest } : { lessonId: rest.slice(0, slash), guardId: rest.slice(slash + 1) };
  if (repository !== undefined) parts.repository = repository;
  return parts;
}

/** Repository names are case-insensitive on GitHub. */
export function sameRepository(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.toLowerCase() === b.toLowerCase();
}
