// Acting on a breach of one watched phase: one comment on its issue, then (when the plan's
// `onBreach` names a workflow) one dispatch. Never twice for the same breach:
//
// - The breach's key (plan, phase, the watch's last evaluation before the breach: WatchRecord
//   .breach) is the comment's first line. Runs hours apart, and two runs that read the same
//   issue body, compute the same key; a breach after a recovery has a new one.
// - "Already posted" is GitHub's record, not text: only comments whose author is the token's own
//   account count (anyone can paste the marker into a comment of theirs).
// - Two runs at once may both post: each then reads the comments again and keeps the oldest of
//   ours; a run whose comment is not the oldest deletes its own and leaves the dispatch to the other.
// - The dispatch's progress is kept in our comment (text/markers.ts dispatchMarker): `pending` →
//   `sending` (written before the request) → `sent` or `failed`. A run killed after posting leaves
//   `pending`, and the next run dispatches; one killed while sending leaves `sending`, which the
//   next run turns into `unknown` and never resends: at most one dispatch per breach.
// docs/adr/0042-acting-on-a-breach.md.

import type { GitHubClient } from '../../github/client.ts';
import { type CommentSummary, listComments } from '../../github/comments.ts';
import { errorMessage, isOutcomeUnknown, statusOf } from '../../github/errors.ts';
import { sameLogin } from '../../github/login.ts';
import type { RepoRef } from '../../github/repo.ts';
import { REST_FALLBACK_AUTHOR } from '../../github/sticky-comment.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { Logger } from '../../runtime/logger.ts';
import { type BreachKey, readBreachMarker, readDispatchMarker, sameBreach } from '../../text/markers.ts';
import { truncate } from '../../text/truncate.ts';
import { breachComment, type DispatchDetail, withDispatch } from '../../watch/breach-comment.ts';
import type { WatchRecord } from '../../watch/readings.ts';
import { breachKey, isBreachVerdict, type WatchVerdict } from '../../watch/verdict.ts';
import { breachRefProblem, defaultRefOnce } from './branch.ts';
import { writeOnce } from './create.ts';
import type { Writer } from './writer.ts';

/** Characters of the `reason` input sent to the workflow (GitHub caps an input's length). */
export const MAX_REASON_CHARS = 1000;

export interface BreachIo {
  github: GitHubClient;
  repo: RepoRef;
  writer: Writer;
  log: Logger;
  clock: Clock;
  /** The token's login; the account the default token posts as when unknown. */
  viewer?: string;
  /** The default branch, the only ref a breach workflow runs on (ADR 63): read once per run. */
  defaultRef?: () => Promise<string>;
}

export interface BreachInput {
  plan: RolloutPlan;
  phaseId: string;
  issue: number;
  record: WatchRecord;
  verdict: WatchVerdict;
}

export type BreachOutcome = 'none' | 'posted' | 'known' | 'yielded';

/** The reason input: the breached gates' lines, one line, cut to MAX_REASON_CHARS. */
export function dispatchReason(verdict: WatchVerdict): string {
  const lines = verdict.reasons.slice(0, verdict.breached.length);
  return truncate(`${verdict.verdict}: ${lines.join('; ')}`.replace(/\s+/g, ' '), MAX_REASON_CHARS);
}

/** Comment, then dispatch, each at most once for this breach. Does nothing unless the verdict is a breach. */
export async function actOnBreach(io: BreachIo, input: BreachInput): Promise<BreachOutcome> {
  const { plan, phaseId, issue, record, verdict } = input;
  if (!isBreachVerdict(verdict.verdict)) return 'none';
  const key: BreachKey = { plan: plan.metadata.name, phase: phaseId, after: breachKey(record) };
  const author = io.viewer ?? REST_FALLBACK_AUTHOR;
  const ours = async (): Promise<CommentSummary[]> =>
    (await listComments(io.github, io.repo, issue))
      .filter((c) => sameLogin(c.author, author) && sameBreach(readBreachMarker(c.body), key))
      .sort((a, b) => a.id - b.id);

  let found = (await ours())[0];
  let outcome: BreachOutcome = 'known';
  if (!found) {
    const body = breachComment({
      plan,
      phaseId,
      record,
      verdict,
      key,
      ...(plan.onBreach ? { workflow: plan.onBreach.workflow } : {}),
    });
    const posted = await writeOnce(
      io,
      `posting the breach comment on #${issue}`,
      () => io.writer.createComment(issue, body),
      async () => {
        const earlier = (await ours())[0];
        return earlier ? { made: earlier.id } : undefined;
      },
    );
    io.log.notice(`${key.plan} · ${phaseId}: ${verdict.verdict}; posted the breach comment on #${issue}`);
    if (io.writer.dryRun) return 'posted';
    // Another run may have posted at the same time: the oldest of ours stands.
    const all = await ours();
    found = all[0];
    if (found && posted !== undefined && found.id !== posted) {
      await io.writer.deleteComment(posted);
      io.log.info(`#${issue}: another run posted this breach's comment first; deleted ours`);
      return 'yielded';
    }
    if (!found) return 'posted';
    outcome = 'posted';
  }
  await dispatchOnce(io, input, found, key);
  return outcome;
}

function refusal(error: unknown, workflow: string, ref: string): string {
  switch (statusOf(error)) {
    case 403:
      return 'GitHub answered 403: the workflow running Rollbook needs `permissions: actions: write`';
    case 404:
      return `GitHub answered 404: no workflow ${workflow} on ${ref}, or the token cannot see it`;
    case 422:
      return `GitHub answered 422: the workflow has no workflow_dispatch trigger on ${ref}, or does not declare the inputs plan, phase and reason`;
    default:
      return `GitHub refused it (${statusOf(error) ?? 'no status'})`;
  }
}

async function dispatchOnce(io: BreachIo, input: BreachInput, comment: CommentSummary, key: BreachKey): Promise<void> {
  const target = input.plan.onBreach;
  const state = readDispatchMarker(comment.body)?.state;
  if (!target || state === undefined || state === 'none') return;
  const where = `${key.plan} · ${key.phase}`;
  const update = async (body: string, before: string) => {
    await io.writer.updateComment(comment.id, body, before);
    return body;
  };
  if (state === 'sending') {
    io.log.warning(
      `${where}: a run stopped while dispatching ${target.workflow}; whether it was sent is unknown, so it is not sent again (see the Actions tab)`,
    );
    await update(withDispatch(comment.body, 'unknown', target.workflow), comment.body);
    return;
  }
  if (state !== 'pending') return;
  let ref: string;
  try {
    ref = await (io.defaultRef ?? defaultRefOnce(() => io.github, io.repo))();
  } catch (error) {
    io.log.warning(
      `${where}: could not read the default branch to dispatch ${target.workflow} (${errorMessage(error)}); the next run tries again`,
    );
    return;
  }
  const refused = breachRefProblem(target.ref, ref);
  if (refused !== undefined) {
    // Nothing was sent: the plan's ref would run whatever that branch or tag holds (ADR 63).
    io.log.warning(`${where}: ${target.workflow} was not dispatched: ${refused}`);
    const detail = { ref: target.ref!, problem: refused };
    await update(withDispatch(comment.body, 'failed', target.workflow, detail), comment.body);
    return;
  }
  const sending = await update(withDispatch(comment.body, 'sending', target.workflow, { ref }), comment.body);
  const inputs = { plan: key.plan, phase: key.phase, reason: dispatchReason(input.verdict) };
  let detail: DispatchDetail = { ref };
  let final: 'sent' | 'failed' | 'unknown';
  try {
    const run = await io.writer.dispatchWorkflow(target.workflow, ref, inputs);
    if (run?.runUrl) detail = { ...detail, runUrl: run.runUrl };
    final = 'sent';
    io.log.notice(`${where}: dispatched ${target.workflow} on ${ref}`);
  } catch (error) {
    if (isOutcomeUnknown(error)) {
      final = 'unknown';
      io.log.warning(
        `${where}: dispatching ${target.workflow} failed without an answer (${errorMessage(error)}); it is not sent again`,
      );
    } else {
      final = 'failed';
      const problem = refusal(error, target.workflow, ref);
      detail = { ...detail, problem };
      io.log.warning(`${where}: could not dispatch ${target.workflow}: ${problem}`);
    }
  }
  await update(withDispatch(sending, final, target.workflow, detail), sending);
}
