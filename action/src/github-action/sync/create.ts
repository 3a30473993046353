// Creating an issue or a comment without ever creating it twice on our own account. The POST is
// sent without Octokit's retries. If GitHub says it did not process it (429, secondary rate
// limit) it is sent again after `retry-after`. If the answer is lost (a 5xx, a reset
// connection) it may or may not exist, so we look for it by its hidden key before a second and
// last attempt. Whatever slips through (a run killed at that moment, two runs at once) is a
// duplicate the next run resolves: oldest wins.
import type { GitHubClient } from '../../github/client.ts';
import { errorMessage, isOutcomeUnknown, rejectedRetryAfter } from '../../github/errors.ts';
import type { IssueRecord } from '../../github/issue.ts';
import type { NewIssue } from '../../github/issues.ts';
import { readManagedIssues } from '../../github/managed-issues.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { Logger } from '../../runtime/logger.ts';
import { type IssueKey, readIssueKey } from '../../text/markers.ts';
import type { Writer } from './writer.ts';

/** Attempts for a write GitHub turned away unprocessed (429, secondary rate limit). */
const REJECTED_ATTEMPTS = 3;

/**
 * Runs a non-idempotent write. `exists` answers whether an earlier attempt whose answer was lost
 * took effect, with what it made.
 */
export async function writeOnce<T>(
  io: { log: Logger; clock: Clock },
  what: string,
  write: () => Promise<T>,
  exists: () => Promise<{ made: T } | undefined>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const wait = rejectedRetryAfter(error);
      if (wait !== undefined && attempt < REJECTED_ATTEMPTS) {
        io.log.warning(`${what}: GitHub asked to retry in ${wait}s (${errorMessage(error)})`);
        await io.clock.sleep(wait * 1000);
        continue;
      }
      if (!isOutcomeUnknown(error)) throw error;
      io.log.warning(`${what} failed (${errorMessage(error)}); checking whether it was made`);
      const earlier = await exists();
      if (earlier) return earlier.made;
      return write();
    }
  }
}

const sameKey = (a: IssueKey | undefined, b: IssueKey) =>
  a !== undefined && a.kind === b.kind && a.plan === b.plan && (a.phase ?? '') === (b.phase ?? '');

export function createIssueChecked(
  io: { github: GitHubClient; repo: RepoRef; writer: Writer; log: Logger; clock: Clock },
  key: IssueKey,
  issue: NewIssue,
): Promise<IssueRecord | undefined> {
  return writeOnce(
    io,
    `creating "${issue.title}"`,
    () => io.writer.createIssue(issue),
    async () => {
      // The plan label is on every issue of the plan, so this reads only them.
      const planLabel = issue.labels[1] ?? issue.labels[0]!;
      const { issues } = await readManagedIssues(io.github, io.repo, [planLabel], planLabel, io.log);
      const found = issues.filter((i) => sameKey(readIssueKey(i.body), key)).sort((a, b) => a.number - b.number)[0];
      return found ? { made: found } : undefined;
    },
  );
}
