// The action's `report` command: the gate report on rollout pull requests. For each pull request
// the event calls for, read its facts (changed files, labels, body, head checks), the plans on
// its BASE commit and the phase facts in the checklist issues; evaluate the gates; then keep one
// comment per plan and the `rollbook/gate` status current, writing only what changed. A failing
// metric provider never fails the run: its gate errors, the verdict holds, and the report says
// which provider failed. See docs/gates.md and docs/adr/0011-report-reads-base-branch.md.
import { statusOf } from '../github/errors.ts';
import { latestStatuses } from '../github/statuses.ts';
import { debugUnexpected, ExpectedError, isExpectedError } from '../runtime/expected-error.ts';
import type { Logger } from '../runtime/logger.ts';
import type { ActionContext } from './context.ts';
import { evaluatePull } from './report/evaluate.ts';
import { publishPull } from './report/publish.ts';
import { createSession } from './report/session.ts';
import { type ReportedPull, setReportOutputs, writeReportSummary } from './report/summary.ts';
import { reportTargets } from './report/targets.ts';

export async function runReport(ctx: ActionContext): Promise<ReportedPull[]> {
  const { log, runner } = ctx;
  const client = ctx.github();
  const targets = await reportTargets(ctx, client);
  if (targets.kind === 'none') {
    log.info(`report: ${targets.why}; nothing to do`);
    writeReportSummary(runner.summary, [], targets.why);
    setReportOutputs(runner, []);
    return [];
  }
  const session = await createSession(ctx, client);
  const reported: ReportedPull[] = [];
  const warned = new Set<string>();
  for (const pr of targets.pulls) {
    let outcome: Awaited<ReturnType<typeof evaluatePull>>;
    try {
      outcome = await evaluatePull(session, pr);
    } catch (error) {
      const status = statusOf(error);
      // Closed or deleted between the list and now: nothing to report on.
      if (status === 404 && targets.pulls.length > 1) {
        log.warning(`PR #${pr.number} disappeared during the run; skipped`);
        continue;
      }
      if (status !== undefined) throw error;
      // Not GitHub: a bug met on this PR's plans. Block this PR, report the others, fail at the end.
      const expected = isExpectedError(error);
      session.unevaluated.push({
        text: `PR #${pr.number}: ${error instanceof Error ? error.message : String(error)}`,
        expected,
      });
      debugUnexpected(log, error);
      outcome = {
        pr,
        rollouts: [],
        failures: [
          {
            plan: 'rollbook',
            why: expected
              ? 'a template or input on the base branch is wrong (see the job log)'
              : 'internal error while evaluating this pull request (see the job log)',
          },
        ],
        statuses: await latestStatuses(session.client, session.repo, pr.headSha),
        warnings: [],
      };
    }
    for (const warning of outcome.warnings) {
      if (!warned.has(warning)) log.warning(warning);
      warned.add(warning);
    }
    // An edit of a checklist issue re-evaluates that plan's PRs, and those promoting into a phase
    // that waits for one of its phases (`dependsOn`); other PRs did not change.
    const waitsFor = (rollout: (typeof outcome.rollouts)[number], plan: string) =>
      rollout.report?.evaluation.gates.some((g) => g.dependency?.phase.startsWith(`${plan}/`)) === true;
    const concerns = (plan: string) =>
      outcome.rollouts.some((r) => r.plan === plan || waitsFor(r, plan)) ||
      outcome.failures.some((f) => f.plan === plan);
    if (targets.plan !== undefined && !concerns(targets.plan)) continue;
    const published = await publishPull(session, outcome);
    logOutcome(log, outcome, published);
    reported.push({ outcome, published });
  }
  const { requested, fetched } = session.pool.stats;
  if (requested > 0) log.info(`report: ${fetched} metric queries for ${requested} readings (identical ones shared)`);
  writeReportSummary(runner.summary, reported);
  setReportOutputs(runner, reported);
  for (const failure of session.unevaluated) log.error(`report: ${failure.text}`);
  if (session.unevaluated.length > 0) {
    const message = `could not evaluate ${session.unevaluated.length} plan(s) or pull request(s); their pull requests have an error status, the others were reported`;
    // Only expected errors (a broken template): the log above says what to fix; no stack, not "internal".
    throw session.unevaluated.every((f) => f.expected) ? new UnevaluatedError(message) : new Error(message);
  }
  return reported;
}

/** Pull requests left unevaluated only for expected reasons, each logged with what to fix. */
class UnevaluatedError extends ExpectedError {
  override name = 'UnevaluatedError';
}

function logOutcome(
  log: Logger,
  { pr, rollouts, failures }: ReportedPull['outcome'],
  published: ReportedPull['published'],
): void {
  for (const failure of failures) log.warning(`PR #${pr.number}: ${failure.plan} cannot be evaluated: ${failure.why}`);
  if (rollouts.length === 0 && failures.length === 0) {
    log.info(`PR #${pr.number}: not a rollout PR; status ${published.status}`);
    return;
  }
  for (const [i, rollout] of rollouts.entries()) {
    log.info(
      `PR #${pr.number}: ${rollout.plan} → ${rollout.phase ?? '?'}: ${rollout.verdict}; comment ${published.comments[i]?.action}`,
    );
  }
  log.info(`PR #${pr.number}: ${published.desired.context} ${published.desired.state}; status ${published.status}`);
}
