// Creating an issue without ever creating it twice on our own account. The POST is sent once;
// if its answer is lost (a 5xx, a reset connection) the issue may or may not exist, so the
// plan's issues are read again and searched for the marker before a second and last attempt.
// Whatever slips through (a run killed at that moment, two runs at once) is a duplicate the
// next run resolves: oldest wins.
import * as core from '@actions/core';
import { type IssueKey, readIssueKey } from '../../checklist/index.ts';
import type { GitHubClient } from '../../github/client.ts';
import { errorMessage, isOutcomeUnknown } from '../../github/errors.ts';
import type { IssueRecord } from '../../github/issue.ts';
import type { NewIssue } from '../../github/issues.ts';
import { readManagedIssues } from '../../github/managed-issues.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { Writer } from './writer.ts';

const sameKey = (a: IssueKey | undefined, b: IssueKey) =>
  a !== undefined && a.kind === b.kind && a.plan === b.plan && (a.phase ?? '') === (b.phase ?? '');

export async function createIssueChecked(
  io: { github: GitHubClient; repo: RepoRef; writer: Writer },
  key: IssueKey,
  issue: NewIssue,
): Promise<IssueRecord | undefined> {
  try {
    return await io.writer.createIssue(issue);
  } catch (error) {
    if (!isOutcomeUnknown(error)) throw error;
    core.warning(`creating "${issue.title}" failed (${errorMessage(error)}); checking whether it was created`);
    // The plan label is on every issue of the plan, so this reads only them.
    const planLabel = issue.labels[1] ?? issue.labels[0]!;
    const { issues } = await readManagedIssues(io.github, io.repo, [planLabel], planLabel);
    const found = issues.filter((i) => sameKey(readIssueKey(i.body), key)).sort((a, b) => a.number - b.number)[0];
    if (found) return found;
    return io.writer.createIssue(issue);
  }
}
