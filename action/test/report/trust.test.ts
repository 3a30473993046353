// The report counts a sign-off only as the checklist issue's edit history proves it, through the
// same verification sync uses: when that history cannot be read, the sign-off does not count
// yet (HOLD, and the report says why); the next run that can read it decides.
import { describe, expect, it } from 'vitest';
import { issueLabels } from '../../src/checklist/titles.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

describe('report: sign-offs from the edit history', () => {
  it('holds while the history cannot be read, and promotes once it can', async () => {
    const { fake } = setup();
    const { stagingIssue } = await h.rolloutRepo(fake, { staging: h.stagingTicks(25 * h.HOUR, false) });
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    const signoff = fake.userToggleTask(stagingIssue!, 'Sign-off 1 of 1', true, 'sre-lead');
    const event = { name: 'issues', payload: signoff };

    // The plan's issue list answers; every try of the history read fails.
    fake.faults.add({ graphql: 'query', skip: 1, times: 4, fault: { kind: 'status', status: 502 } });
    const held = await h.runReport({ fake, ws, event });
    expect(held.code, h.failureText(held)).toBe(0);
    expect(fake.faults.pending()).toEqual([]);
    expect(held.outputs.verdict).toBe('HOLD');
    const comment = h.reportComments(fake, pr.number)[0]!.body;
    expect(comment).toMatch(new RegExp(`The edit history of #\u200B?${stagingIssue} could not be read in this run`));
    expect(held.stdout).toContain('its edit history could not be read');
    expect(comment).not.toContain('signed by @sre-lead');

    const promoted = await h.runReport({ fake, ws, event });
    expect(promoted.code, h.failureText(promoted)).toBe(0);
    expect(promoted.outputs.verdict).toBe('PROMOTE');
    expect(h.reportComments(fake, pr.number)[0]!.body).toContain('signed by @sre-lead');
  });

  it('does not read an issue opened with the phase marker by someone who cannot write to the repository', async () => {
    const { fake } = setup();
    const text = h.planYaml();
    const plan = h.parseTestPlan(text);
    fake.state.setFiles('main', { [h.PLAN_FILE]: text, 'flags/canary/checkout.yaml': 'percent: 0\n' });
    // Opened first, so it has the lower number the report would otherwise take; nothing ticked.
    const forged = fake.state.issues.create({
      title: 'staging',
      body: await h.phaseIssueBody(plan, 'staging', {}),
      labels: issueLabels('checkout-v2', 'staging', 'rollbook'),
      author: 'mallory',
    }).number;
    await h.seedPhaseIssue(fake, plan, 'staging', h.stagingTicks(2 * h.DAY, true));
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    const run = await h.runReport({ fake, ws, event: h.pullRequestEvent(pr.number) });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(run.outputs.verdict).toBe('PROMOTE');
    expect(run.stdout).toContain(
      `#${forged} carries the Rollbook marker of checkout-v2 · staging but was opened by @mallory`,
    );
  });
});
