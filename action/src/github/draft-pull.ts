// Opening a pull request that adds one file on a new branch: the REST calls the lesson drafts
// need (git refs, the contents API, pulls). Each step checks before it writes, so a run that died
// half-way is finished by the next one instead of starting over.
import type { GitHubClient } from './client.ts';
import { isNotFound, isUnprocessable } from './errors.ts';
import type { RepoRef } from './repo.ts';

export interface NewDraftPull {
  branch: string;
  path: string;
  content: string;
  message: string;
  title: string;
  body: string;
}

/** The pull request (any state) whose head is `branch` of this repository, if one was ever opened. */
export async function findPullByHead(
  github: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<{ number: number; url: string } | undefined> {
  const pulls = await github.paginate(github.rest.pulls.list, {
    ...repo,
    state: 'all',
    head: `${repo.owner}:${branch}`,
    per_page: 100,
  });
  const found = pulls.find((p) => p.head.ref === branch);
  return found ? { number: found.number, url: found.html_url } : undefined;
}

async function branchSha(github: GitHubClient, repo: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const { data } = await github.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function fileExists(github: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<boolean> {
  try {
    await github.rest.repos.getContent({ ...repo, path, ref });
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/**
 * Creates the branch from the default branch (unless it exists), the file on it (unless it is
 * there), and the pull request. Throws GitHub's error when the pull request is refused (403 when
 * Actions may not create pull requests); the branch and file then stay for the next try.
 */
export async function openDraftPull(
  github: GitHubClient,
  repo: RepoRef,
  draft: NewDraftPull,
): Promise<{ number: number; url: string }> {
  const { data: repository } = await github.rest.repos.get({ ...repo });
  const base = repository.default_branch;
  if ((await branchSha(github, repo, draft.branch)) === undefined) {
    const sha = await branchSha(github, repo, base);
    if (sha === undefined) throw new Error(`the default branch ${base} has no commit`);
    try {
      await github.rest.git.createRef({ ...repo, ref: `refs/heads/${draft.branch}`, sha });
    } catch (error) {
      // Another run made it since the check: carry on with it.
      if (!isUnprocessable(error)) throw error;
    }
  }
  if (!(await fileExists(github, repo, draft.path, draft.branch))) {
    await github.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: draft.path,
      branch: draft.branch,
      message: draft.message,
      content: Buffer.from(draft.content, 'utf8').toString('base64'),
    });
  }
  const { data } = await github.rest.pulls.create({
    ...repo,
    head: draft.branch,
    base,
    title: draft.title,
    body: draft.body,
    draft: true,
    request: { retries: 0 },
  });
  return { number: data.number, url: data.html_url };
}
