// Dispatching a workflow (`onBreach` in a plan) and the repository's default branch it runs on
// when the plan names no ref. Dispatching needs `actions: write`; without it GitHub answers 403,
// which the caller reports as a warning (github-action/sync/breach.ts).
import type { GitHubClient } from './client.ts';
import { isUnprocessable } from './errors.ts';
import type { RepoRef } from './repo.ts';

export interface DispatchedRun {
  /** The run's page, when GitHub says (`return_run_details`); GHES may not. */
  runUrl?: string;
}

/**
 * Retries off: a lost answer may hide a dispatch that happened, and a second one must not follow.
 * Asks for the run's URLs (`return_run_details`, github.com); a 422 (GitHub Enterprise Server does
 * not know the field, or the workflow refuses the inputs) dispatched nothing, so it is sent once
 * more without the field, and a second 422 is the answer.
 */
export async function dispatchWorkflow(
  github: GitHubClient,
  repo: RepoRef,
  workflow: string,
  ref: string,
  inputs: Record<string, string>,
): Promise<DispatchedRun> {
  const send = (details: boolean) =>
    github.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      ...repo,
      workflow_id: workflow,
      ref,
      inputs,
      ...(details ? { return_run_details: true } : {}),
      request: { retries: 0 },
    });
  let data: unknown;
  try {
    ({ data } = await send(true));
  } catch (error) {
    if (!isUnprocessable(error)) throw error;
    ({ data } = await send(false));
  }
  const url = (data as { html_url?: unknown } | undefined)?.html_url;
  return typeof url === 'string' ? { runUrl: url } : {};
}

export async function defaultBranch(github: GitHubClient, repo: RepoRef): Promise<string> {
  const { data } = await github.request('GET /repos/{owner}/{repo}', { ...repo });
  return data.default_branch;
}
