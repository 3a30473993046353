// `pull-request` and `diff-entry` shapes.
import type { FileChange, PullDetails, PullRequestRecord } from '../state/records.ts';
import { blobSha } from './contents.ts';
import { type RenderContext, repoApiUrl, repoHtmlUrl } from './context.ts';
import { issueHtmlUrl, renderLabel } from './issues.ts';
import { renderRepository } from './repository.ts';
import { renderLogin, renderUser } from './users.ts';

export function renderPullRequest(ctx: RenderContext, issue: PullRequestRecord): Record<string, unknown> {
  const { state } = ctx;
  const { pull } = issue;
  const api = repoApiUrl(ctx, `/pulls/${issue.number}`);
  const issueApi = repoApiUrl(ctx, `/issues/${issue.number}`);
  const html = issueHtmlUrl(ctx, issue);
  const repository = renderRepository(ctx);
  const branch = (ref: string, sha: string) => ({
    label: `${state.owner}:${ref}`,
    ref,
    sha,
    user: renderUser(ctx, state.ownerAccount),
    repo: repository,
  });
  const href = (url: string) => ({ href: url });
  return {
    url: api,
    id: issue.id,
    node_id: issue.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: repoApiUrl(ctx, '/pulls/comments{/number}'),
    comments_url: `${issueApi}/comments`,
    statuses_url: repoApiUrl(ctx, `/statuses/${pull.headSha}`),
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: renderLogin(ctx, issue.author),
    body: issue.body,
    labels: state.issues.labelsOf(issue).map((label) => renderLabel(ctx, label)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.headRef, pull.headSha),
    base: branch(pull.baseRef, pull.baseSha),
    _links: {
      self: href(api),
      html: href(html),
      issue: href(issueApi),
      comments: href(`${issueApi}/comments`),
      review_comments: href(`${api}/comments`),
      review_comment: href(repoApiUrl(ctx, '/pulls/comments{/number}')),
      commits: href(`${api}/commits`),
      statuses: href(repoApiUrl(ctx, `/statuses/${pull.headSha}`)),
    },
    author_association: state.authorAssociation(issue.author),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: state.issues.commentsOf(issue.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: pull.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: pull.files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: pull.files.length,
  };
}

export function renderDiffEntry(ctx: RenderContext, pull: PullDetails, change: FileChange): Record<string, unknown> {
  const sha = pull.headSha;
  const content = ctx.state.git.resolve(change.status === 'removed' ? pull.baseSha : sha)?.files.get(change.filename);
  return {
    sha: blobSha(content ?? ''),
    filename: change.filename,
    status: change.status,
    additions: change.additions,
    deletions: change.deletions,
    changes: change.additions + change.deletions,
    blob_url: repoHtmlUrl(ctx, `/blob/${sha}/${change.filename}`),
    raw_url: repoHtmlUrl(ctx, `/raw/${sha}/${change.filename}`),
    contents_url: repoApiUrl(ctx, `/contents/${change.filename}?ref=${sha}`),
    ...(change.patch !== undefined && { patch: change.patch }),
    ...(change.previousFilename !== undefined && { previous_filename: change.previousFilename }),
  };
}
