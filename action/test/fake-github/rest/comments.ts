// Issue comments: list, get, create, update, delete. Gate reports on PRs use these too.
import { renderComment } from '../render/issues.ts';
import { intParam, paginate } from './params.ts';
import type { RestHandlers } from './types.ts';

export const commentHandlers: RestHandlers = {
  'issues/list-comments': (request, ctx) => {
    const issue = ctx.state.issues.get(intParam(request, 'issue_number'));
    const since = request.query.get('since');
    const comments = ctx.state.issues
      .commentsOf(issue.number)
      .filter((c) => !since || Date.parse(c.updatedAt) >= Date.parse(since))
      .sort((a, b) => a.id - b.id);
    return paginate(request, comments, (comment) => renderComment(ctx, comment));
  },

  'issues/get-comment': (request, ctx) => ({
    status: 200,
    body: renderComment(ctx, ctx.state.issues.getComment(intParam(request, 'comment_id'))),
  }),

  'issues/create-comment': (request, ctx) => {
    const { body } = request.body as { body: string };
    const comment = ctx.state.issues.createComment(intParam(request, 'issue_number'), body, request.actor.login);
    const rendered = renderComment(ctx, comment);
    return { status: 201, body: rendered, headers: { location: rendered['url'] as string } };
  },

  'issues/update-comment': (request, ctx) => {
    const { body } = request.body as { body: string };
    const comment = ctx.state.issues.updateComment(intParam(request, 'comment_id'), body);
    return { status: 200, body: renderComment(ctx, comment) };
  },

  'issues/delete-comment': (request, ctx) => {
    ctx.state.issues.deleteComment(intParam(request, 'comment_id'));
    return { status: 204 };
  },
};
