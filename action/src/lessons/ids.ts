// The ids a guard is known by. Both are stable: they come from the lesson id and the guard id,
// never from list positions or text, so ticks, gate readings and history survive edits.

/** `L-2020-11-thread-exhaustion/thread-alarm`: how people and waivers name one guard. */
export function guardKey(lessonId: string, guardId: string): string {
  return `${lessonId}/${guardId}`;
}

/**
 * `l-2020-11-thread-exhaustion--thread-alarm`: the id of the checklist item or gate a guard adds
 * to a phase. Plan ids are lower-case with single dashes, so the double dash keeps them apart.
 */
export function guardItemId(lessonId: string, guardId: string): string {
  return `${lessonId.toLowerCase()}--${guardId}`;
}

/** Splits a waiver's `lesson:` value: `L-…` waives every guard, `L-…/guard` one guard. */
export function parseLessonRef(ref: string): { lessonId: string; guardId?: string } {
  const slash = ref.indexOf('/');
  return slash < 0 ? { lessonId: ref } : { lessonId: ref.slice(0, slash), guardId: ref.slice(slash + 1) };
}
