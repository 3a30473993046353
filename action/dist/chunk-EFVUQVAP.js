import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  nothingAnsweredAt
} from "./chunk-64ZO2YJY.js";
import {
  isUnreachable,
  statusOf
} from "./chunk-CO3KHFF2.js";
import {
  originOf,
  sharedFileName,
  sourcePath
} from "./chunk-ZAKRNKYC.js";
import {
  checkDuplicateIds,
  parseLesson
} from "./chunk-LC5U5VG2.js";
import {
  MAX_FILE_BYTES,
  decodeSource
} from "./chunk-PWZWRRNJ.js";

// action/src/lessons/shared/fetch.ts
var MAX_SHARED_LESSON_FILES = 500;
var MAX_SHARED_LESSON_BYTES = MAX_FILE_BYTES;
var LESSON_FILE = /\.md$/;
var NOT_A_LESSON = /(^|\/)readme\.md$/i;
var Unreadable = class extends Error {
  problem;
  constructor(problem) {
    super(problem.message);
    this.problem = problem;
  }
};
function permissionProblem(repository, status, options) {
  return {
    repository,
    message: `cannot read the lessons of ${repository}: GitHub answered ${status} (the repository does not exist, or the token may not read it; it needs contents: read on ${repository})`,
    expected: `a token with contents: read on ${repository}`,
    hint: `a workflow's GITHUB_TOKEN reads only its own repository: pass a token that can read ${repository} (a fine-grained token, or a GitHub App installation token) as ${options.tokenName}`
  };
}
async function call(repository, options, request) {
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
async function resolveSource(client, source, options) {
  const [owner, repo] = source.repository.split("/");
  const at = { owner, repo };
  let ref = source.ref;
  if (ref === void 0) {
    const { data } = await call(source.repository, options, () => client.rest.repos.get(at));
    ref = data.default_branch;
  }
  let commit;
  try {
    const { data } = await client.rest.repos.getCommit({ ...at, ref, mediaType: { format: "sha" } });
    commit = String(data).trim();
  } catch (error) {
    const status = statusOf(error);
    if (status !== 404 && status !== 422) return call(source.repository, options, () => Promise.reject(error));
    if (source.ref !== void 0) await call(source.repository, options, () => client.rest.repos.get(at));
    throw new Unreadable({
      repository: source.repository,
      message: `${source.repository} has no tag, branch or commit "${ref}"`,
      expected: `a ref of ${source.repository} in lessonSources`,
      hint: "fix `ref:` in lessonSources, or leave it out to read the default branch"
    });
  }
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`GitHub answered no commit sha for ${source.repository}@${ref}`);
  return { repository: source.repository, ref, commit, path: sourcePath(source) };
}
async function lessonEntries(client, resolved, options) {
  const [owner, repo] = resolved.repository.split("/");
  const { data } = await call(
    resolved.repository,
    options,
    () => client.rest.git.getTree({ owner, repo, tree_sha: resolved.commit, recursive: "true" })
  );
  const where = `${resolved.repository}@${resolved.ref}`;
  if (data.truncated) {
    throw new Unreadable({
      repository: resolved.repository,
      message: `${where} has too many files for one tree listing`,
      hint: "keep the lessons in a smaller repository, or ask for the limit to be raised"
    });
  }
  const prefix = resolved.path === "" ? "" : `${resolved.path}/`;
  if (prefix !== "" && !data.tree.some((e) => e.type === "tree" && e.path === resolved.path)) {
    throw new Unreadable({
      repository: resolved.repository,
      message: `${where} has no directory "${resolved.path}"`,
      expected: `the directory of lesson files in ${resolved.repository}`,
      hint: "fix `path:` in lessonSources (default playbooks/lessons)"
    });
  }
  const entries = data.tree.filter(
    (e) => e.type === "blob" && e.path?.startsWith(prefix) && LESSON_FILE.test(e.path) && !NOT_A_LESSON.test(e.path)
  ).map((e) => ({ path: e.path, sha: e.sha, ...e.size === void 0 ? {} : { size: e.size } })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  if (entries.length > MAX_SHARED_LESSON_FILES) {
    throw new Unreadable({
      repository: resolved.repository,
      message: `${where} has ${entries.length} lesson files under ${resolved.path}, more than the ${MAX_SHARED_LESSON_FILES} one run reads`,
      hint: "point `path:` at a smaller directory"
    });
  }
  return entries;
}
async function readLesson(client, resolved, entry, options) {
  const file = sharedFileName(resolved, entry.path);
  const source = originOf(options.serverUrl, resolved, entry.path);
  if ((entry.size ?? 0) > MAX_SHARED_LESSON_BYTES) {
    const diagnostic = {
      file,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      severity: "error",
      code: "file/too-large",
      message: `the lesson file is ${entry.size} bytes, more than ${MAX_SHARED_LESSON_BYTES}`,
      expected: "a lesson file under 1 MiB",
      hint: "shorten the story; lessons are read on every run"
    };
    return { file, text: "", source, diagnostics: [diagnostic] };
  }
  const [owner, repo] = resolved.repository.split("/");
  const { data } = await call(
    resolved.repository,
    options,
    () => client.rest.git.getBlob({ owner, repo, file_sha: entry.sha })
  );
  const bytes = Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
  const decoded = decodeSource(bytes, file);
  const parsed = decoded.text === void 0 ? { file, text: "", diagnostics: decoded.diagnostics } : parseLesson(decoded.text, file);
  return { ...parsed, source };
}
async function fetchLessonSource(client, source, options) {
  try {
    const resolved = await resolveSource(client, source, options);
    const entries = await lessonEntries(client, resolved, options);
    const lessons = [];
    for (const entry of entries) lessons.push(await readLesson(client, resolved, entry, options));
    checkDuplicateIds(lessons);
    return { ok: true, source: resolved, lessons };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, problem: error.problem };
    const status = statusOf(error);
    if (status === void 0 && !(error instanceof Error && /fetch failed|ECONN|socket|ETIMEDOUT|ENOTFOUND/i.test(error.message)))
      throw error;
    const answered = status !== void 0 && !isUnreachable(error);
    const answer = answered ? `GitHub answered ${status}` : "the GitHub API could not be reached";
    return {
      ok: false,
      problem: {
        repository: source.repository,
        message: `cannot read the lessons of ${source.repository}: ${answer}`,
        hint: answered ? "run again later; check the API URL (GITHUB_API_URL) if it persists" : `${nothingAnsweredAt(client.request.endpoint.DEFAULTS.baseUrl)}, then run again`
      }
    };
  }
}

export {
  MAX_SHARED_LESSON_FILES,
  MAX_SHARED_LESSON_BYTES,
  fetchLessonSource
};
