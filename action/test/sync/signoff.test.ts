// Sign-offs: only the approvers a gate names may tick them. Anyone else's tick is reverted,
// recorded in the audit trail, and explained once in a comment that mentions only approvers.
import { describe, expect } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { issuesEvent, item, itWithFake, OWNER, ok, openIssue, states, sync, teamPlan, workspace } from './harness.ts';

const SIGNOFF = 'demo/canary/signoff:signoff/1';

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: sign-offs', () => {
  itWithFake(
    'reverts a sign-off by someone who is not an approver and says who may sign off, once',
    async ({ fake }) => {
      const ws = workspace({ 'playbooks/demo.rollout.yaml': teamPlan() });
      ok(await sync(fake, ws));
      const canary = openIssue(fake, 'demo', 'canary').number;

      const tick = fake.userToggleTask(canary, item(SIGNOFF), true, 'mallory');
      ok(await sync(fake, ws, { event: issuesEvent(tick) }));
      const body = fake.state.issues.get(canary).body!;
      expect(parseIssueBody(body).ticks.get(SIGNOFF)).toBe(false);
      const log = parseIssueBody(body).state!.log;
      expect(log.map((e) => [e.by, e.checked, e.note ?? ''])).toEqual([
        ['mallory', true, ''],
        ['github-actions[bot]', false, 'reverted: not-approver'],
      ]);
      const comments = fake.state.issues.commentsOf(canary);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain(`@${OWNER}/approvers`);
      expect(comments[0]!.body).toContain('who is not an approver for it');
      // Mentions: only the approvers (mallory's login is made inert).
      expect(comments[0]!.body.match(/(?<![\w\u200B])@[\w/-]+/g)).toEqual([`@${OWNER}/approvers`]);

      // The same event again (a rerun): no second comment, nothing written.
      fake.log.clear();
      ok(await sync(fake, ws, { event: issuesEvent(tick) }));
      expect(fake.state.issues.commentsOf(canary)).toHaveLength(1);
      expect(fake.log.counts().writes).toBe(0);
    },
  );

  itWithFake('accepts a member of the approver team, looked up through the team membership API', async ({ fake }) => {
    fake.state.access.setTeamMember('approvers', 'alice');
    const ws = workspace({ 'playbooks/demo.rollout.yaml': teamPlan() });
    ok(await sync(fake, ws));
    const canary = openIssue(fake, 'demo', 'canary').number;
    const tick = fake.userToggleTask(canary, item(SIGNOFF), true, 'alice');
    fake.log.clear();
    const run = ok(await sync(fake, ws, { event: issuesEvent(tick) }));
    expect(fake.log.byOperation()['teams/get-membership-for-user-in-org']).toBe(1);
    expect(parseIssueBody(fake.state.issues.get(canary).body!).ticks.get(SIGNOFF)).toBe(true);
    expect(fake.state.issues.commentsOf(canary)).toHaveLength(0);
    expect(states(run).demo!.canary).toBe('in-progress');
  });

  itWithFake(
    'refuses the plan author unless allow-author-signoff is set, and the sign-off item says which',
    async ({ fake }) => {
      fake.state.access.setTeamMember('approvers', 'you');
      const ws = workspace({ 'playbooks/demo.rollout.yaml': teamPlan() });
      ok(await sync(fake, ws));
      const canary = openIssue(fake, 'demo', 'canary').number;
      const signoffLine = () =>
        fake.state.issues
          .get(canary)
          .body!.split('\n')
          .find((l) => l.includes(SIGNOFF));
      expect(signoffLine()).toContain(', not by the author');
      const tick = fake.userToggleTask(canary, item(SIGNOFF), true, 'you');
      ok(await sync(fake, ws, { event: issuesEvent(tick) }));
      expect(parseIssueBody(fake.state.issues.get(canary).body!).ticks.get(SIGNOFF)).toBe(false);
      expect(fake.state.issues.commentsOf(canary)[0]!.body).toContain('may not approve it');

      // A minute later (GitHub's times have whole seconds: the same person's same tick in the same
      // second is the same audit entry, however fast the machine).
      fake.state.clock.advance(60_000);
      const again = fake.userToggleTask(canary, item(SIGNOFF), true, 'you');
      ok(await sync(fake, ws, { event: issuesEvent(again), inputs: { 'allow-author-signoff': 'true' } }));
      expect(parseIssueBody(fake.state.issues.get(canary).body!).ticks.get(SIGNOFF)).toBe(true);
      // The item says what the sync does: with the input set, it no longer says the author may not.
      expect(signoffLine()).toMatch(/Sign-off 1 of 1\*\*, by @/);
      expect(signoffLine()).not.toContain('not by the author');
    },
  );
});
