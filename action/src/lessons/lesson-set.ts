// All the lessons of a repository, as lint sees them: the valid ones (which guard plans) and
// every id written down, valid or not, so a waiver of a lesson that is merely broken is not
// also reported as naming an unknown lesson.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { LessonRef, ParsedLesson } from './parse.ts';

export interface LessonSet {
  lessons: readonly LessonRef[];
  ids: ReadonlySet<string>;
}

export function toLessonSet(parsed: readonly ParsedLesson[]): LessonSet {
  const lessons = parsed.flatMap((p) => (p.lesson ? [{ lesson: p.lesson, file: p.file }] : []));
  const ids = new Set(parsed.flatMap((p) => (p.id ? [p.id] : [])));
  return { lessons, ids };
}

function idPosition(text: string): { line: number; column: number; endColumn: number } {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => /^id:/.test(l));
  if (index < 0) return { line: 1, column: 1, endColumn: 1 };
  return { line: index + 1, column: 1, endColumn: lines[index]!.length + 1 };
}

/**
 * Lesson ids must be unique across files; the first file (by path) keeps the id and the others
 * stop guarding, since a waiver or a "why" link could not tell them apart.
 */
export function checkDuplicateIds(parsed: ParsedLesson[]): void {
  // Most repositories have no duplicate: then nothing is sorted (the first localeCompare loads
  // ICU's collation data, about 10 ms of a small `rollbook validate`).
  const ids = parsed.flatMap((lesson) => (lesson.id === undefined ? [] : [lesson.id]));
  if (new Set(ids).size === ids.length) return;
  const owner = new Map<string, string>();
  for (const lesson of [...parsed].sort((a, b) => a.file.localeCompare(b.file))) {
    if (lesson.id === undefined) continue;
    const first = owner.get(lesson.id);
    if (first === undefined) {
      owner.set(lesson.id, lesson.file);
      continue;
    }
    const { line, column, endColumn } = idPosition(lesson.text);
    const diagnostic: Diagnostic = {
      file: lesson.file,
      line,
      column,
      endLine: line,
      endColumn,
      severity: 'error',
      code: 'ref/duplicate-lesson',
      message: `lesson id "${lesson.id}" is also used by ${first}`,
      expected: 'a lesson id unique in the repository',
      hint: 'ids are permanent; give the newer lesson a new id (same month, another slug)',
    };
    lesson.diagnostics.push(diagnostic);
    delete lesson.lesson;
  }
}
