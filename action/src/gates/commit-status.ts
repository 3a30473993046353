// The `rollbook/gate` commit status. Success only on PROMOTE, so branch protection that
// requires it blocks every early merge. HOLD and FROZEN are pending (they resolve by
// waiting: time, a person, the calendar); ROLL BACK and ROLL FORWARD are failures (something is
// wrong: a metric crossed its rollback threshold, and the PR must not promote past it; which way
// out depends on whether the phase can be undone, docs/adr/0030-facts-units-and-reversibility.md). A plan
// that cannot be evaluated (invalid on the base branch, or an internal error) is an error: the
// PR is blocked, and the description says which plan and why.
import { truncate } from '../text/truncate.ts';
import type { Verdict } from './model.ts';

export const STATUS_CONTEXT = 'rollbook/gate';
/** GitHub truncates longer commit status descriptions. */
export const MAX_STATUS_DESCRIPTION = 140;

export type CommitState = 'success' | 'pending' | 'failure' | 'error';

export interface CommitStatus {
  context: typeof STATUS_CONTEXT;
  state: CommitState;
  description: string;
}

const STATE: Record<Verdict, CommitState> = {
  PROMOTE: 'success',
  HOLD: 'pending',
  FROZEN: 'pending',
  'ROLL BACK': 'failure',
  'ROLL FORWARD': 'failure',
};

const HEADLINE: Record<Verdict, string> = {
  PROMOTE: 'PROMOTE: every gate passes',
  HOLD: 'HOLD',
  FROZEN: 'FROZEN',
  'ROLL BACK': 'ROLL BACK recommended',
  'ROLL FORWARD': 'ROLL FORWARD needed',
};

/** Cut on code points, not UTF-16 units, so an emoji in plan text is never split in half. */
function fitDescription(description: string): string {
  return truncate(description, MAX_STATUS_DESCRIPTION);
}

/** `HOLD: bake: 7h 12m left; needs 1 sign-off from @sre-leads`, cut to 140 characters with an ellipsis. */
export function statusForVerdict(verdict: Verdict, reasons: readonly string[] = []): CommitStatus {
  const detail = verdict === 'PROMOTE' ? '' : reasons.join('; ').replace(/\s+/g, ' ').trim();
  return {
    context: STATUS_CONTEXT,
    state: STATE[verdict],
    description: fitDescription(detail ? `${HEADLINE[verdict]}: ${detail}` : HEADLINE[verdict]),
  };
}

/** A plan this PR rolls out that Rollbook could not evaluate, and why (no plan text in `why`). */
export interface PlanFailure {
  plan: string;
  why: string;
}

/** `ERROR: checkout-v2: the plan on the base branch is invalid (12:5 …)`: blocks the merge. */
export function statusForFailures(failures: readonly PlanFailure[]): CommitStatus {
  const detail = failures
    .map((f) => `${f.plan}: ${f.why}`)
    .join('; ')
    .replace(/\s+/g, ' ')
    .trim();
  return { context: STATUS_CONTEXT, state: 'error', description: fitDescription(`ERROR: ${detail}`) };
}

/**
 * The status for a PR that is not a rollout PR. Branch protection that requires
 * `rollbook/gate` would otherwise block every other PR forever.
 */
export function statusForNonRollout(): CommitStatus {
  return { context: STATUS_CONTEXT, state: 'success', description: 'Not a rollout PR: no gates apply' };
}

/** The per-plan status of scheduled watching: `rollbook/watch/<plan>` (docs/adr/0042-acting-on-a-breach.md). */
export const WATCH_STATUS_PREFIX = 'rollbook/watch/';

export interface WatchCommitStatus {
  context: string;
  state: CommitState;
  description: string;
}

export function watchStatusContext(plan: string): string {
  return `${WATCH_STATUS_PREFIX}${plan}`;
}

/**
 * The plan's watched verdict as a status: the worst of its watched phases', named with the phase
 * (`ROLL BACK recommended in canary: error_rate reads 8% (≤ 1%, roll back above 5%)`); success
 * with "no phase watched" when none of its phases is being watched.
 */
export function statusForWatch(
  plan: string,
  watched: { phase: string; verdict: Verdict; reasons: readonly string[] } | undefined,
): WatchCommitStatus {
  const context = watchStatusContext(plan);
  if (!watched) return { context, state: 'success', description: 'No active phase with measured gates' };
  const { verdict, phase, reasons } = watched;
  const detail = verdict === 'PROMOTE' ? '' : reasons.join('; ').replace(/\s+/g, ' ').trim();
  const head =
    verdict === 'PROMOTE' ? `PROMOTE: every watched gate of ${phase} passes` : `${HEADLINE[verdict]} in ${phase}`;
  return { context, state: STATE[verdict], description: fitDescription(detail ? `${head}: ${detail}` : head) };
}
