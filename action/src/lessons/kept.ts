// What the lessons loader needs of a store of kept results (ADR 61): the parse of one lesson
// file, keyed by its path and text. The store itself lives in workspace/result-cache.ts, which
// implements this interface; the lessons area names only the shape, so the two areas do not
// import each other.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lesson } from './schema.ts';

/** The kept outcome of parsing one lesson file: parseLesson's result without the file and text it was given. */
export interface ParsedLessonFile {
  diagnostics: Diagnostic[];
  body?: string;
  id?: string;
  lesson?: Lesson;
}

/** Kept lesson parses: reads and writes fail silently (a store is an optimisation only). */
export interface KeptLessons {
  /** The kept parse of the lesson file `file` whose text is `text`, or undefined. */
  getLesson(file: string, text: string): ParsedLessonFile | undefined;
  /** Keeps a lesson's parse, when its data survives JSON unchanged; failures are silent. */
  setLesson(file: string, text: string, parsed: ParsedLessonFile): void;
}
