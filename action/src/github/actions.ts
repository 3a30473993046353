// Dispatching a workflow (`onBreach` in a plan) and the repository's default branch it runs on
// when the plan names no ref. Dispatching needs `actions: write`; without it GitHub answers 403,
// which the caller reports as a warning (github-action/sync/breach.ts).
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './repo.ts';

export interface DispatchedRun {
  /** The run's page, when GitHub says (`return_run_details`); GHES may not. */
  runUrl?: string;
}

/** Retries off: a lost answer may hide a dispatch that happened, and a second one must not follow. */
export async function dispatchWorkflow(
  github: GitHubClient,
  repo: RepoRef,
  workflow: string,
  ref: string,
  inputs: Record<string, string>,
): Promise<DispatchedRun> {
  const { data } = await github.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
    ...repo,
    workflow_id: workflow,
    ref,
    inputs,
    return_run_details: true,
    request: { retries: 0 },
  });
  const url = (data as { html_url?: unknown } | undefined)?.html_url;
  return typeof url === 'string' ? { runUrl: url } : {};
}

export async function defaultBranch(github: GitHubClient, repo: RepoRef): Promise<string> {
  const { data } = await github.request('GET /repos/{owner}/{repo}', { ...repo });
  return data.default_branch;
}
