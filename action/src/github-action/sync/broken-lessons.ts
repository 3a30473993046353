// Lessons that failed to parse or validate guard nothing (lessons/parse.ts), so a plan synced
// without them would lose the items and gates they add: unticked items would vanish, ticked ones
// move under "Removed from plan", notes beside them drift, and the phase's state would be judged
// without its guards. While any lesson is broken, a plan whose issues would lose a live item is
// not written at all; its issues keep every item, tick and note until the lesson is fixed.
// docs/adr/0064-broken-lessons-keep-guard-items.md.
import { parseIssueBody } from '../../checklist/parse.ts';
import type { ParsedLesson } from '../../lessons/parse.ts';
import { ExpectedError } from '../../runtime/expected-error.ts';

/** A lesson that guards nothing this run, and its first error as `file:line:col: message`. */
export interface BrokenLesson {
  file: string;
  where: string;
}

/** The lessons (local and shared) that parsed with errors, each with its first error's position. */
export function brokenLessons(lessons: readonly ParsedLesson[]): BrokenLesson[] {
  return lessons.flatMap((parsed) => {
    if (parsed.lesson) return [];
    const first = parsed.diagnostics.find((d) => d.severity === 'error');
    const where = first
      ? `${first.file}:${first.line}:${first.column}: ${first.message}`
      : `${parsed.file}:1:1: the lesson did not validate`;
    return [{ file: parsed.file, where }];
  });
}

/** The ids of a body's items that are live: listed, and not under "Removed from plan". */
function liveItems(body: string): Set<string> {
  const parsed = parseIssueBody(body);
  const removed = parsed.state?.removed ?? {};
  return new Set(parsed.items.map((item) => item.id).filter((id) => !(id in removed)));
}

/** Items live in `current` that `next` no longer lists as live, in the order `current` has them. */
export function lostItems(current: string, next: string): string[] {
  const keep = liveItems(next);
  return [...liveItems(current)].filter((id) => !keep.has(id));
}

/** A phase issue's live items that the plan, synced without the broken lessons, would drop. */
export interface LostItems {
  /** Absent for a deleted issue the run would recreate. */
  issue?: number;
  phaseId: string;
  items: readonly string[];
}

/** Why a plan's issues are not written while lessons are broken. */
export class GuardsUnknownError extends ExpectedError {
  constructor(lost: readonly LostItems[], broken: readonly BrokenLesson[]) {
    const issues = lost
      .map(
        (l) => `${l.issue === undefined ? 'the deleted issue' : `#${l.issue}`} (${l.phaseId}: ${l.items.join(', ')})`,
      )
      .join('; ');
    const lessons = broken.map((b) => b.where).join('; ');
    super(
      `not written: its issues would lose items the broken lessons may give, ${issues}; broken: ${lessons}. Fix the lessons: until then its issues keep every item, tick and note as they are (ADR 64)`,
    );
    this.name = 'GuardsUnknownError';
  }
}
