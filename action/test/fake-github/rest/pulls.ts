// Pull requests: get, list, list files.
import { renderDiffEntry, renderPullRequest } from '../render/pulls.ts';
import type { PullRequestRecord } from '../state/records.ts';
import { intParam, paginate } from './params.ts';
import type { RestHandlers } from './types.ts';

export const pullHandlers: RestHandlers = {
  'pulls/get': (request, ctx) => ({
    status: 200,
    body: renderPullRequest(ctx, ctx.state.getPull(intParam(request, 'pull_number'))),
  }),

  'pulls/list': (request, ctx) => {
    const { query } = request;
    const state = query.get('state') ?? 'open';
    const base = query.get('base');
    const head = query.get('head'); // `owner:branch`
    const direction = query.get('direction') ?? 'desc';
    const pulls = ctx.state.issues
      .all()
      .filter((issue): issue is PullRequestRecord => issue.pull !== null)
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => !base || issue.pull.baseRef === base)
      .filter((issue) => !head || `${ctx.state.owner}:${issue.pull.headRef}` === head)
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    return paginate(request, pulls, (pull) => renderPullRequest(ctx, pull));
  },

  'pulls/list-files': (request, ctx) => {
    const { pull } = ctx.state.getPull(intParam(request, 'pull_number'));
    return paginate(request, pull.files, (change) => renderDiffEntry(ctx, pull, change));
  },
};
