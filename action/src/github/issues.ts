// Single-issue reads and writes over REST. Creating an issue is the one write that is not
// idempotent, so it is never retried blindly: see createIssueOnce and the caller's check.
import type { GitHubClient } from './client.ts';
import { isGone, isNotFound } from './errors.ts';
import { fromRestIssue, type IssueRecord, type RestIssue } from './issue.ts';
import type { RepoRef } from './repo.ts';

export type FreshIssue = { found: true; issue: IssueRecord } | { found: false; status: 404 | 410 };

/** The issue as it is now (for the re-read right before a write); 404 and 410 are answers, not errors. */
export async function getIssue(github: GitHubClient, repo: RepoRef, number: number): Promise<FreshIssue> {
  try {
    const { data } = await github.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: number,
    });
    return { found: true, issue: fromRestIssue(data as RestIssue) };
  } catch (error) {
    if (isGone(error)) return { found: false, status: 410 };
    if (isNotFound(error)) return { found: false, status: 404 };
    throw error;
  }
}

export interface NewIssue {
  title: string;
  body: string;
  labels: string[];
}

/**
 * POST an issue with Octokit's retries off: a 502 after GitHub created it would otherwise
 * create it twice. The caller checks by marker whether it exists before trying again.
 */
export async function createIssueOnce(github: GitHubClient, repo: RepoRef, issue: NewIssue): Promise<IssueRecord> {
  const { data } = await github.request('POST /repos/{owner}/{repo}/issues', {
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: issue.labels,
    request: { retries: 0 },
  });
  return fromRestIssue(data as RestIssue);
}

export interface IssuePatch {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened';
}

/** PATCH is idempotent (the same fields twice give the same issue), so Octokit's retries are fine. */
export async function updateIssue(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
  patch: IssuePatch,
): Promise<IssueRecord> {
  const { data } = await github.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...repo,
    issue_number: number,
    ...patch,
  });
  return fromRestIssue(data as RestIssue);
}

/** Adds labels, keeping the ones people put on the issue. Idempotent. */
export async function addLabels(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
  labels: readonly string[],
): Promise<void> {
  await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
    ...repo,
    issue_number: number,
    labels: [...labels],
  });
}
