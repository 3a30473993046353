// Check runs on a pull request's head, for the plan's `check:` gates. Needs `checks: read`.
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './repo.ts';

const PAGE_SIZE = 100;

export interface CheckRunSnapshot {
  name: string;
  /** The conclusion once completed (`success`, `failure`, `skipped`…), else the status (`queued`, `in_progress`…). */
  state: string;
}

/** The latest run of each check on `sha` (GitHub's `filter=latest`). */
export async function latestCheckRuns(client: GitHubClient, repo: RepoRef, sha: string): Promise<CheckRunSnapshot[]> {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    ...repo,
    ref: sha,
    filter: 'latest',
    per_page: PAGE_SIZE,
  });
  return runs.map((run) => ({ name: run.name, state: run.conclusion ?? run.status }));
}
