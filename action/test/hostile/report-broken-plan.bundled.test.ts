// Issue 12 item 2, end to end through the bundled action: a plan on the base branch that names
// the undeclared metric `constructor` used to validate, then crash the report before any status
// was set on any PR. Now it is an invalid plan: its PRs get an error status that says why, and
// every other PR is reported as usual.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import * as h from '../report/harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

const BROKEN_FILE = 'playbooks/search-v2.rollout.yaml';
const broken = h
  .planYaml({ extraGates: ['{metric: constructor, min: 0.99}'] })
  .replace('name: checkout-v2', 'name: search-v2')
  .replaceAll('flags/', 'search-flags/');

describe('bundled action: a broken plan on the base branch', () => {
  it('gives its PRs an error status and reports every other PR', async () => {
    const { fake } = setup();
    await h.rolloutRepo(fake, { staging: h.stagingTicks(2 * h.DAY, true) });
    fake.state.setFiles('main', { [BROKEN_FILE]: broken });
    const good = h.openPullRequest(fake, 'ramp-canary');
    const bad = h.openPullRequest(fake, 'ramp-search', { 'search-flags/canary/search.yaml': 'percent: 5\n' });
    fake.state.setFiles('named', { 'README.md': '# hi\n' });
    const labelled = fake.state.addPullRequest({
      title: 'Promote search',
      body: 'Rollbook-Promote: search-v2/canary',
      author: 'dana',
      head: 'named',
    });
    const unrelated = h.openPullRequest(fake, 'docs', { 'README.md': '# Rollouts, explained\n' });
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });

    const run = await h.runReport({ fake, ws, event: h.scheduleEvent });
    expect(run.code, h.failureText(run)).toBe(0);
    for (const pr of [bad, labelled]) {
      const status = h.statusOn(fake, pr.pull.headSha);
      expect(status).toMatchObject({ state: 'error' });
      expect(status!.description).toMatch(
        /^ERROR: search-v2: the plan on the base branch is invalid \(playbooks\/search-v2\.rollout\.yaml:\d+:\d+ gate refers to metric "constructor"/,
      );
      expect(h.reportComments(fake, pr.number)).toEqual([]);
    }
    expect(h.statusOn(fake, good.pull.headSha)).toMatchObject({ state: 'success' });
    expect(h.reportComments(fake, good.number)).toHaveLength(1);
    expect(h.statusOn(fake, unrelated.pull.headSha)).toMatchObject({
      state: 'success',
      description: 'Not a rollout PR: no gates apply',
    });
    expect(run.stdout).toContain('search-v2 cannot be evaluated');
  });
});
