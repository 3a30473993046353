// Repository labels and the labels on one issue.
import { renderLabel } from '../render/issues.ts';
import { intParam, labelNames, paginate } from './params.ts';
import type { RestHandlers } from './types.ts';

/** add-labels and set-labels accept `{ labels: [...] }`, a bare array, or a single name. */
function requestedLabels(body: unknown): string[] {
  if (body && typeof body === 'object' && !Array.isArray(body))
    return labelNames((body as { labels?: unknown }).labels);
  return labelNames(body);
}

export const labelHandlers: RestHandlers = {
  'issues/list-labels-for-repo': (request, ctx) =>
    paginate(request, ctx.state.issues.labels(), (label) => renderLabel(ctx, label)),

  'issues/get-label': (request, ctx) => ({
    status: 200,
    body: renderLabel(ctx, ctx.state.issues.getLabel(request.params['name']!)),
  }),

  'issues/create-label': (request, ctx) => {
    const body = request.body as { name: string; color?: string; description?: string };
    const label = ctx.state.issues.createLabel(body);
    const rendered = renderLabel(ctx, label);
    return { status: 201, body: rendered, headers: { location: rendered['url'] as string } };
  },

  'issues/list-labels-on-issue': (request, ctx) => {
    const issue = ctx.state.issues.get(intParam(request, 'issue_number'));
    return paginate(request, ctx.state.issues.labelsOf(issue), (label) => renderLabel(ctx, label));
  },

  'issues/add-labels': (request, ctx) => {
    const labels = ctx.state.issues.addLabels(intParam(request, 'issue_number'), requestedLabels(request.body));
    return { status: 200, body: labels.map((label) => renderLabel(ctx, label)) };
  },

  'issues/set-labels': (request, ctx) => {
    const number = intParam(request, 'issue_number');
    const issue = ctx.state.issues.update(number, { labels: requestedLabels(request.body) }, request.actor.login);
    return { status: 200, body: ctx.state.issues.labelsOf(issue).map((label) => renderLabel(ctx, label)) };
  },

  'issues/remove-label': (request, ctx) => {
    const labels = ctx.state.issues.removeLabel(intParam(request, 'issue_number'), request.params['name']!);
    return { status: 200, body: labels.map((label) => renderLabel(ctx, label)) };
  },
};
