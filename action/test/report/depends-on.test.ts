// A rollout PR into a phase that waits for another plan's phase (`dependsOn`) holds until that
// phase is done, as the other plan's checklist issue says, read the way sync reads it; then the
// same PR promotes. In-process against the fake GitHub.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { replaceOnce } from '../helpers/position.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });
const OTHER_FILE = 'playbooks/orders-expand.rollout.yaml';

/** checkout-v2 with its canary phase waiting for orders-expand's staging. */
const WAITING = replaceOnce(
  h.planYaml(),
  '    environment: canary\n',
  '    environment: canary\n    dependsOn: [orders-expand/staging]\n',
);
/** Another plan, its flags elsewhere, so this PR does not roll it out. */
const OTHER = h
  .planYaml({ signoff: false })
  .replace('name: checkout-v2', 'name: orders-expand')
  .replace(/flags\//g, 'orders/');

describe('report: a phase that waits for another plan', () => {
  it('holds until the phase it depends on is done, then promotes on the edit that completes it', async () => {
    const { fake } = setup();
    fake.state.setFiles('main', {
      [h.PLAN_FILE]: WAITING,
      [OTHER_FILE]: OTHER,
      'flags/canary/checkout.yaml': 'percent: 0\n',
      'README.md': '# Rollouts\n',
    });
    await h.seedPhaseIssue(fake, h.parseTestPlan(WAITING), 'staging', h.stagingTicks(2 * h.DAY, true));
    const otherStaging = await h.seedPhaseIssue(fake, h.parseTestPlan(OTHER), 'staging', {
      'step:enable': { by: 'ops-alice', at: h.ago(3 * h.DAY) },
    });
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.001 });

    const waiting = await h.runReport({ fake, ws, event: h.pullRequestEvent(pr.number) });
    expect(waiting.code, h.failureText(waiting)).toBe(0);
    expect(h.statusOn(fake, pr.pull.headSha)).toMatchObject({
      state: 'pending',
      description: 'HOLD: waits for orders-expand/staging (in progress)',
    });
    const comment = h.reportComments(fake, pr.number)[0]!.body;
    expect(comment).toMatch(
      /\| after orders-expand\/staging \| in progress \| done \| PENDING \| orders-expand's phase issue \|/,
    );

    // Someone ticks "Phase complete" on orders-expand's staging issue: that edit re-runs the report.
    const complete = fake.userToggleTask(otherStaging, 'Phase complete', true, 'ops-alice');
    const done = await h.runReport({ fake, ws, event: { name: 'issues', payload: complete } });
    expect(done.code, h.failureText(done)).toBe(0);
    expect(h.statusOn(fake, pr.pull.headSha)).toMatchObject({
      state: 'success',
      description: 'PROMOTE: every gate passes',
    });
    expect(h.reportComments(fake, pr.number)[0]!.body).toMatch(
      /\| after orders-expand\/staging \| done \| done \| PASS \|/,
    );
  });

  it('holds when the plan it depends on is not on the base branch: its state is not known', async () => {
    const { fake } = setup();
    fake.state.setFiles('main', { [h.PLAN_FILE]: WAITING, 'flags/canary/checkout.yaml': 'percent: 0\n' });
    await h.seedPhaseIssue(fake, h.parseTestPlan(WAITING), 'staging', h.stagingTicks(2 * h.DAY, true));
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.001 });
    const run = await h.runReport({ fake, ws, event: h.pullRequestEvent(pr.number) });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(h.statusOn(fake, pr.pull.headSha)?.description).toBe(
      'HOLD: waits for orders-expand/staging (its state is not known)',
    );
  });
});
