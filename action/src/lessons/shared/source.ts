// Lessons another repository shares (`lessonSources:` in rollbook.config.yaml): how a source,
// once its ref is resolved to a commit, names its files, its lessons and their web pages. Pure;
// fetch.ts reads them through the API, reader.ts once per run (docs/adr/0049-shared-lessons.md).
import type { LessonSource } from '../../config/schema.ts';
import { DEFAULT_LESSONS_DIR } from '../load.ts';

/** A source read at one commit: what runbooks, issues and reports record next to its guards. */
export interface ResolvedSource {
  /** `acme/incident-lessons`, as configured. */
  repository: string;
  /** The configured tag, branch or commit; else the default branch's name. */
  ref: string;
  /** The full commit sha `ref` pointed at when it was read. */
  commit: string;
  /** The lessons directory in that repository, without leading or trailing slashes. */
  path: string;
}

/** Where one shared lesson comes from; carried by its ParsedLesson and LessonRef. */
export interface LessonOrigin {
  repository: string;
  ref: string;
  commit: string;
  /** The lesson file's path in its repository. */
  path: string;
  /** The lesson file's web page at `ref`. */
  url: string;
}

export function sourcePath(source: LessonSource): string {
  return (source.path ?? DEFAULT_LESSONS_DIR).replace(/^\.?\/+/, '').replace(/\/+$/, '');
}

/** One run reads each (repository, ref, path) once; repository names are case-insensitive on GitHub. */
export function sourceKey(source: LessonSource): string {
  return `${source.repository.toLowerCase()}@${source.ref ?? ''}:${sourcePath(source)}`;
}

/** `acme/lessons@v3:playbooks/lessons/x.md`: the file name diagnostics of a shared lesson carry. */
export function sharedFileName(source: Pick<ResolvedSource, 'repository' | 'ref'>, path: string): string {
  return `${source.repository}@${source.ref}:${path}`;
}

/** The web page of `path` in the source's repository at its ref. */
export function sharedFileUrl(
  serverUrl: string,
  source: Pick<ResolvedSource, 'repository' | 'ref'>,
  path: string,
): string {
  const encoded = [...source.ref.split('/'), ...path.split('/')].map(encodeURIComponent).join('/');
  return `${serverUrl.replace(/\/+$/, '')}/${source.repository}/blob/${encoded}`;
}

export function originOf(serverUrl: string, source: ResolvedSource, path: string): LessonOrigin {
  return {
    repository: source.repository,
    ref: source.ref,
    commit: source.commit,
    path,
    url: sharedFileUrl(serverUrl, source, path),
  };
}
