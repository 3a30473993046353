// Pull requests as the gate report reads them: the facts detection and evaluation need, and the
// base commit the plans are read at. Lists are paginated; nothing here writes.
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './repo.ts';

const PAGE_SIZE = 100;

export interface PullRequestSnapshot {
  number: number;
  state: string;
  /** Login of the author, without `@`. */
  author: string;
  body: string;
  labels: string[];
  headSha: string;
  /** The base commit: plans, lessons and configuration are read here, never at the head. */
  baseSha: string;
  baseRef: string;
  /** The head lives in another repository (a fork), or that repository was deleted. */
  fromFork: boolean;
  draft: boolean;
  url: string;
}

/** The fields of `pull-request` and `pull-request-simple` this module reads. */
interface PullData {
  number: number;
  state: string;
  user: { login: string } | null;
  body: string | null;
  labels: { name?: string }[];
  head: { sha: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
  draft?: boolean;
  html_url: string;
}

export function toSnapshot(data: PullData): PullRequestSnapshot {
  return {
    number: data.number,
    state: data.state,
    author: data.user?.login ?? 'ghost',
    body: data.body ?? '',
    labels: data.labels.flatMap((label) => (label.name ? [label.name] : [])),
    headSha: data.head.sha,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    fromFork: data.head.repo?.full_name !== data.base.repo.full_name,
    draft: data.draft ?? false,
    url: data.html_url,
  };
}

export async function getPullRequest(client: GitHubClient, repo: RepoRef, number: number) {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
  return toSnapshot(data);
}

/** Every open pull request, oldest first. */
export async function listOpenPullRequests(client: GitHubClient, repo: RepoRef): Promise<PullRequestSnapshot[]> {
  const pulls = await client.paginate(client.rest.pulls.list, {
    ...repo,
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: PAGE_SIZE,
  });
  return pulls.map((pull) => toSnapshot(pull as PullData));
}

/**
 * Paths the pull request touches. A renamed file counts under both names, so moving a plan or
 * a flag file away from a phase's `paths:` still makes the PR a rollout PR.
 */
export async function listChangedFiles(client: GitHubClient, repo: RepoRef, number: number): Promise<string[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: number,
    per_page: PAGE_SIZE,
  });
  return [...new Set(files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])))];
}
