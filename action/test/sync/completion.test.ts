// Issue 18 part 1: when the last phase is done the tracking issue says the rollout is complete,
// when and by whom (from the verified audit trail), and is closed as completed, unless a KPI
// review is still due. Against the OpenAPI-validated fake GitHub.
import { describe, expect } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import {
  DEMO_PHASES,
  demoPlan,
  editedAt,
  issuesEvent,
  item,
  itWithFake,
  managed,
  ok,
  openIssue,
  sync,
  workspace,
} from './harness.ts';

const WEEK = 7 * 86_400_000;

function parentOf(fake: Parameters<typeof managed>[0]) {
  const found = managed(fake).filter((m) => m.kind === 'parent');
  expect(found).toHaveLength(1);
  return found[0]!.issue;
}

/** Ticks each phase's "Phase complete", by the given people in turn; returns the last edit's time. */
async function completeEveryPhase(fake: Parameters<typeof managed>[0], ws: string, people: string[]) {
  let last = '';
  for (const [index, phase] of DEMO_PHASES.entries()) {
    const number = openIssue(fake, 'demo', phase).number;
    const event = fake.userToggleTask(number, item(`demo/${phase}/complete`), true, people[index % people.length]);
    last = editedAt(event);
    ok(await sync(fake, ws, { event: issuesEvent(event) }));
  }
  return last;
}

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: a completed rollout', () => {
  itWithFake(
    'says it is complete, when and by whom, and closes the tracking issue once; a person may reopen it',
    async ({ fake }) => {
      const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
      ok(await sync(fake, ws));
      expect(parentOf(fake).body).not.toContain('The rollout is complete');

      const last = await completeEveryPhase(fake, ws, ['alice', 'bob']);
      const parent = parentOf(fake);
      expect([parent.state, parent.stateReason]).toEqual(['closed', 'completed']);
      const body = parent.body!;
      expect(body).toContain(
        `**The rollout is complete.** Its last phase was done ${last.slice(0, 10)} ${last.slice(11, 16)} UTC.`,
      );
      // Logins from the audit trail are shown, never pinged.
      expect(body).toContain('Released by @\u200Balice, @\u200Bbob, as the verified audit trail below records.');
      expect(body).not.toContain('KPI review');
      expect(body).toMatch(/\| `production` \| completed \| @\u200Balice/);

      // Nothing new: nothing written.
      fake.log.clear();
      ok(await sync(fake, ws, { event: { name: 'schedule', payload: {} } }));
      expect(fake.log.counts().writes).toBe(0);

      // Someone reopens it: Rollbook does not close it again.
      const reopened = fake.reopenIssue(parent.number, 'carol');
      ok(await sync(fake, ws, { event: issuesEvent(reopened) }));
      ok(await sync(fake, ws, { event: { name: 'schedule', payload: {} } }));
      expect(fake.state.issues.get(parent.number).state).toBe('open');
    },
  );

  itWithFake('stays open while a KPI review is due, and says when', async ({ fake }) => {
    const plan = demoPlan().replace('metric: success_rate}', 'metric: success_rate, reviewAfter: 2w}');
    expect(plan).toContain('reviewAfter: 2w');
    const ws = workspace({ 'playbooks/demo.rollout.yaml': plan });
    ok(await sync(fake, ws));
    const last = await completeEveryPhase(fake, ws, ['alice']);
    const parent = parentOf(fake);
    expect(parent.state).toBe('open');
    const due = new Date(Date.parse(last) + 2 * WEEK).toISOString();
    expect(parent.body).toContain(`**KPI review** due ${due.slice(0, 10)} ${due.slice(11, 16)} UTC`);
    expect(parseIssueBody(parent.body!).problems).toEqual([]);
  });
});
