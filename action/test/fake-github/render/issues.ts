// `issue`, `label` and `issue-comment` shapes.
import type { CommentRecord, IssueRecord, LabelRecord } from '../state/records.ts';
import { type RenderContext, repoApiUrl, repoHtmlUrl } from './context.ts';
import { renderLogin } from './users.ts';

export function renderLabel(ctx: RenderContext, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: repoApiUrl(ctx, `/labels/${encodeURIComponent(label.name)}`),
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

export function renderReactions(url: string): Record<string, unknown> {
  return {
    url,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

/** Web UI link: pull requests live under /pull/, issues under /issues/. */
export function issueHtmlUrl(ctx: RenderContext, issue: IssueRecord): string {
  return repoHtmlUrl(ctx, `/${issue.pull ? 'pull' : 'issues'}/${issue.number}`);
}

export function renderIssue(ctx: RenderContext, issue: IssueRecord): Record<string, unknown> {
  const { state } = ctx;
  const api = repoApiUrl(ctx, `/issues/${issue.number}`);
  const subIssues = state.issues.subIssuesOf(issue);
  const completed = subIssues.filter((s) => s.state === 'closed').length;
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url: api,
    repository_url: repoApiUrl(ctx),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: issueHtmlUrl(ctx, issue),
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderLogin(ctx, issue.author),
    labels: state.issues.labelsOf(issue).map((label) => renderLabel(ctx, label)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: state.issues.commentsOf(issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy ? renderLogin(ctx, issue.closedBy) : null,
    author_association: state.authorAssociation(issue.author),
    type: null,
    timeline_url: `${api}/timeline`,
    performed_via_github_app: null,
    reactions: renderReactions(`${api}/reactions`),
    ...(issue.pull && {
      draft: issue.pull.draft,
      pull_request: {
        url: repoApiUrl(ctx, `/pulls/${issue.number}`),
        html_url: issueHtmlUrl(ctx, issue),
        diff_url: `${issueHtmlUrl(ctx, issue)}.diff`,
        patch_url: `${issueHtmlUrl(ctx, issue)}.patch`,
        merged_at: null,
      },
    }),
    ...(state.subIssuesEnabled && {
      sub_issues_summary: {
        total: subIssues.length,
        completed,
        percent_completed: subIssues.length ? Math.floor((completed / subIssues.length) * 100) : 0,
      },
      parent_issue_url: issue.parentNumber === null ? null : repoApiUrl(ctx, `/issues/${issue.parentNumber}`),
    }),
  };
}

export function renderComment(ctx: RenderContext, comment: CommentRecord): Record<string, unknown> {
  const issue = ctx.state.issues.get(comment.issueNumber);
  const api = repoApiUrl(ctx, `/issues/comments/${comment.id}`);
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: api,
    html_url: `${issueHtmlUrl(ctx, issue)}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderLogin(ctx, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: repoApiUrl(ctx, `/issues/${comment.issueNumber}`),
    author_association: ctx.state.authorAssociation(comment.author),
    performed_via_github_app: null,
    reactions: renderReactions(`${api}/reactions`),
  };
}
