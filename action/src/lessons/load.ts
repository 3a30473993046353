// The file-system edge for lessons: find playbooks/lessons/*.md, read each safely, parse (or take
// the parse an earlier run kept for the same path and text, docs/adr/0061-lessons-kept-too.md).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { type Diagnostic, START_OF_FILE } from '../diagnostics/diagnostic.ts';
import { toDisplay } from '../files/contained.ts';
import { readSourceFile } from '../plan/load.ts';
import type { KeptLessons } from './kept.ts';
import { checkDuplicateIds } from './lesson-set.ts';
import { type ParsedLesson, parseLesson } from './parse.ts';

export const DEFAULT_LESSONS_DIR = 'playbooks/lessons';

/** The lessons directory a configuration names (`lessons:`), else the default. */
export function lessonsDirOf(config: { lessons?: string | undefined }): string {
  return config.lessons ?? DEFAULT_LESSONS_DIR;
}
export const LESSON_GLOB = '**/*.md';
/** A README explains the directory; it is not a lesson. */
const IGNORED = ['**/node_modules/**', '**/README.md', '**/readme.md'];

export interface LoadedLessons {
  /** Display path of the directory, relative to cwd. */
  dir: string;
  /** False when the directory does not exist: lesson checks are then skipped. */
  found: boolean;
  lessons: ParsedLesson[];
  /** Problems with the directory itself. Each lesson's own problems are on the lesson. */
  diagnostics: Diagnostic[];
}

async function readLesson(path: string, cwd: string, results: KeptLessons | undefined): Promise<ParsedLesson> {
  const decoded = await readSourceFile(path, cwd);
  const text = decoded.text;
  if (text === undefined) return { file: path, text: '', diagnostics: decoded.diagnostics };
  const kept = results?.getLesson(path, text);
  if (kept) return { file: path, text, ...kept };
  const parsed = parseLesson(text, path);
  if (results) {
    const { file: _file, text: _text, ...rest } = parsed;
    results.setLesson(path, text, rest);
  }
  return parsed;
}

/**
 * Reads every lesson under `dir`. `explicit` says the directory was configured: then its
 * absence is an error, while a missing default directory just means "no lessons yet". With
 * `results`, a lesson whose path and text an earlier run parsed is read but not parsed.
 */
export async function loadLessons(
  dir: string,
  cwd: string,
  explicit = false,
  results?: KeptLessons,
): Promise<LoadedLessons> {
  const absolute = resolve(cwd, dir);
  const display = toDisplay(absolute, cwd);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory()) {
    const diagnostics: Diagnostic[] = explicit
      ? [
          {
            file: display,
            ...START_OF_FILE,
            severity: 'error',
            code: 'lesson/missing-dir',
            message: info
              ? `the lessons directory "${display}" is a file, not a directory`
              : `the lessons directory "${display}" does not exist`,
            expected: 'a directory of lesson files (*.md)',
            hint: info
              ? 'fix `lessons:` in rollbook.config.yaml to name a directory'
              : 'fix `lessons:` in rollbook.config.yaml, or create the directory with `rollbook lesson new`',
          },
        ]
      : [];
    return { dir: display, found: false, lessons: [], diagnostics };
  }
  const files = (await glob(LESSON_GLOB, { cwd: absolute, ignore: IGNORED, absolute: true, onlyFiles: true }))
    .map((f) => toDisplay(f, cwd))
    .sort();
  const lessons: ParsedLesson[] = [];
  // Sequential: a repository has tens of lessons, not thousands.
  for (const file of files) lessons.push(await readLesson(file, cwd, results));
  checkDuplicateIds(lessons);
  return { dir: display, found: true, lessons, diagnostics: [] };
}
