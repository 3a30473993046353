// Phase issues as sub-issues of the plan's tracking issue. Whether this GitHub has the API is
// learnt once per run: the first time a link seems missing, the parent's sub-issues are listed
// (one read). A 404 there means no API: the tracking issue's table, which links every phase
// issue by number, is the fallback, and no write is attempted.
import type { GitHubClient } from '../../github/client.ts';
import type { IssueRecord } from '../../github/issue.ts';
import type { RepoRef } from '../../github/repo.ts';
import { listSubIssueNumbers } from '../../github/sub-issues.ts';
import type { Logger } from '../../runtime/logger.ts';
import type { IssueKey } from '../../text/markers.ts';
import type { Writer } from './writer.ts';

export interface SubIssueLinks {
  /** undefined until probed. */
  available?: boolean;
}

export async function linkSubIssues(
  io: { github: GitHubClient; repo: RepoRef; writer: Writer; log: Logger; keys: ReadonlyMap<number, IssueKey> },
  plan: string,
  parent: IssueRecord,
  children: readonly IssueRecord[],
  links: SubIssueLinks,
): Promise<void> {
  if (links.available === false) return;
  let unlinked = children.filter((c) => c.parent !== parent.number);
  if (unlinked.length === 0) return;
  if (links.available === undefined || unlinked.some((c) => c.parent === undefined)) {
    const linked = await listSubIssueNumbers(io.github, io.repo, parent.number);
    links.available = linked !== undefined;
    if (!linked) {
      io.log.notice(
        'The sub-issues API is not available here: tracking issues link their phase issues in their table instead',
      );
      return;
    }
    unlinked = unlinked.filter((c) => !linked.has(c.number));
  }
  for (const child of unlinked) {
    // Moved under a duplicate tracking issue of the same plan (two runs at once): move it back.
    // Under anything else, someone put it there on purpose: leave it.
    const current = child.parent == null ? undefined : io.keys.get(child.parent);
    const replace = current?.kind === 'parent' && current.plan === plan;
    if (child.parent != null && !replace) {
      io.log.info(`#${child.number} is a sub-issue of #${child.parent}, not of the tracking issue; left there`);
      continue;
    }
    const result = await io.writer.addSubIssue(parent.number, child, replace);
    if (result === 'unavailable') {
      links.available = false;
      io.log.notice('The sub-issues API answered 404: tracking issues link their phase issues in their table instead');
      return;
    }
    if (result === 'refused') io.log.info(`#${child.number} could not be added as a sub-issue of #${parent.number}`);
  }
}
