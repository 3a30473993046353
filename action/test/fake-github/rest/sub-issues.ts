// Sub-issues. With `state.subIssuesEnabled` off every endpoint answers 404, like a GitHub
// instance that predates the API, so the action's fallback path can be tested.
import { notFound } from '../http/errors.ts';
import { renderIssue } from '../render/issues.ts';
import { intParam, paginate } from './params.ts';
import type { RestHandler, RestHandlers } from './types.ts';

function whenEnabled(handler: RestHandler): RestHandler {
  return (request, ctx) => {
    if (!ctx.state.subIssuesEnabled) throw notFound();
    return handler(request, ctx);
  };
}

export const subIssueHandlers: RestHandlers = {
  'issues/list-sub-issues': whenEnabled((request, ctx) => {
    const parent = ctx.state.issues.get(intParam(request, 'issue_number'));
    return paginate(request, ctx.state.issues.subIssuesOf(parent), (issue) => renderIssue(ctx, issue));
  }),

  'issues/add-sub-issue': whenEnabled((request, ctx) => {
    const body = request.body as { sub_issue_id: number; replace_parent?: boolean };
    const parent = ctx.state.issues.addSubIssue(
      intParam(request, 'issue_number'),
      body.sub_issue_id,
      body.replace_parent ?? false,
    );
    return { status: 201, body: renderIssue(ctx, parent) };
  }),

  'issues/remove-sub-issue': whenEnabled((request, ctx) => {
    const body = request.body as { sub_issue_id: number };
    const parent = ctx.state.issues.removeSubIssue(intParam(request, 'issue_number'), body.sub_issue_id);
    return { status: 200, body: renderIssue(ctx, parent) };
  }),

  'issues/get-parent': whenEnabled((request, ctx) => {
    const child = ctx.state.issues.get(intParam(request, 'issue_number'));
    if (child.parentNumber === null) throw notFound();
    return { status: 200, body: renderIssue(ctx, ctx.state.issues.get(child.parentNumber)) };
  }),
};
