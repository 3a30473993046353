// Repository labels: listed only when an issue does not already show that a label exists, and
// created only when missing.
import type { GitHubClient } from './client.ts';
import { isUnprocessable } from './errors.ts';
import { PAGE_SIZE } from './managed-issues.ts';
import type { RepoRef } from './repo.ts';

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export async function listLabelNames(github: GitHubClient, repo: RepoRef): Promise<Set<string>> {
  const names = new Set<string>();
  for (let page = 1; ; page++) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/labels', { ...repo, per_page: PAGE_SIZE, page });
    for (const label of data) names.add(label.name.toLowerCase());
    if (data.length < PAGE_SIZE) break;
  }
  return names;
}

/** Creates a label; one that already exists (a concurrent run made it) is fine. */
export async function createLabel(
  github: GitHubClient,
  repo: RepoRef,
  label: LabelSpec,
): Promise<'created' | 'exists'> {
  try {
    await github.request('POST /repos/{owner}/{repo}/labels', { ...repo, ...label });
    return 'created';
  } catch (error) {
    if (isUnprocessable(error)) return 'exists';
    throw error;
  }
}
