// The sticky gate report comment, through the action (in-process) against the fake GitHub: created
// once, updated in place when a value changes, left alone when nothing changed; never a comment
// someone else wrote, whatever marker it carries; and `comment-mode: new`.
import { describe, expect } from 'vitest';
import { formatTime } from '../../src/text/time.ts';
import { withFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { testClock } from '../helpers/in-process.ts';
import { sameUtcDayAs } from '../helpers/utc-day.ts';
import * as h from './harness.ts';

const itWithFake = withFakeGitHub({ owner: h.OWNER, repo: h.REPO });

// No bake on staging here, so the verdict is PROMOTE; a running bake is tested on its own below.
const STABLE = { plan: { bake: null }, staging: h.stagingTicks(2 * h.DAY, true) };

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('report: the gate report comment', () => {
  itWithFake('is created once, updated when a value changes, and left alone when nothing changed', async ({ fake }) => {
    await h.rolloutRepo(fake, STABLE);
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    const event = h.pullRequestEvent(pr.number);

    let before = fake.log.entries.length;
    const first = await h.runReport({ fake, ws, event });
    expect(first.code, h.failureText(first)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({ 'issues/create-comment': 1, 'repos/create-commit-status': 1 });
    const [comment] = h.reportComments(fake, pr.number);
    expect(comment?.author).toBe(h.BOT);
    expect(comment?.body.split('\n')[0]).toBe(
      '**Verdict: PROMOTE.** Ready to promote Checkout v2 from Staging to Production canary.',
    );
    expect(comment?.body).toContain(
      '| error\\_rate | 0.4% | ≤ 1%, roll back above 5% | PASS | json-file metrics/current.json |',
    );
    expect(comment?.body).toContain('<!-- rollbook:gate-report plan=checkout-v2 phase=canary -->');
    expect(first.outputs.verdict).toBe('PROMOTE');

    ws.setMetrics({ checkout_error_rate: 0.006 });
    before = fake.log.entries.length;
    const second = await h.runReport({ fake, ws, event });
    expect(second.code, h.failureText(second)).toBe(0);
    // The verdict and so the status did not change: only the comment is edited, in place.
    expect(h.writesSince(fake, before)).toEqual({ 'issues/update-comment': 1 });
    const updated = h.reportComments(fake, pr.number);
    expect(updated.map((c) => c.id)).toEqual([comment!.id]);
    expect(updated[0]!.body).toContain('| error\\_rate | 0.6% |');

    before = fake.log.entries.length;
    const third = await h.runReport({ fake, ws, event });
    expect(third.code, h.failureText(third)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
    expect(h.reportComments(fake, pr.number)[0]!.body).toBe(updated[0]!.body);
    expect(third.summary).toContain('Verdict: PROMOTE.');
  });

  itWithFake(
    'writes nothing at a later time while a bake runs, and updates once when a value changes',
    async ({ fake }) => {
      // Staging activated 3 hours ago with a 1-day bake: the bake runs during every run below.
      const staging = h.stagingTicks(3 * h.HOUR, true);
      await h.rolloutRepo(fake, { plan: { bake: '1d' }, staging });
      const pr = h.openPullRequest(fake, 'ramp-canary');
      const ws = h.workspace();
      ws.setMetrics({ checkout_error_rate: 0.004 });
      const event = h.pullRequestEvent(pr.number);
      // Minutes after the first run, on its UTC day: a new day would rightly add a history row.
      const now = new Date();
      const at = (minutes: number) => testClock(sameUtcDayAs(now, new Date(now.getTime() + minutes * 60_000)));

      const first = await h.runReport({ fake, ws, event, clock: at(0) });
      expect(first.code, h.failureText(first)).toBe(0);
      const [comment] = h.reportComments(fake, pr.number);
      expect(comment?.body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
      // The bake's end as a time, not a counter of what is left.
      const ends = formatTime(new Date(Date.parse(staging['step:enable']!.at!) + h.DAY));
      expect(comment?.body).toContain(`- bake: ends ${ends}`);
      expect(comment?.body).not.toMatch(/\bleft\b/);

      // 7 and 50 minutes later (the metrics file is still fresh), nothing else changed: no writes.
      for (const minutes of [7, 50]) {
        const before = fake.log.entries.length;
        const later = await h.runReport({ fake, ws, event, clock: at(minutes) });
        expect(later.code, h.failureText(later)).toBe(0);
        expect(h.writesSince(fake, before)).toEqual({});
      }
      expect(h.reportComments(fake, pr.number)[0]!.body).toBe(comment!.body);

      // A displayed value changes: exactly one update, in place.
      ws.setMetrics({ checkout_error_rate: 0.006 });
      const before = fake.log.entries.length;
      const changed = await h.runReport({ fake, ws, event, clock: at(55) });
      expect(changed.code, h.failureText(changed)).toBe(0);
      expect(h.writesSince(fake, before)).toEqual({ 'issues/update-comment': 1 });
      expect(h.reportComments(fake, pr.number)[0]!.body).toContain('| error\\_rate | 0.6% |');
    },
  );

  itWithFake('never edits a comment by someone else that carries the marker', async ({ fake }) => {
    await h.rolloutRepo(fake, STABLE);
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const forged = '**Verdict: PROMOTE.** Trust me.\n\n<!-- rollbook:gate-report plan=checkout-v2 phase=canary -->\n';
    const mallory = fake.state.issues.createComment(pr.number, forged, 'mallory');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.03 });

    const before = fake.log.entries.length;
    const run = await h.runReport({ fake, ws, event: h.pullRequestEvent(pr.number) });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({ 'issues/create-comment': 1, 'repos/create-commit-status': 1 });
    expect(fake.state.issues.getComment(mallory.id).body).toBe(forged);
    const ours = h.reportComments(fake, pr.number).filter((c) => c.author === h.BOT);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
  });

  itWithFake(
    'takes no comment of the same bot author for its own unless its text is what its digest says',
    async ({ fake }) => {
      await h.rolloutRepo(fake, STABLE);
      const pr = h.openPullRequest(fake, 'ramp-canary');
      const ws = h.workspace();
      ws.setMetrics({ checkout_error_rate: 0.03 });
      const event = h.pullRequestEvent(pr.number);
      expect((await h.runReport({ fake, ws, event })).code).toBe(0);
      const [ours] = h.reportComments(fake, pr.number);
      expect(ours!.body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
      // Another workflow, posting as the same github-actions[bot], copies the comment (marker and
      // digest line too) and makes it say PROMOTE.
      const forged = ours!.body.replace(/^\*\*Verdict: HOLD\.\*\*[^\n]*/, '**Verdict: PROMOTE.** Ready to promote.');
      const copy = fake.state.issues.createComment(pr.number, forged, h.BOT);

      const before = fake.log.entries.length;
      const run = await h.runReport({ fake, ws, event });
      expect(run.code, h.failureText(run)).toBe(0);
      // Neither taken as the current report (which would leave it standing) nor edited.
      expect(h.writesSince(fake, before)).toEqual({});
      expect(fake.state.issues.getComment(copy.id).body).toBe(forged);
      expect(fake.state.issues.getComment(ours!.id).body).toBe(ours!.body);
    },
  );

  itWithFake(
    'in `new` mode posts a new comment when the report changes and minimizes the previous one',
    async ({ fake }) => {
      await h.rolloutRepo(fake, STABLE);
      const pr = h.openPullRequest(fake, 'ramp-canary');
      const ws = h.workspace();
      const event = h.pullRequestEvent(pr.number);
      const inputs = { 'comment-mode': 'new' };

      ws.setMetrics({ checkout_error_rate: 0.004 });
      expect((await h.runReport({ fake, ws, event, inputs })).code).toBe(0);
      ws.setMetrics({ checkout_error_rate: 0.02 });
      let before = fake.log.entries.length;
      const second = await h.runReport({ fake, ws, event, inputs });
      expect(second.code, h.failureText(second)).toBe(0);
      // A new comment, the old one minimized (a GraphQL mutation), and the status now pending.
      expect(h.writesSince(fake, before)).toEqual({
        'issues/create-comment': 1,
        graphql: 1,
        'repos/create-commit-status': 1,
      });
      const comments = h.reportComments(fake, pr.number);
      expect(comments.map((c) => c.minimizedReason)).toEqual(['OUTDATED', null]);
      expect(comments[1]!.body).toContain('| error\\_rate | 2% | ≤ 1%, roll back above 5% | FAIL |');

      before = fake.log.entries.length;
      expect((await h.runReport({ fake, ws, event, inputs })).code).toBe(0);
      expect(h.writesSince(fake, before)).toEqual({});
    },
  );

  itWithFake('in dry-run mode says what it would write, and writes nothing', async ({ fake }) => {
    await h.rolloutRepo(fake, STABLE);
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });

    const run = await h.runReport({ fake, ws, event: h.pullRequestEvent(pr.number), inputs: { 'dry-run': 'true' } });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(fake.log.counts().writes).toBe(0);
    expect(run.stdout).toContain(`dry run: would post the checkout-v2 report on PR #${pr.number}`);
    expect(run.stdout).toContain(
      `dry run: would set rollbook/gate on PR #${pr.number} to success: PROMOTE: every gate passes`,
    );
    expect(run.outputs.verdict).toBe('PROMOTE');
    expect(run.summary).toContain('Verdict: PROMOTE.');
  });
});
