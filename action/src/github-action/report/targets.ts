// Which pull requests a run reports on, from the event that triggered it:
//   pull_request, pull_request_target   that pull request (when open);
//   schedule, workflow_dispatch          every open pull request;
//   issues (a checklist issue)           the open pull requests that roll out its plan, at once
//                                        (the edit history, not the event, says who ticked).
import type { GitHubClient } from '../../github/client.ts';
import { getPullRequest, listOpenPullRequests, type PullRequestSnapshot } from '../../github/pulls.ts';
import { readIssueKey } from '../../text/markers.ts';
import type { ActionContext } from '../context.ts';

export type ReportTargets =
  | { kind: 'none'; why: string }
  | {
      kind: 'pulls';
      pulls: PullRequestSnapshot[];
      /** Report only on PRs that roll out this plan (an issues event); others are left alone. */
      plan?: string;
    };

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SWEEP_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export async function reportTargets(ctx: ActionContext, client: GitHubClient): Promise<ReportTargets> {
  const { name, payload } = ctx.event;
  if (PULL_EVENTS.has(name)) {
    const number = (payload.pull_request as { number?: unknown } | undefined)?.number;
    if (typeof number !== 'number') return { kind: 'none', why: `the ${name} event has no pull request number` };
    if (payload.action === 'closed') return { kind: 'none', why: `pull request #${number} was closed` };
    // Read it again: a re-run's payload can be stale (labels, body, head).
    const pr = await getPullRequest(client, ctx.repo, number);
    if (pr.state !== 'open') return { kind: 'none', why: `pull request #${number} is ${pr.state}` };
    return { kind: 'pulls', pulls: [pr] };
  }
  if (SWEEP_EVENTS.has(name)) return { kind: 'pulls', pulls: await listOpenPullRequests(client, ctx.repo) };
  if (name === 'issues') {
    const issue = payload.issue as { body?: unknown; pull_request?: unknown } | undefined;
    const key = typeof issue?.body === 'string' ? readIssueKey(issue.body) : undefined;
    if (!key) return { kind: 'none', why: 'the issue is not a Rollbook checklist issue' };
    return { kind: 'pulls', pulls: await listOpenPullRequests(client, ctx.repo), plan: key.plan };
  }
  return { kind: 'none', why: `there is nothing to report on a ${name} event` };
}
