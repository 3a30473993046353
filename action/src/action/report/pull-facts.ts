// What the report reads on a pull request's head: labels, author, and the check runs and commit
// statuses `check:` gates name. Rollbook's own `rollbook/gate` status is never an input: a gate
// must not pass because of an earlier verdict.
import type { CheckState, PullRequestFacts } from '../../gates/model.ts';
import { STATUS_CONTEXT } from '../../gates/status.ts';
import type { CheckRunSnapshot } from '../../github/checks.ts';
import type { PullRequestSnapshot } from '../../github/pulls.ts';
import type { CommitStatusSnapshot } from '../../github/statuses.ts';

const CHECK_STATES: ReadonlySet<string> = new Set<CheckState>([
  'success',
  'neutral',
  'skipped',
  'pending',
  'queued',
  'in_progress',
  'waiting',
  'requested',
  'expected',
  'failure',
  'error',
  'cancelled',
  'timed_out',
  'action_required',
  'stale',
  'startup_failure',
]);

export function pullRequestFacts(
  pr: PullRequestSnapshot,
  statuses: readonly CommitStatusSnapshot[],
  checkRuns: readonly CheckRunSnapshot[],
): PullRequestFacts {
  const checks: Record<string, CheckState> = {};
  for (const status of statuses) {
    if (status.context === STATUS_CONTEXT) continue;
    checks[status.context] = status.state;
  }
  // A check run and a status of the same name: the run wins (Actions jobs are check runs).
  for (const run of checkRuns) {
    // An unknown state from a newer API cannot pass: read it as still pending.
    checks[run.name] = CHECK_STATES.has(run.state) ? (run.state as CheckState) : 'pending';
  }
  return { checks, labels: [...pr.labels], author: `@${pr.author}` };
}
