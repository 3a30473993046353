// One scenario that both the in-process report (status.test.ts) and the bundled action
// (status.bundled.test.ts) must pass: the `rollbook/gate` status blocks an early merge (pending
// while the bake runs and a sign-off is missing), and turns success once the bake is over and
// the sign-off is ticked, on that edit's `issues` event.
import { expect } from 'vitest';
import { formatTime } from '../../src/text/time.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import type { ActionRun } from '../helpers/run-action.ts';
import * as h from './harness.ts';

export async function blocksEarlyMergeUntilBakedAndSigned(
  fake: FakeGitHub,
  runReport: (options: h.ReportRunOptions) => Promise<ActionRun>,
): Promise<void> {
  const staging = h.stagingTicks(2 * h.HOUR, false);
  const { plan, stagingIssue } = await h.rolloutRepo(fake, { staging });
  // The bake (1d) ends a day after staging was activated, given as a time.
  const ends = formatTime(new Date(Date.parse(staging['step:enable']!.at!) + h.DAY));
  const pr = h.openPullRequest(fake, 'ramp-canary');
  const unrelated = h.openPullRequest(fake, 'docs', { 'README.md': '# Rollouts, explained\n' });
  const ws = h.workspace();
  ws.setMetrics({ checkout_error_rate: 0.004 });

  const early = await runReport({ fake, ws, event: h.pullRequestEvent(pr.number) });
  expect(early.code, h.failureText(early)).toBe(0);
  expect(h.statusOn(fake, pr.pull.headSha)).toMatchObject({
    state: 'pending',
    description: `HOLD: bake: ends ${ends}; needs 1 sign-off from @sre-lead`,
    creator: h.BOT,
  });
  expect(early.outputs.verdict).toBe('HOLD');
  const [comment] = h.reportComments(fake, pr.number);
  expect(comment!.body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\* /);
  expect(comment!.body).toContain(`- bake: ends ${ends}`);

  // A day later, as sync would have kept it: staging activated 25h ago. Then @sre-lead ticks
  // the sign-off; the report runs on that edit before sync has recorded who ticked it.
  const dayLater = await h.phaseIssueBody(plan, 'staging', h.stagingTicks(25 * h.HOUR, false));
  fake.state.issues.update(stagingIssue!, { body: dayLater }, h.BOT);
  const signoff = fake.userToggleTask(stagingIssue!, 'Sign-off 1 of 1', true, 'sre-lead');
  const before = fake.log.entries.length;
  const later = await runReport({ fake, ws, event: { name: 'issues', payload: signoff } });
  expect(later.code, h.failureText(later)).toBe(0);
  expect(h.statusOn(fake, pr.pull.headSha)).toMatchObject({
    state: 'success',
    description: 'PROMOTE: every gate passes',
  });
  expect(h.reportComments(fake, pr.number)[0]!.body).toMatch(/^\*\*Verdict: PROMOTE\.\*\*/);
  expect(h.reportComments(fake, pr.number)[0]!.body).toContain('signed by @sre-lead');
  // The edit concerned checkout-v2 only: the unrelated PR is not touched.
  expect(h.writesSince(fake, before)).toEqual({ 'issues/update-comment': 1, 'repos/create-commit-status': 1 });
  expect(h.statusOn(fake, unrelated.pull.headSha)).toBeUndefined();
  expect(later.outputs.verdict).toBe('PROMOTE');
}
