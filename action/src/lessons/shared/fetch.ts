// Reads one lesson source through the GitHub API: its ref resolved to a commit, one recursive
// tree listing at that commit, then the blob of each lesson file, parsed and checked exactly
// like a local lesson. A repository the token cannot read, or a ref it does not have, is a
// problem that names the repository and the permission needed; what GitHub answered is never
// repeated (docs/adr/0049-shared-lessons.md).
import type { LessonSource } from '../../config/schema.ts';
import type { GitHubClient } from '../../github/client.ts';
import { isUnreachable, statusOf } from '../../github/errors.ts';
import { nothingAnsweredAt } from '../../github/unreachable.ts';
import { decodeSource, MAX_FILE_BYTES } from '../../plan/yaml-source.ts';
import { checkDuplicateIds } from '../lesson-set.ts';
import { type ParsedLesson, parseLesson } from '../parse.ts';
import { originOf, type ResolvedSource, sharedFileName, sourcePath } from './source.ts';

/** Lesson files read from one source at most: a request each. */
export const MAX_SHARED_LESSON_FILES = 500;
/** Largest lesson file read: the limit of a lesson read from disk (1 MiB), so a file is refused alike wherever it lives. */
export const MAX_SHARED_LESSON_BYTES = MAX_FILE_BYTES;

const LESSON_FILE = /\.md$/;
const NOT_A_LESSON = /(^|\/)readme\.md$/i;

export interface SourceProblem {
  repository: string;
  message: string;
  expected?: string;
  hint: string;
}

export type SourceRead =
  | { ok: true; source: ResolvedSource; lessons: ParsedLesson[] }
  | { ok: false; problem: SourceProblem };

export interface FetchOptions {
  /** GITHUB_SERVER_URL: the base of the lessons' web pages. */
  serverUrl: string;
  /** The action input or variable the token comes from, for the hint (`lessons-token`, `GITHUB_TOKEN`). */
  tokenName: string;
}

/** A failed read we explain; anything else (5xx after retries, a network error) propagates. */
class Unreadable extends Error {
  readonly problem: SourceProblem;
  constructor(problem: SourceProblem) {
    super(problem.message);
    this.problem = problem;
  }
}

function permissionProblem(repository: string, status: number, options: FetchOptions): SourceProblem {
  return {
    repository,
    message: `cannot read the lessons of ${repository}: GitHub answered ${status} (the repository does not exist, or the token may not read it; it needs contents: read on ${repository})`,
    expected: `a token with contents: read on ${repository}`,
    hint: `a workflow's GITHUB_TOKEN reads only its own repository: pass a token that can read ${repository} (a fine-grained token, or a GitHub App installation token) as ${options.tokenName}`,
  };
}

/** Runs one API call; 401, 403 and 404 become a permission problem naming the repository. */
async function call<T>(repository: string, options: FetchOptions, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403 || status === 404) {
      throw new Unreadable(permissionProblem(repository, status, options));
    }
    throw error;
  }
}

async function resolveSource(
  client: GitHubClient,
  source: LessonSource,
  options: FetchOptions,
): Promise<ResolvedSource> {
  const [owner, repo] = source.repository.split('/') as [string, string];
  const at = { owner, repo };
  let ref = source.ref;
  if (ref === undefined) {
    const { data } = await call(source.repository, options, () => client.rest.repos.get(at));
    ref = data.default_branch;
  }
  let commit: string;
  try {
    // The `sha` media type answers the commit's sha alone, as text.
    const { data } = await client.rest.repos.getCommit({ ...at, ref, mediaType: { format: 'sha' } });
    commit = String(data).trim();
  } catch (error) {
    const status = statusOf(error);
    if (status !== 404 && status !== 422) return call(source.repository, options, () => Promise.reject(error));
    // Tell a missing ref from an unreadable repository.
    if (source.ref !== undefined) await call(source.repository, options, () => client.rest.repos.get(at));
    throw new Unreadable({
      repository: source.repository,
      message: `${source.repository} has no tag, branch or commit "${ref}"`,
      expected: `a ref of ${source.repository} in lessonSources`,
      hint: 'fix `ref:` in lessonSources, or leave it out to read the default branch',
    });
  }
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`GitHub answered no commit sha for ${source.repository}@${ref}`);
  return { repository: source.repository, ref, commit, path: sourcePath(source) };
}

interface TreeEntry {
  path: string;
  sha: string;
  size?: number;
}

async function lessonEntries(
  client: GitHubClient,
  resolved: ResolvedSource,
  options: FetchOptions,
): Promise<TreeEntry[]> {
  const [owner, repo] = resolved.repository.split('/') as [string, string];
  const { data } = await call(resolved.repository, options, () =>
    client.rest.git.getTree({ owner, repo, tree_sha: resolved.commit, recursive: 'true' }),
  );
  const where = `${resolved.repository}@${resolved.ref}`;
  if (data.truncated) {
    throw new Unreadable({
      repository: resolved.repository,
      message: `${where} has too many files for one tree listing`,
      hint: 'keep the lessons in a smaller repository, or ask for the limit to be raised',
    });
  }
  const prefix = resolved.path === '' ? '' : `${resolved.path}/`;
  if (prefix !== '' && !data.tree.some((e) => e.type === 'tree' && e.path === resolved.path)) {
    throw new Unreadable({
      repository: resolved.repository,
      message: `${where} has no directory "${resolved.path}"`,
      expected: `the directory of lesson files in ${resolved.repository}`,
      hint: 'fix `path:` in lessonSources (default playbooks/lessons)',
    });
  }
  const entries = data.tree
    .filter(
      (e) => e.type === 'blob' && e.path?.startsWith(prefix) && LESSON_FILE.test(e.path) && !NOT_A_LESSON.test(e.path),
    )
    .map((e) => ({ path: e.path!, sha: e.sha!, ...(e.size === undefined ? {} : { size: e.size }) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (entries.length > MAX_SHARED_LESSON_FILES) {
    throw new Unreadable({
      repository: resolved.repository,
      message: `${where} has ${entries.length} lesson files under ${resolved.path}, more than the ${MAX_SHARED_LESSON_FILES} one run reads`,
      hint: 'point `path:` at a smaller directory',
    });
  }
  return entries;
}

async function readLesson(
  client: GitHubClient,
  resolved: ResolvedSource,
  entry: TreeEntry,
  options: FetchOptions,
): Promise<ParsedLesson> {
  const file = sharedFileName(resolved, entry.path);
  const source = originOf(options.serverUrl, resolved, entry.path);
  if ((entry.size ?? 0) > MAX_SHARED_LESSON_BYTES) {
    const diagnostic = {
      file,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      severity: 'error' as const,
      code: 'file/too-large',
      message: `the lesson file is ${entry.size} bytes, more than ${MAX_SHARED_LESSON_BYTES}`,
      expected: 'a lesson file under 1 MiB',
      hint: 'shorten the story; lessons are read on every run',
    };
    return { file, text: '', source, diagnostics: [diagnostic] };
  }
  const [owner, repo] = resolved.repository.split('/') as [string, string];
  const { data } = await call(resolved.repository, options, () =>
    client.rest.git.getBlob({ owner, repo, file_sha: entry.sha }),
  );
  const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
  const decoded = decodeSource(bytes, file);
  const parsed =
    decoded.text === undefined ? { file, text: '', diagnostics: decoded.diagnostics } : parseLesson(decoded.text, file);
  return { ...parsed, source };
}

/** Reads one source. Failures of GitHub or the network come back as a problem; only bugs propagate. */
export async function fetchLessonSource(
  client: GitHubClient,
  source: LessonSource,
  options: FetchOptions,
): Promise<SourceRead> {
  try {
    const resolved = await resolveSource(client, source, options);
    const entries = await lessonEntries(client, resolved, options);
    const lessons: ParsedLesson[] = [];
    // Sequential: a source has tens of lessons, and GitHub asks integrations not to burst.
    for (const entry of entries) lessons.push(await readLesson(client, resolved, entry, options));
    checkDuplicateIds(lessons);
    return { ok: true, source: resolved, lessons };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, problem: error.problem };
    // A 5xx after the client's retries, or no connection: said without what GitHub answered.
    const status = statusOf(error);
    if (
      status === undefined &&
      !(error instanceof Error && /fetch failed|ECONN|socket|ETIMEDOUT|ENOTFOUND/i.test(error.message))
    )
      throw error;
    // Octokit reports a request that got no answer as a 500 without a response (isUnreachable); a
    // 500 that came back is GitHub's answer, and said as one.
    const answered = status !== undefined && !isUnreachable(error);
    const answer = answered ? `GitHub answered ${status}` : 'the GitHub API could not be reached';
    return {
      ok: false,
      problem: {
        repository: source.repository,
        message: `cannot read the lessons of ${source.repository}: ${answer}`,
        hint: answered
          ? 'run again later; check the API URL (GITHUB_API_URL) if it persists'
          : `${nothingAnsweredAt(client.request.endpoint.DEFAULTS.baseUrl)}, then run again`,
      },
    };
  }
}
