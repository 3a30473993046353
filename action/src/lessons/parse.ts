// Lesson text → typed lesson + diagnostics positioned in the .md file. Pure: no file system.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { byPosition, findingToDiagnostic, parseValidated } from '../plan/parse.ts';
import { checkInvalidLessonDate, checkLesson, WARNING_CODES } from './check-lesson.ts';
import { shiftLines, splitFrontMatter } from './front-matter.ts';
import { Lesson } from './schema.ts';
import type { LessonOrigin } from './shared/source.ts';

export interface ParsedLesson {
  file: string;
  text: string;
  /** Set only when the lesson has no errors: a broken lesson guards nothing. */
  lesson?: Lesson;
  /** The story, in Markdown. */
  body?: string;
  /** The id as written, even when the lesson is invalid, so waivers of it are not "unknown". */
  id?: string;
  /** Set for a lesson another repository shares (`lessonSources:`); `file` is then `owner/name@ref:path`. */
  source?: LessonOrigin;
  diagnostics: Diagnostic[];
}

/** A valid lesson and where it lives; what matching needs. */
export interface LessonRef {
  lesson: Lesson;
  /** Path of the lesson file, relative to the repository root, with `/` separators; `owner/name@ref:path` when shared. */
  file: string;
  /** Set for a lesson another repository shares: guards link to `source.url` and are named `owner/name#L-…`. */
  source?: LessonOrigin;
}

/** A parsed lesson as matching takes it, with its origin when it is shared. */
export function lessonRefOf(parsed: ParsedLesson & { lesson: Lesson }): LessonRef {
  return parsed.source
    ? { lesson: parsed.lesson, file: parsed.file, source: parsed.source }
    : { lesson: parsed.lesson, file: parsed.file };
}

const ID_LINE = /^id:[ \t]*["']?(L-[A-Za-z0-9-]+)/m;

/** What writes a whole lesson: offered when most of its front matter is missing. */
const LESSON_STARTER = 'the lesson `rollbook lesson new` writes';

export function parseLesson(text: string, file: string): ParsedLesson {
  const split = splitFrontMatter(text, file);
  if ('problem' in split) return { file, text, diagnostics: [split.problem] };
  const { yaml, yamlLine, body, bodyLine } = split.frontMatter;
  const parsed: ParsedLesson = { file, text, diagnostics: [], body };
  const id = ID_LINE.exec(yaml)?.[1];
  if (id !== undefined) parsed.id = id;
  const validated = parseValidated<Lesson>(yaml, file, Lesson, 'lesson front matter', {
    firstLine: yamlLine,
    starter: LESSON_STARTER,
  });
  const found = validated.diagnostics.map((d) =>
    d.code === 'schema/empty-file'
      ? { ...d, message: 'the front matter is empty', hint: 'run `rollbook lesson new` to scaffold a lesson' }
      : d,
  );
  if (validated.data && validated.locator) {
    const locator = validated.locator;
    found.push(
      ...checkLesson(validated.data).map((f) =>
        findingToDiagnostic(f, file, locator, WARNING_CODES.has(f.code) ? 'warning' : 'error', yamlLine),
      ),
    );
  } else if (validated.invalidData !== undefined && validated.locator) {
    const locator = validated.locator;
    found.push(
      ...checkInvalidLessonDate(validated.invalidData).map((f) =>
        findingToDiagnostic(f, file, locator, 'error', yamlLine),
      ),
    );
  }
  parsed.diagnostics = found.map((d) => shiftLines(d, yamlLine));
  if (body.trim() === '') {
    parsed.diagnostics.push({
      file,
      line: bodyLine,
      column: 1,
      endLine: bodyLine,
      endColumn: 1,
      severity: 'error',
      code: 'lesson/no-story',
      message: 'the lesson has no story after its front matter',
      expected: 'Markdown telling what happened, how it was found and what changed',
      hint: 'the story is why people trust the guard; a few paragraphs are enough',
    });
  }
  if (validated.data && !parsed.diagnostics.some((d) => d.severity === 'error')) parsed.lesson = validated.data;
  parsed.diagnostics.sort(byPosition);
  return parsed;
}

/** The lessons that parsed cleanly, ready for matching. */
export function validLessons(parsed: readonly ParsedLesson[]): LessonRef[] {
  return parsed.flatMap((p) => (p.lesson ? [lessonRefOf({ ...p, lesson: p.lesson })] : []));
}
