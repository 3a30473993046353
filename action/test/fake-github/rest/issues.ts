// Issues: create, get, update, list for repo.
import type { RenderContext } from '../render/context.ts';
import { renderIssue } from '../render/issues.ts';
import type { IssueRecord, StateReason } from '../state/records.ts';
import { intParam, labelNames, paginate, rejectUnsupported } from './params.ts';
import type { RestHandlers, RestRequest } from './types.ts';

type IssueBody = {
  title?: string | number | null;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: StateReason | null;
  labels?: unknown[];
} & Record<string, unknown>;

const UNMODELLED_ISSUE_FIELDS = [
  'assignee',
  'assignees',
  'milestone',
  'type',
  'issue_field_values',
  'duplicate_issue_id',
];
const UNMODELLED_LIST_FILTERS = ['milestone', 'assignee', 'type', 'mentioned', 'issue_field_values'];

export const issueHandlers: RestHandlers = {
  'issues/create': (request, ctx) => {
    const body = request.body as IssueBody;
    rejectUnsupported(body, UNMODELLED_ISSUE_FIELDS, 'issues/create');
    const issue = ctx.state.issues.create({
      title: String(body.title),
      body: body.body ?? null,
      labels: labelNames(body.labels),
      author: request.actor.login,
    });
    const rendered = renderIssue(ctx, issue);
    return { status: 201, body: rendered, headers: { location: rendered['url'] as string } };
  },

  'issues/get': (request, ctx) => ({
    status: 200,
    body: renderIssue(ctx, ctx.state.issues.get(intParam(request, 'issue_number'))),
  }),

  'issues/update': (request, ctx) => {
    const body = request.body as IssueBody;
    rejectUnsupported(body, UNMODELLED_ISSUE_FIELDS, 'issues/update');
    const issue = ctx.state.issues.update(
      intParam(request, 'issue_number'),
      {
        ...(body.title !== undefined && body.title !== null && { title: String(body.title) }),
        ...(body.body !== undefined && { body: body.body }),
        ...(body.state !== undefined && { state: body.state }),
        ...(body.state_reason !== undefined && { stateReason: body.state_reason }),
        ...(body.labels !== undefined && { labels: labelNames(body.labels) }),
      },
      request.actor.login,
    );
    return { status: 200, body: renderIssue(ctx, issue) };
  },

  'issues/list-for-repo': (request, ctx) => {
    const filters = Object.fromEntries(request.query);
    rejectUnsupported(filters, UNMODELLED_LIST_FILTERS, 'issues/list-for-repo');
    return paginate(request, listIssues(request, ctx), (issue) => renderIssue(ctx, issue));
  },
};

/** GitHub's filters: labels must all match; `since` compares updated_at; default open, newest first. */
function listIssues(request: RestRequest, ctx: RenderContext): IssueRecord[] {
  const { query } = request;
  const state = query.get('state') ?? 'open';
  const wanted = (query.get('labels') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const creator = query.get('creator')?.toLowerCase();
  const since = query.get('since');
  const sinceMs = since ? Date.parse(since) : undefined;
  const sort = query.get('sort') ?? 'created';
  const direction = query.get('direction') ?? 'desc';
  const issues = ctx.state.issues.all().filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    if (creator && issue.author.toLowerCase() !== creator) return false;
    if (sinceMs !== undefined && Date.parse(issue.updatedAt) < sinceMs) return false;
    const names = new Set(ctx.state.issues.labelsOf(issue).map((l) => l.name.toLowerCase()));
    return wanted.every((name) => names.has(name));
  });
  const key = (issue: IssueRecord): number =>
    sort === 'updated'
      ? Date.parse(issue.updatedAt)
      : sort === 'comments'
        ? ctx.state.issues.commentsOf(issue.number).length
        : issue.number; // numbers grow with creation time and break same-second ties
  const sign = direction === 'asc' ? 1 : -1;
  return issues.sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
}
