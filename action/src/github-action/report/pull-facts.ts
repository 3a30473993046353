// What the report reads on a pull request's head: labels, author, and the check runs and commit
// statuses `check:` gates name. Rollbook's own `rollbook/gate` status is never an input: a gate
// must not pass because of an earlier verdict. Several checks of one name (a check run and a
// status, or runs from two workflows, one of them perhaps added by the pull request itself) are
// read as the worst of them: a success posted beside a failure never hides it.

import { STATUS_CONTEXT } from '../../gates/commit-status.ts';
import { checkGateStatus } from '../../gates/evaluate-gate.ts';
import { CHECK_STATES, type CheckState, type GateStatus, type PullRequestFacts } from '../../gates/model.ts';
import type { CheckRunSnapshot } from '../../github/checks.ts';
import type { PullRequestSnapshot } from '../../github/pulls.ts';
import type { CommitStatusSnapshot } from '../../github/statuses.ts';
import { idRecord } from '../../plan/own.ts';

const KNOWN_CHECK_STATES: ReadonlySet<string> = new Set(CHECK_STATES);

/** How bad a check's outcome is for its gate: a higher rank wins over a lower one of the same name. */
const RANK: Readonly<Record<GateStatus, number>> = {
  pass: 0,
  pending: 1,
  inconclusive: 1,
  error: 2,
  fail: 2,
  rollback: 2,
};

export function pullRequestFacts(
  pr: PullRequestSnapshot,
  statuses: readonly CommitStatusSnapshot[],
  checkRuns: readonly CheckRunSnapshot[],
): PullRequestFacts {
  const checks = idRecord<CheckState>();
  const keepWorst = (name: string, state: CheckState) => {
    const before = checks[name];
    if (before === undefined || RANK[checkGateStatus(state)] > RANK[checkGateStatus(before)]) checks[name] = state;
  };
  for (const status of statuses) {
    if (status.context === STATUS_CONTEXT) continue;
    keepWorst(status.context, status.state);
  }
  for (const run of checkRuns) {
    // An unknown state from a newer API cannot pass: read it as still pending.
    keepWorst(run.name, KNOWN_CHECK_STATES.has(run.state) ? (run.state as CheckState) : 'pending');
  }
  return { checks, labels: [...pr.labels], author: `@${pr.author}` };
}
