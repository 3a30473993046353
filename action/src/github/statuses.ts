// Commit statuses on a pull request's head: read (check gates and our own `rollbook/gate`, to
// compare before writing) and set.
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './repo.ts';

/** The combined status lists at most this many contexts per page. */
const PAGE_SIZE = 100;
/** A head with more contexts than this is not a real repository; stop paging. */
const MAX_PAGES = 10;

export interface CommitStatusSnapshot {
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  targetUrl: string | null;
}

/** The latest status of every context on `sha`. */
export async function latestStatuses(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
): Promise<CommitStatusSnapshot[]> {
  const out: CommitStatusSnapshot[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: PAGE_SIZE, page });
    for (const s of data.statuses) {
      out.push({
        context: s.context,
        state: s.state as CommitStatusSnapshot['state'],
        description: s.description ?? null,
        targetUrl: s.target_url ?? null,
      });
    }
    if (data.statuses.length < PAGE_SIZE) break;
  }
  return out;
}

export interface NewCommitStatus {
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string;
  targetUrl?: string;
}

export async function setCommitStatus(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  status: NewCommitStatus,
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context: status.context,
    state: status.state,
    description: status.description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
