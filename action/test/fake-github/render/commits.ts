// Commit statuses (`status`, `simple-commit-status`, `combined-commit-status`) and `check-run`.
import type { CheckRunRecord, CommitState, StatusRecord } from '../state/records.ts';
import { type RenderContext, repoApiUrl, repoHtmlUrl } from './context.ts';
import { renderRepository } from './repository.ts';
import { renderLogin } from './users.ts';

/** The GitHub Actions app, which owns check runs created with GITHUB_TOKEN. */
const ACTIONS_APP_ID = 15368;

function statusFields(ctx: RenderContext, status: StatusRecord): Record<string, unknown> {
  const creator = ctx.state.users.get(status.creator);
  return {
    url: repoApiUrl(ctx, `/statuses/${status.sha}`),
    avatar_url: `https://avatars.githubusercontent.com/u/${creator.id}?v=4`,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
  };
}

export function renderStatus(ctx: RenderContext, status: StatusRecord): Record<string, unknown> {
  return { ...statusFields(ctx, status), creator: renderLogin(ctx, status.creator) };
}

/** GitHub's rule: any error/failure fails; otherwise any pending (or none at all) is pending. */
export function combinedState(statuses: StatusRecord[]): CommitState {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

export function renderCombinedStatus(
  ctx: RenderContext,
  sha: string,
  statuses: StatusRecord[],
): Record<string, unknown> {
  const repository = renderRepository(ctx);
  return {
    state: combinedState(statuses),
    statuses: statuses.map((s) => statusFields(ctx, s)),
    sha,
    total_count: statuses.length,
    repository,
    commit_url: repoApiUrl(ctx, `/commits/${sha}`),
    url: repoApiUrl(ctx, `/commits/${sha}/status`),
  };
}

export function renderActionsApp(ctx: RenderContext): Record<string, unknown> {
  const timestamp = '2018-07-30T09:30:17Z';
  return {
    id: ACTIONS_APP_ID,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: renderLogin(ctx, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${ctx.htmlUrl}/apps/github-actions`,
    created_at: timestamp,
    updated_at: timestamp,
    permissions: { checks: 'write', contents: 'write', issues: 'write', pull_requests: 'write', statuses: 'write' },
    events: ['check_run', 'check_suite', 'pull_request', 'push'],
  };
}

export function renderCheckRun(ctx: RenderContext, run: CheckRunRecord): Record<string, unknown> {
  const url = repoApiUrl(ctx, `/check-runs/${run.id}`);
  return {
    id: run.id,
    node_id: run.nodeId,
    head_sha: run.headSha,
    external_id: run.externalId,
    url,
    html_url: repoHtmlUrl(ctx, `/runs/${run.id}`),
    details_url: run.detailsUrl ?? repoHtmlUrl(ctx, `/runs/${run.id}`),
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: { ...run.output, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: renderActionsApp(ctx),
    pull_requests: [],
  };
}
