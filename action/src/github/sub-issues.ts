// Sub-issues: phase issues hang under the plan's tracking issue where the API exists. A 404
// means this GitHub has no sub-issues API (or the token cannot use it): the parent's table of
// issue links is then the only link, and the run goes on.
import type { GitHubClient } from './client.ts';
import { isNotFound, isUnprocessable } from './errors.ts';
import type { RepoRef } from './repo.ts';

export type SubIssueResult = 'added' | 'unavailable' | 'refused';

/** `childId` is the child's REST id, not its number. */
export async function addSubIssue(
  github: GitHubClient,
  repo: RepoRef,
  parentNumber: number,
  childId: number,
  replaceParent: boolean,
): Promise<SubIssueResult> {
  try {
    await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
      ...repo,
      issue_number: parentNumber,
      sub_issue_id: childId,
      ...(replaceParent ? { replace_parent: true } : {}),
    });
    return 'added';
  } catch (error) {
    if (isNotFound(error)) return 'unavailable';
    // Already linked (a retry whose first answer was lost), or the parent is full.
    if (isUnprocessable(error)) return 'refused';
    throw error;
  }
}

/** Numbers of the parent's sub-issues; undefined when the API is unavailable. */
export async function listSubIssueNumbers(
  github: GitHubClient,
  repo: RepoRef,
  parentNumber: number,
): Promise<Set<number> | undefined> {
  try {
    const numbers = new Set<number>();
    for (let page = 1; ; page++) {
      const { data } = await github.request('GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
        ...repo,
        issue_number: parentNumber,
        per_page: 100,
        page,
      });
      for (const issue of data) numbers.add(issue.number);
      if (data.length < 100) break;
    }
    return numbers;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
