// The `rollbook/gate` commit status against the fake GitHub: it blocks an early merge (pending
// while the bake runs and a sign-off is missing), turns success once a day has passed and the
// sign-off is ticked (an `issues: edited` event re-evaluates at once), is success for PRs that
// are not rollouts, and holds when a metric provider is down. status.bundled.test.ts runs the
// first scenario with the bundled action, as a runner runs it.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { closedPortUrl } from '../prometheus/ports.ts';
import { blocksEarlyMergeUntilBakedAndSigned } from './early-merge.scenario.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

describe('the rollbook/gate status', () => {
  it('blocks an early merge, and turns success once the bake is over and the sign-off is in', async () => {
    await blocksEarlyMergeUntilBakedAndSigned(setup().fake, h.runReport);
  });

  it('is success for a pull request that is not a rollout, without a comment, and set once', async () => {
    const { fake } = setup();
    await h.rolloutRepo(fake, { staging: h.stagingTicks(2 * h.DAY, true) });
    const pr = h.openPullRequest(fake, 'docs', { 'README.md': '# Rollouts, explained\n' });
    const ws = h.workspace();
    const event = h.pullRequestEvent(pr.number);

    const first = await h.runReport({ fake, ws, event });
    expect(first.code, h.failureText(first)).toBe(0);
    expect(h.statusOn(fake, pr.pull.headSha)).toMatchObject({
      state: 'success',
      description: 'Not a rollout PR: no gates apply',
    });
    expect(fake.state.issues.commentsOf(pr.number)).toEqual([]);
    expect(first.outputs).toMatchObject({ verdict: '', gates: '[]' });

    const before = fake.log.entries.length;
    expect((await h.runReport({ fake, ws, event })).code).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
  });

  it('holds when the metrics provider is down, and the report names it', async () => {
    const { fake } = setup();
    await h.rolloutRepo(fake, {
      plan: { provider: 'prometheus', query: 'sum(rate(errors_total[5m]))' },
      staging: h.stagingTicks(2 * h.DAY, true),
    });
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const prometheus = await closedPortUrl();

    const run = await h.runReport({
      fake,
      ws: h.workspace(),
      event: h.pullRequestEvent(pr.number),
      inputs: { 'prometheus-url': prometheus, 'metrics-timeout': '2' },
    });
    expect(run.code, h.failureText(run)).toBe(0);
    const status = h.statusOn(fake, pr.pull.headSha);
    expect(status?.state).toBe('pending');
    expect(status?.description).toMatch(/^HOLD: error_rate: prometheus at http:\/\/127\.0\.0\.1:\d+/);
    const body = h.reportComments(fake, pr.number)[0]!.body;
    expect(body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
    expect(body).toMatch(
      /\| error\\_rate \| error: prometheus at <http:\/\/127\.0\.0\.1:\d+>: unreachable .* \| ERROR \|/,
    );
    const [gates] = JSON.parse(run.outputs.gates!) as { gates: { id: string; status: string }[] }[];
    expect(gates!.gates.find((g) => g.id === 'metric-error-rate')?.status).toBe('error');
  });
});
