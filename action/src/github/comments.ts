// Comments on checklist issues (sign-off refusals, duplicate notices). Posting is not
// idempotent, so each comment carries a hidden key and is posted only when no comment has it.
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './repo.ts';

const COMMENTS_PAGE = 100;

export interface CommentSummary {
  body: string;
  /** Login of the author, as REST spells it (`github-actions[bot]`). */
  author?: string;
}

export async function listComments(github: GitHubClient, repo: RepoRef, number: number): Promise<CommentSummary[]> {
  const comments: CommentSummary[] = [];
  for (let page = 1; ; page++) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: number,
      per_page: COMMENTS_PAGE,
      page,
    });
    for (const comment of data)
      comments.push({ body: comment.body ?? '', ...(comment.user ? { author: comment.user.login } : {}) });
    if (data.length < COMMENTS_PAGE) break;
  }
  return comments;
}

/** Retries off, as for creating issues: the caller checks for the key before trying again. */
export async function createCommentOnce(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<void> {
  await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: number,
    body,
    request: { retries: 0 },
  });
}
