// Comments on checklist issues (sign-off refusals, breach reports, duplicate notices). Posting is not
// idempotent, so each comment carries a hidden key and is posted only when no comment has it.
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './repo.ts';

const COMMENTS_PAGE = 100;

export interface CommentSummary {
  /** REST id, for updates and deletion. */
  id: number;
  body: string;
  /** Login of the author, as REST spells it (`github-actions[bot]`). */
  author?: string;
  /** When GitHub says it was posted: GitHub's record, never a time written in the body. */
  createdAt: string;
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
      comments.push({
        id: Number(comment.id),
        body: comment.body ?? '',
        ...(comment.user ? { author: comment.user.login } : {}),
        createdAt: comment.created_at,
      });
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
): Promise<number> {
  const { data } = await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: number,
    body,
    request: { retries: 0 },
  });
  return Number(data.id);
}

export async function updateIssueComment(github: GitHubClient, repo: RepoRef, id: number, body: string): Promise<void> {
  await github.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id, body });
}

export async function deleteIssueComment(github: GitHubClient, repo: RepoRef, id: number): Promise<void> {
  await github.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id });
}
