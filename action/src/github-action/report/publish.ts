// Writing a pull request's outcome: one comment per plan, and the `rollbook/gate` status on the
// head. Both compare before they write, so a run that finds nothing new makes no writes (and
// notifies nobody). In dry-run mode the writes are described in the log instead.

import {
  type CommitStatus,
  type PlanFailure,
  STATUS_CONTEXT,
  statusForFailures,
  statusForNonRollout,
  statusForVerdict,
} from '../../gates/commit-status.ts';
import { VERDICT_PRECEDENCE } from '../../gates/verdict.ts';
import { statusOf } from '../../github/errors.ts';
import { setCommitStatus } from '../../github/statuses.ts';
import {
  createComment,
  listOwnComments,
  minimizeComment,
  type OwnComment,
  updateComment,
} from '../../github/sticky-comment.ts';
import { markerId, parseReportMarker } from '../../text/markers.ts';
import { intactDigest } from './comment.ts';
import type { PullOutcome, RolloutOutcome } from './evaluate.ts';
import type { ReportSession } from './session.ts';

export type CommentAction = 'created' | 'updated' | 'unchanged' | 'would-write' | 'not-allowed';
export type StatusAction = 'set' | 'unchanged' | 'would-write' | 'not-allowed';

export interface PublishResult {
  comments: { plan: string; action: CommentAction; url?: string }[];
  status: StatusAction;
  desired: CommitStatus;
}

/**
 * The status for everything a PR rolls out: an error when a plan could not be evaluated, else the
 * most serious verdict, its plan's reasons first.
 */
export function gateStatus(
  rollouts: readonly Pick<RolloutOutcome, 'plan' | 'verdict' | 'reasons'>[],
  failures: readonly PlanFailure[] = [],
): CommitStatus {
  if (failures.length > 0) return statusForFailures(failures);
  if (rollouts.length === 0) return statusForNonRollout();
  const rank = (r: { verdict: RolloutOutcome['verdict'] }) => VERDICT_PRECEDENCE.indexOf(r.verdict);
  const ordered = [...rollouts].sort((a, b) => rank(a) - rank(b));
  const reasons =
    ordered.length === 1
      ? ordered[0]!.reasons
      : ordered.flatMap((r) => r.reasons.map((reason) => `${r.plan}: ${reason}`));
  return statusForVerdict(ordered[0]!.verdict, reasons);
}

export async function publishPull(session: ReportSession, outcome: PullOutcome): Promise<PublishResult> {
  const { pr, rollouts } = outcome;
  const comments: PublishResult['comments'] = [];
  const own =
    rollouts.length > 0 ? await listOwnComments(session.client, session.repo, pr.number, session.ctx.log) : [];
  for (const rollout of rollouts) {
    comments.push({
      plan: rollout.plan,
      ...(await guarded(session, outcome, () => upsertComment(session, outcome, rollout, own))),
    });
  }
  const desired = gateStatus(rollouts, outcome.failures);
  const targetUrl = comments.find((c) => c.url)?.url;
  const status = await guarded(session, outcome, () => setStatus(session, outcome, desired, targetUrl));
  return { comments, status: status.action, desired };
}

async function upsertComment(
  session: ReportSession,
  { pr }: PullOutcome,
  rollout: RolloutOutcome,
  own: readonly OwnComment[],
): Promise<{ action: CommentAction; url?: string }> {
  const { client, repo } = session;
  // Ours: the token's own (viewerDidAuthor), for this plan, and with its text exactly what its
  // digest says; a comment another workflow posted or changed is left alone (comment.ts).
  const mine = own.filter(
    (c) => parseReportMarker(c.body)?.plan === markerId(rollout.plan) && intactDigest(c.body) !== undefined,
  );
  const visible = mine.filter((c) => !c.isMinimized);
  const current = visible.at(-1) ?? (session.ctx.inputs.report.commentMode === 'sticky' ? mine.at(-1) : undefined);
  if (current && intactDigest(current.body) === rollout.comment.digest)
    return { action: 'unchanged', url: current.url };
  const where = `the ${rollout.plan} report on PR #${pr.number}`;
  if (session.ctx.inputs.dryRun) {
    session.ctx.log.info(
      `dry run: would ${current && session.ctx.inputs.report.commentMode === 'sticky' ? 'update' : 'post'} ${where}`,
    );
    return { action: 'would-write' };
  }
  if (current && session.ctx.inputs.report.commentMode === 'sticky') {
    const { url } = await updateComment(client, repo, current.databaseId, rollout.comment.body);
    return { action: 'updated', url };
  }
  const { url } = await createComment(client, repo, pr.number, rollout.comment.body);
  // `new` mode: the previous reports fold away as outdated, so the thread shows the latest.
  for (const old of visible) await minimizeComment(client, old.nodeId, session.ctx.log);
  return { action: 'created', url };
}

async function setStatus(
  session: ReportSession,
  { pr, statuses }: PullOutcome,
  desired: CommitStatus,
  targetUrl: string | undefined,
): Promise<{ action: StatusAction }> {
  const current = statuses.find((s) => s.context === STATUS_CONTEXT);
  const same =
    current?.state === desired.state &&
    current.description === desired.description &&
    (targetUrl === undefined || current.targetUrl === targetUrl);
  if (same) return { action: 'unchanged' };
  if (session.ctx.inputs.dryRun) {
    session.ctx.log.info(
      `dry run: would set ${STATUS_CONTEXT} on PR #${pr.number} to ${desired.state}: ${desired.description}`,
    );
    return { action: 'would-write' };
  }
  await setCommitStatus(session.client, session.repo, pr.headSha, {
    context: desired.context,
    state: desired.state,
    description: desired.description,
    ...(targetUrl ? { targetUrl } : {}),
  });
  return { action: 'set' };
}

/**
 * On `pull_request` from a fork, GitHub gives the job a read-only token: writing is refused
 * (403). That is expected, not a failure; the warning says how to report on such PRs.
 */
async function guarded<T extends { action: string }>(
  session: ReportSession,
  { pr }: PullOutcome,
  write: () => Promise<T>,
): Promise<T | { action: 'not-allowed' }> {
  try {
    return await write();
  } catch (error) {
    if (!(statusOf(error) === 403 && pr.fromFork && session.ctx.event.name === 'pull_request')) throw error;
    session.ctx.log.warning(
      `PR #${pr.number} comes from a fork, and on pull_request its token is read-only: run the report on pull_request_target or on a schedule to post the comment and the ${STATUS_CONTEXT} status (see the README).`,
    );
    return { action: 'not-allowed' };
  }
}
