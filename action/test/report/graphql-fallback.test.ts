// The report when GitHub's GraphQL API fails (an outage, a proxy that blocks it): it reads the
// checklist issues and its own comments over REST, as sync does, and still keeps one comment
// current, writing nothing when nothing changed. Ours over REST are the default token's
// comments; a person's copy of a report is never taken for one.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

const STABLE = { plan: { bake: null }, staging: h.stagingTicks(2 * h.DAY, true) };
/** Every GraphQL request fails, for longer than any run retries. */
const GRAPHQL_DOWN = { operationId: 'graphql', fault: { kind: 'status', status: 502 }, times: 10_000 } as const;

describe('report: when GraphQL fails', () => {
  it('falls back to REST: posts, then writes nothing when nothing changed, then updates once', async () => {
    const { fake } = setup();
    await h.rolloutRepo(fake, STABLE);
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    const event = h.pullRequestEvent(pr.number);
    fake.faults.add(GRAPHQL_DOWN);

    let before = fake.log.entries.length;
    const first = await h.runReport({ fake, ws, event });
    expect(first.code, h.failureText(first)).toBe(0);
    expect(fake.faults.fired.length).toBeGreaterThan(0);
    expect(first.stdout).toContain('reading them over REST');
    expect(h.writesSince(fake, before)).toEqual({ 'issues/create-comment': 1, 'repos/create-commit-status': 1 });
    const [comment] = h.reportComments(fake, pr.number);
    expect(comment?.author).toBe(h.BOT);
    expect(comment?.body).toContain('| error\\_rate | 0.4% |');

    // A person pastes the report as their own comment: over REST it is still not ours.
    const pasted = comment!.body;
    fake.state.issues.createComment(pr.number, pasted, 'mallory');
    before = fake.log.entries.length;
    const same = await h.runReport({ fake, ws, event });
    expect(same.code, h.failureText(same)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});

    ws.setMetrics({ checkout_error_rate: 0.006 });
    before = fake.log.entries.length;
    const changed = await h.runReport({ fake, ws, event });
    expect(changed.code, h.failureText(changed)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({ 'issues/update-comment': 1 });
    const reports = h.reportComments(fake, pr.number);
    expect(reports.find((c) => c.id === comment!.id)!.body).toContain('| error\\_rate | 0.6% |');
    expect(reports.find((c) => c.author === 'mallory')!.body).toBe(pasted);
  });
});
