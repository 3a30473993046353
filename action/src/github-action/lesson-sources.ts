// The action's one reader of `lessonSources` for the whole run: validate and sync take the
// workspace configuration's sources from it, the gate report each base commit's; a source named
// by both is read once. It reads with `lessons-token`, else `token` (docs/adr/0049-shared-lessons.md).
import type { LoadedConfig } from '../config/load.ts';
import type { RollbookConfig } from '../config/schema.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { GitHubClient } from '../github/client.ts';
import { serverUrl } from '../github/server-url.ts';
import { fetchLessonSource } from '../lessons/shared/fetch.ts';
import { LessonSourceReader, type SharedLessons } from '../lessons/shared/reader.ts';
import type { ActionInputs } from './inputs.ts';

/** Reads the sources a configuration names; undefined when it names none. */
export type SharedLessonsOf = (
  config: RollbookConfig,
  file: string,
  positions?: readonly Position[],
) => Promise<SharedLessons | undefined>;

export function actionLessonSources(
  inputs: Pick<ActionInputs, 'token' | 'lessonsToken'>,
  env: NodeJS.ProcessEnv,
  github: (token: string) => GitHubClient,
): SharedLessonsOf {
  const token = inputs.lessonsToken || inputs.token;
  const tokenName = inputs.lessonsToken ? 'the lessons-token input' : 'the action’s lessons-token input';
  let client: GitHubClient | undefined;
  const reader = new LessonSourceReader(async (source) => {
    if (!token) {
      return {
        ok: false,
        problem: {
          repository: source.repository,
          message: `cannot read the lessons of ${source.repository}: the action has no token`,
          expected: `a token with contents: read on ${source.repository}`,
          hint: 'pass one as the lessons-token input',
        },
      };
    }
    client ??= github(token);
    return fetchLessonSource(client, source, { serverUrl: serverUrl(env), tokenName });
  });
  return async (config, file, positions) => {
    const sources = config.lessonSources;
    if (!sources || sources.length === 0) return undefined;
    return reader.read(sources, { file, ...(positions ? { positions } : {}) });
  };
}

/** The workspace configuration's sources. */
export function sharedLessonsOfLoaded(read: SharedLessonsOf, loaded: LoadedConfig, file: string) {
  return read(loaded.config, loaded.file ?? file, loaded.lessonSourcePositions);
}
