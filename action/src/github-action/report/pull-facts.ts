// What the report reads on a pull request's head: labels, author, and the check runs and commit
// statuses `check:` gates name. Rollbook's own `rollbook/gate` status is never an input: a gate
// must not pass because of an earlier verdict.

import { STATUS_CONTEXT } from '../../gates/commit-status.ts';
import { CHECK_STATES, type CheckState, type PullRequestFacts } from '../../gates/model.ts';
import type { CheckRunSnapshot } from '../../github/checks.ts';
import type { PullRequestSnapshot } from '../../github/pulls.ts';
import type { CommitStatusSnapshot } from '../../github/statuses.ts';
import { idRecord } from '../../plan/own.ts';

const KNOWN_CHECK_STATES: ReadonlySet<string> = new Set(CHECK_STATES);

export function pullRequestFacts(
  pr: PullRequestSnapshot,
  statuses: readonly CommitStatusSnapshot[],
  checkRuns: readonly CheckRunSnapshot[],
): PullRequestFacts {
  const checks = idRecord<CheckState>();
  for (const status of statuses) {
    if (status.context === STATUS_CONTEXT) continue;
    checks[status.context] = status.state;
  }
  // A check run and a status of the same name: the run wins (Actions jobs are check runs).
  for (const run of checkRuns) {
    // An unknown state from a newer API cannot pass: read it as still pending.
    checks[run.name] = KNOWN_CHECK_STATES.has(run.state) ? (run.state as CheckState) : 'pending';
  }
  return { checks, labels: [...pr.labels], author: `@${pr.author}` };
}
