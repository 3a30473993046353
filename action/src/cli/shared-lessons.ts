// The CLI's side of `lessonSources:`: with GITHUB_TOKEN set, the sources are read through the
// API (GITHUB_API_URL, as the action reads them), once per command; without it nothing is read
// and every source gets a diagnostic saying its lessons were not checked, at the severity the
// command picks. Never a cache: a stale copy would pass plans the shared lessons now refuse
// (docs/adr/0049-shared-lessons.md). The GitHub client is loaded only when a source is read, so
// a repository without lesson sources starts as fast as before.
import type { LoadedConfig } from '../config/load.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { serverUrl } from '../github/server-url.ts';
import { type SharedLessons, uncheckedSources } from '../lessons/shared/reader.ts';
import type { CliIO } from './command.ts';
import { stderrLogger } from './logger.ts';

/** Undefined when the configuration names no lesson source. */
export async function readSharedLessons(
  loaded: LoadedConfig,
  io: Pick<CliIO, 'env' | 'stderr' | 'pacing'>,
  unchecked: Diagnostic['severity'],
): Promise<SharedLessons | undefined> {
  const sources = loaded.config.lessonSources;
  if (!sources || sources.length === 0) return undefined;
  const place = {
    file: loaded.file ?? 'rollbook.config.yaml',
    ...(loaded.lessonSourcePositions ? { positions: loaded.lessonSourcePositions } : {}),
  };
  const token = io.env.GITHUB_TOKEN;
  if (!token) return uncheckedSources(sources, place, unchecked, 'GITHUB_TOKEN is not set');
  const [{ apiBaseUrl, createGitHubClient }, { fetchLessonSource }, { LessonSourceReader }] = await Promise.all([
    import('../github/client.ts'),
    import('../lessons/shared/fetch.ts'),
    import('../lessons/shared/reader.ts'),
  ]);
  const client = createGitHubClient(token, { baseUrl: apiBaseUrl(io.env), log: stderrLogger(io), pacing: io.pacing });
  const options = { serverUrl: serverUrl(io.env), tokenName: 'GITHUB_TOKEN' };
  const reader = new LessonSourceReader((source) => fetchLessonSource(client, source, options));
  return reader.read(sources, place);
}
