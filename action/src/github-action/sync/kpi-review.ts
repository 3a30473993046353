// The KPI review of a completed rollout, on its tracking issue: once the review is due
// (completion plus the longest `reviewAfter`), a scheduled run with a provider measures the KPIs
// (kpi-review/measure.ts) and posts ONE comment (kpi-review/comment.ts). Every run after reads
// the outcome back from that comment, ours by GitHub's record (its author is the token's login),
// so the tracking issue can show it and close. KPIs the review could not measure for want of a
// provider are measured by a later run that has it, editing that comment in place (ADR 53). Nothing here decides the closing: the issue body's
// completion state does (checklist/completion.ts).
import {
  awaitingProvider,
  completedAt,
  type ReviewOutcome,
  reviewDueAt,
  reviewedImpact,
} from '../../checklist/completion.ts';
import type { RolloutState } from '../../checklist/rollout-state.ts';
import type { ChecklistTemplates } from '../../checklist/templates.ts';
import type { GitHubClient } from '../../github/client.ts';
import { listComments } from '../../github/comments.ts';
import type { RepoRef } from '../../github/repo.ts';
import { reviewComment } from '../../kpi-review/comment.ts';
import { measureKpis } from '../../kpi-review/measure.ts';
import { findPostedReview, type PostedReview } from '../../kpi-review/read.ts';
import { recordedResult, reviewedName, stillAsked } from '../../kpi-review/record.ts';
import { own } from '../../plan/own.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { Logger } from '../../runtime/logger.ts';
import { writeOnce } from './create.ts';
import type { SyncWatch } from './watch.ts';
import type { Writer } from './writer.ts';

export interface KpiReviewInput {
  github: GitHubClient;
  repo: RepoRef;
  writer: Writer;
  log: Logger;
  clock: Clock;
  viewer?: string;
  plan: RolloutPlan;
  rollout: RolloutState;
  /** The tracking issue. */
  issue: number;
  now: Date;
  /** The checklist templates: the review comment is the `kpi-review.md.hbs` template's. */
  templates: Pick<ChecklistTemplates, 'review'>;
  /** Present on scheduled and dispatched runs with a provider: only they measure. */
  watch?: SyncWatch;
}

/**
 * The review's outcome once posted (posting it when due and this run measures); undefined while
 * pending. It carries how many KPIs await a provider the plan no longer asks of (ADR 29), so the
 * tracking issue does not promise a run that would not measure them.
 */
export async function kpiReview(input: KpiReviewInput): Promise<ReviewOutcome | undefined> {
  const review = await postedReview(input);
  if (!review) return undefined;
  const awaiting = awaitingProvider(review);
  const unasked = awaiting > 0 ? awaiting - stillAsked(reviewedImpact(input.plan), review.kpis ?? []).size : 0;
  return unasked > 0 ? { ...review, unasked } : review;
}

async function postedReview(input: KpiReviewInput): Promise<ReviewOutcome | undefined> {
  const { plan, rollout, now } = input;
  const due = reviewDueAt(plan, rollout);
  const done = completedAt(rollout);
  if (due === undefined || done === undefined || now.getTime() < Date.parse(due)) return undefined;
  const find = async () => findPostedReview(await listComments(input.github, input.repo, input.issue), input.viewer);
  const read = async () => (await find())?.review;
  const posted = await find();
  if (posted && input.watch) return completeReview(input, input.watch, done, posted);
  if (posted || !input.watch) return posted?.review;
  const results = await measureKpis({
    plan,
    completedAt: done,
    resolve: input.watch.resolve,
    configured: input.watch.configured,
  });
  const body = reviewComment(input.templates, plan, done, results);
  await writeOnce(
    input,
    `posting the KPI review on #${input.issue}`,
    () => input.writer.createComment(input.issue, body),
    async () => ((await read()) ? { made: undefined } : undefined),
  );
  input.log.notice(`Rollbook: posted the KPI review of ${plan.metadata.name} on #${input.issue}`);
  // Read back, so this run shows the time GitHub recorded, as every later run will.
  return read();
}

/**
 * A posted review whose KPIs await a provider this run has (ADR 53): those KPIs are measured now,
 * at the time the review measured the others, and the same comment is edited in place, the other
 * KPIs as recorded. Only while the plan still asks the same question at that place (same `expect`
 * and `baseline`; a renamed KPI is the same KPI, shown under its new name: ADR 29); nothing is
 * written when the rebuilt comment reads the same.
 */
async function completeReview(
  input: KpiReviewInput,
  watch: SyncWatch,
  done: string,
  posted: PostedReview,
): Promise<ReviewOutcome> {
  const { plan } = input;
  const { review, comment } = posted;
  const reviewed = reviewedImpact(plan);
  const kpis = review.kpis;
  const outcomes = review.outcomes;
  if (!kpis || !outcomes || kpis.length !== reviewed.length) return review;
  const due = new Set<number>();
  for (const i of stillAsked(reviewed, kpis)) {
    const provider = own(plan.metrics, reviewed[i]!.metric)?.provider;
    if (provider !== undefined && watch.configured.has(provider)) due.add(i);
  }
  if (due.size === 0) return review;
  const fresh = await measureKpis(
    { plan, completedAt: done, resolve: watch.resolve, configured: watch.configured },
    due,
  );
  const measured = [...due];
  const results = kpis.map((k, i) => {
    const at = measured.indexOf(i);
    // A KPI renamed since the review is shown under its new name, saying what it was (ADR 29).
    return at >= 0
      ? { ...fresh[at]!, kpi: reviewedName(fresh[at]!.kpi, k) }
      : recordedResult(k, outcomes[i]!, review.at);
  });
  const body = reviewComment(input.templates, plan, done, results);
  if (body === comment.body) return review;
  await input.writer.updateComment(comment.id, body, comment.body);
  input.log.notice(
    `Rollbook: measured ${due.size} KPI(s) of the review of ${plan.metadata.name} that awaited a provider, on #${input.issue}`,
  );
  const again = findPostedReview(await listComments(input.github, input.repo, input.issue), input.viewer);
  return again?.review ?? review;
}
