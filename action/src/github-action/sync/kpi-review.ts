// The KPI review of a completed rollout, on its tracking issue: once the review is due
// (completion plus the longest `reviewAfter`), a scheduled run with a provider measures the KPIs
// (kpi-review/measure.ts) and posts ONE comment (kpi-review/comment.ts). Every run after reads
// the outcome back from that comment, ours by GitHub's record (its author is the token's login),
// so the tracking issue can show it and close. Nothing here decides the closing: the issue body's
// completion state does (checklist/completion.ts).
import { completedAt, type ReviewOutcome, reviewDueAt } from '../../checklist/completion.ts';
import type { RolloutState } from '../../checklist/rollout-state.ts';
import type { ChecklistTemplates } from '../../checklist/templates.ts';
import type { GitHubClient } from '../../github/client.ts';
import { listComments } from '../../github/comments.ts';
import type { RepoRef } from '../../github/repo.ts';
import { reviewComment } from '../../kpi-review/comment.ts';
import { measureKpis } from '../../kpi-review/measure.ts';
import { postedReview } from '../../kpi-review/read.ts';
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

/** The review's outcome once posted (posting it when due and this run measures); undefined while pending. */
export async function kpiReview(input: KpiReviewInput): Promise<ReviewOutcome | undefined> {
  const { plan, rollout, now } = input;
  const due = reviewDueAt(plan, rollout);
  const done = completedAt(rollout);
  if (due === undefined || done === undefined || now.getTime() < Date.parse(due)) return undefined;
  const read = async () => postedReview(await listComments(input.github, input.repo, input.issue), input.viewer);
  const posted = await read();
  if (posted || !input.watch) return posted;
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
