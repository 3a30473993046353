// All the lessons of a repository, as lint sees them: the valid ones (which guard plans) and
// every id written down, valid or not, so a waiver of a lesson that is merely broken is not
// also reported as naming an unknown lesson. Lessons other repositories share are kept apart
// by repository, since a waiver names them `owner/name#L-…` (docs/adr/0049-shared-lessons.md).
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { compareCodePoints } from '../text/order.ts';
import { type LessonRef, lessonRefOf, type ParsedLesson } from './parse.ts';

/** A configured lesson source as lint sees it. */
export interface SourceIds {
  /** As configured: `acme/lessons`. */
  repository: string;
  /** Every lesson id its files write down; undefined when the source was not read (no token). */
  ids?: ReadonlySet<string>;
}

export interface LessonSet {
  lessons: readonly LessonRef[];
  /** Ids of this repository's own lessons. */
  ids: ReadonlySet<string>;
  /** The configured lesson sources, by lower-cased repository name. */
  sources: ReadonlyMap<string, SourceIds>;
}

/**
 * `repositories`: the configured `lessonSources`, and whether each was read. Lessons in `parsed`
 * with a `source` count for their repository, the others for this one.
 */
export function toLessonSet(
  parsed: readonly ParsedLesson[],
  repositories: readonly { repository: string; read: boolean }[] = [],
): LessonSet {
  const lessons = parsed.flatMap((p) => (p.lesson ? [lessonRefOf({ ...p, lesson: p.lesson })] : []));
  const ids = new Set(parsed.flatMap((p) => (p.id && !p.source ? [p.id] : [])));
  const sources = new Map<string, SourceIds>();
  for (const { repository, read } of repositories) {
    const own = read
      ? new Set(
          parsed.flatMap((p) =>
            p.id && p.source?.repository.toLowerCase() === repository.toLowerCase() ? [p.id] : [],
          ),
        )
      : undefined;
    sources.set(repository.toLowerCase(), own ? { repository, ids: own } : { repository });
  }
  return { lessons, ids, sources };
}

/**
 * Shared lessons whose id this repository (or an earlier source) already uses stop guarding: a
 * checklist item's id comes from the lesson id, so two lessons with one id would tick each
 * other's items. `local` first, then `shared` in the order of `lessonSources`.
 */
export function checkSharedDuplicateIds(local: readonly ParsedLesson[], shared: ParsedLesson[]): void {
  const owner = new Map<string, string>();
  for (const lesson of local) if (lesson.id !== undefined && !owner.has(lesson.id)) owner.set(lesson.id, lesson.file);
  dropLaterDuplicates(shared, owner, (id, first) => ({
    message: `lesson id "${id}" is also used by ${first}, so this shared lesson guards nothing here`,
    expected: 'lesson ids unique across this repository and its lessonSources',
    hint: 'ask the lesson repository to rename one, or drop the source from lessonSources',
  }));
}

/**
 * In order, the first lesson with an id owns it (`owner`, by id, may already hold some); each later
 * one gets a ref/duplicate-lesson error at its `id:` line, in the words `says` gives, and stops
 * guarding.
 */
function dropLaterDuplicates(
  lessons: readonly ParsedLesson[],
  owner: Map<string, string>,
  says: (id: string, first: string) => Pick<Diagnostic, 'message' | 'expected' | 'hint'>,
): void {
  for (const lesson of lessons) {
    if (lesson.id === undefined) continue;
    const first = owner.get(lesson.id);
    if (first === undefined) {
      owner.set(lesson.id, lesson.file);
      continue;
    }
    const { line, column, endColumn } = idPosition(lesson.text);
    lesson.diagnostics.push({
      file: lesson.file,
      line,
      column,
      endLine: line,
      endColumn,
      severity: 'error',
      code: 'ref/duplicate-lesson',
      ...says(lesson.id, first),
    });
    delete lesson.lesson;
  }
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
  // Most repositories have no duplicate: then nothing is sorted.
  const ids = parsed.flatMap((lesson) => (lesson.id === undefined ? [] : [lesson.id]));
  if (new Set(ids).size === ids.length) return;
  const byPath = [...parsed].sort((a, b) => compareCodePoints(a.file, b.file));
  dropLaterDuplicates(byPath, new Map(), (id, first) => ({
    message: `lesson id "${id}" is also used by ${first}`,
    expected: 'a lesson id unique in the repository',
    hint: 'ids are permanent; give the newer lesson a new id (same month, another slug)',
  }));
}
