// Commit statuses and check runs.
import { notFound } from '../http/errors.ts';
import { renderCheckRun, renderCombinedStatus, renderStatus } from '../render/commits.ts';
import type { RenderContext } from '../render/context.ts';
import type { CheckRunInput } from '../state/checks.ts';
import { isFullSha } from '../state/git.ts';
import type { CheckRunRecord, CommitState } from '../state/records.ts';
import { intParam, paginate } from './params.ts';
import type { RestHandlers, RestRequest } from './types.ts';

/** A branch name or a sha; statuses may be set on any full sha, as the action only knows PR heads. */
function resolveSha(ctx: RenderContext, ref: string): string {
  if (isFullSha(ref)) return ref;
  const commit = ctx.state.git.resolve(ref);
  if (!commit) throw notFound();
  return commit.sha;
}

type CheckRunBody = {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRunInput['status'];
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: CheckRunInput['output'] & Record<string, unknown>;
} & Record<string, unknown>;

function checkRunInput(body: CheckRunBody): CheckRunInput {
  const input: CheckRunInput = {};
  if (body.name !== undefined) input.name = body.name;
  if (body.status !== undefined) input.status = body.status;
  if (body.conclusion !== undefined) input.conclusion = body.conclusion;
  if (body.started_at !== undefined) input.startedAt = body.started_at;
  if (body.completed_at !== undefined) input.completedAt = body.completed_at;
  if (body.external_id !== undefined) input.externalId = body.external_id;
  if (body.details_url !== undefined) input.detailsUrl = body.details_url;
  if (body.output !== undefined) input.output = body.output;
  return input;
}

/** `filter=latest` (the default) keeps the newest run per name. */
function checkRunsFor(request: RestRequest, ctx: RenderContext, sha: string): CheckRunRecord[] {
  const name = request.query.get('check_name');
  const status = request.query.get('status');
  const latestOnly = (request.query.get('filter') ?? 'latest') === 'latest';
  const seen = new Set<string>();
  return ctx.state.checks.checkRunsFor(sha).filter((run) => {
    if (name && run.name !== name) return false;
    if (status && run.status !== status) return false;
    if (!latestOnly) return true;
    if (seen.has(run.name)) return false;
    seen.add(run.name);
    return true;
  });
}

export const commitHandlers: RestHandlers = {
  'repos/create-commit-status': (request, ctx) => {
    const body = request.body as {
      state: CommitState;
      context?: string;
      description?: string | null;
      target_url?: string | null;
    };
    const status = ctx.state.checks.createStatus({
      sha: request.params['sha']!,
      state: body.state,
      ...(body.context !== undefined && { context: body.context }),
      ...(body.description !== undefined && { description: body.description }),
      ...(body.target_url !== undefined && { targetUrl: body.target_url }),
      creator: request.actor.login,
    });
    return { status: 201, body: renderStatus(ctx, status) };
  },

  'repos/get-combined-status-for-ref': (request, ctx) => {
    const sha = resolveSha(ctx, request.params['ref']!);
    return { status: 200, body: renderCombinedStatus(ctx, sha, ctx.state.checks.latestStatusesFor(sha)) };
  },

  'repos/list-commit-statuses-for-ref': (request, ctx) => {
    const sha = resolveSha(ctx, request.params['ref']!);
    return paginate(request, ctx.state.checks.statusesFor(sha), (status) => renderStatus(ctx, status));
  },

  'checks/create': (request, ctx) => {
    const body = request.body as CheckRunBody & { name: string; head_sha: string };
    const run = ctx.state.checks.createCheckRun(body.head_sha, { ...checkRunInput(body), name: body.name });
    return { status: 201, body: renderCheckRun(ctx, run) };
  },

  'checks/update': (request, ctx) => {
    const run = ctx.state.checks.updateCheckRun(
      intParam(request, 'check_run_id'),
      checkRunInput(request.body as CheckRunBody),
    );
    return { status: 200, body: renderCheckRun(ctx, run) };
  },

  'checks/list-for-ref': (request, ctx) => {
    const runs = checkRunsFor(request, ctx, resolveSha(ctx, request.params['ref']!));
    const page = paginate(request, runs, (run) => renderCheckRun(ctx, run));
    return { ...page, body: { total_count: runs.length, check_runs: page.body } };
  },
};
