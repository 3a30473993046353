// The daily run: every open pull request gets its report and status in one run, the outputs sum
// it up, and the next run with nothing new writes nothing.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

describe('report: the scheduled report', () => {
  it('covers every open pull request, and writes nothing the second time', async () => {
    const { fake } = setup();
    // Staging without a bake, so nothing in the reports depends on the minute of the run.
    await h.rolloutRepo(fake, { plan: { bake: null }, staging: h.stagingTicks(2 * h.DAY, true) });
    const canary = h.openPullRequest(fake, 'ramp-canary');
    const production = h.openPullRequest(fake, 'ramp-production', {
      'flags/production/checkout.yaml': 'percent: 100\n',
    });
    const docs = h.openPullRequest(fake, 'docs', { 'README.md': '# Rollouts, explained\n' });
    const closed = h.openPullRequest(fake, 'abandoned');
    fake.state.issues.update(closed.number, { state: 'closed' }, 'dana');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });

    const run = await h.runReport({ fake, ws, event: h.scheduleEvent });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(h.statusOn(fake, canary.pull.headSha)).toMatchObject({ state: 'success' });
    // Canary was never activated (no checklist issue yet): its 2d bake cannot have passed.
    expect(h.statusOn(fake, production.pull.headSha)).toMatchObject({
      state: 'pending',
      description: 'HOLD: bake: phase canary has not been activated (2d required)',
    });
    expect(h.statusOn(fake, docs.pull.headSha)).toMatchObject({
      state: 'success',
      description: 'Not a rollout PR: no gates apply',
    });
    expect(h.statusOn(fake, closed.pull.headSha)).toBeUndefined();
    expect(h.reportComments(fake, canary.number)).toHaveLength(1);
    expect(h.reportComments(fake, production.number)[0]!.body).toContain(
      'No checklist issue for phase canary yet: run the sync command',
    );
    expect(h.reportComments(fake, docs.number)).toEqual([]);

    expect(run.outputs.verdict).toBe('HOLD');
    const gates = JSON.parse(run.outputs.gates!) as {
      pullRequest: number;
      plan: string;
      phase: string;
      verdict: string;
    }[];
    expect(gates.map(({ pullRequest, plan, phase, verdict }) => ({ pullRequest, plan, phase, verdict }))).toEqual([
      { pullRequest: canary.number, plan: 'checkout-v2', phase: 'canary', verdict: 'PROMOTE' },
      { pullRequest: production.number, plan: 'checkout-v2', phase: 'production', verdict: 'HOLD' },
    ]);
    expect(run.summary).toContain(`PR #${canary.number}: checkout-v2 → canary: PROMOTE`);
    expect(run.summary).toContain(`PR #${production.number}: checkout-v2 → production: HOLD`);
    expect(run.summary).toContain(`Not rollout pull requests (no gates apply): #${docs.number}.`);

    const before = fake.log.entries.length;
    const again = await h.runReport({ fake, ws, event: h.scheduleEvent });
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
    // The base commit is shared by all three PRs: its plans were read once per run.
    const planReads = fake.log.entries.slice(before).filter((e) => e.path.includes('checkout-v2.rollout.yaml'));
    expect(planReads).toHaveLength(1);
  });
});
