// The lessons of every configured source, read once per run: validate, sync and the gate report
// of one run (and every base commit the report reads) share one reader, so a source named by
// several configurations is listed and read once. Problems become diagnostics on the
// `lessonSources` entry of rollbook.config.yaml (docs/adr/0049-shared-lessons.md).
import type { LessonSource } from '../../config/schema.ts';
import { type Diagnostic, type Position, START_OF_FILE } from '../../diagnostics/diagnostic.ts';
import type { ParsedLesson } from '../parse.ts';
import type { SourceProblem, SourceRead } from './fetch.ts';
import { type ResolvedSource, sourceKey } from './source.ts';

/** What a run knows of its lesson sources. */
export interface SharedLessons {
  /** The sources read, in the order of `lessonSources`, with the commit each was read at. */
  sources: ResolvedSource[];
  /** Their lessons, each with its `source`, in the order of `lessonSources` then by path. */
  lessons: ParsedLesson[];
  /** Each configured repository, and whether its lessons were read (lint checks waivers of read ones only). */
  repositories: { repository: string; read: boolean }[];
  /** Sources that could not be read (their problems are in `diagnostics`). */
  failed: SourceProblem[];
  /** Errors (or, when not checked at all, warnings) on the configuration's `lessonSources`. */
  diagnostics: Diagnostic[];
}

export type ReadSource = (source: LessonSource) => Promise<SourceRead>;

/** Where the configuration that named the sources is, to position their problems. */
export interface ConfigPlace {
  file: string;
  positions?: readonly Position[];
}

function placeOf(place: ConfigPlace, index: number): Pick<Diagnostic, 'file' | keyof Position> {
  return { file: place.file, ...(place.positions?.[index] ?? START_OF_FILE) };
}

export class LessonSourceReader {
  readonly #read: ReadSource;
  readonly #reads = new Map<string, Promise<SourceRead>>();

  constructor(read: ReadSource) {
    this.#read = read;
  }

  /** Each (repository, ref, path) is read the first time it is asked for, and never again in this run. */
  async read(sources: readonly LessonSource[], place: ConfigPlace): Promise<SharedLessons> {
    const reads = await Promise.all(
      sources.map((source) => {
        const key = sourceKey(source);
        let read = this.#reads.get(key);
        if (!read) {
          read = this.#read(source);
          this.#reads.set(key, read);
        }
        return read;
      }),
    );
    const out: SharedLessons = { sources: [], lessons: [], repositories: [], failed: [], diagnostics: [] };
    reads.forEach((read, index) => {
      const repository = sources[index]!.repository;
      out.repositories.push({ repository, read: read.ok });
      if (read.ok) {
        out.sources.push(read.source);
        // Copies: checks of one configuration mark duplicates on them, which must not leak into another's.
        out.lessons.push(...read.lessons.map((l) => ({ ...l, diagnostics: [...l.diagnostics] })));
        return;
      }
      out.failed.push(read.problem);
      const { message, expected, hint } = read.problem;
      out.diagnostics.push({
        ...placeOf(place, index),
        severity: 'error',
        code: 'lesson/source-unreadable',
        message,
        ...(expected ? { expected } : {}),
        hint,
      });
    });
    return out;
  }
}

/**
 * For the CLI without a token: nothing is read, and each source gets a diagnostic saying its
 * lessons were not checked (never a silent pass). `severity` is the caller's: `validate` warns,
 * `render` refuses to write runbooks without the guards.
 */
export function uncheckedSources(
  sources: readonly LessonSource[],
  place: ConfigPlace,
  severity: Diagnostic['severity'],
  why: string,
): SharedLessons {
  return {
    sources: [],
    lessons: [],
    repositories: sources.map((s) => ({ repository: s.repository, read: false })),
    failed: [],
    diagnostics: sources.map((source, index) => ({
      ...placeOf(place, index),
      severity,
      code: 'lesson/source-unchecked',
      message: `the lessons of ${source.repository} were not checked: ${why}`,
      expected: `a token with contents: read on ${source.repository} in GITHUB_TOKEN`,
      hint: 'set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) to check plans against the shared lessons too',
    })),
  };
}
