// Sign-offs no body edit can forge (issue 11): who ticked is read from the issue's edit history,
// never from the body or from an event. Runs in-process against the fake GitHub, which keeps
// edit history as GitHub does; the forged-state-block scenario through the bundled action is in
// report/forgery.bundled.test.ts.
import { describe, expect } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { encodeState } from '../../src/checklist/state-block.ts';
import { HISTORY_PAGE_SIZE } from '../../src/github/edit-history.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import {
  editedAt,
  issuesEvent,
  item,
  itWithFake,
  ok,
  openIssue,
  states,
  sync,
  teamPlan,
  workspace,
} from './harness.ts';

const SIGNOFF = 'demo/canary/signoff:signoff/1';
const SECOND = 'demo/canary/signoff:signoff/2';
const NOTE = '\n\nNotes from the war room.';

/** The demo plan, its canary sign-off needing two approvers of the team. */
const twoApproverPlan = () =>
  teamPlan().replace(
    '{signoff: ["@acme/approvers"], count: 1}\n  - id: production',
    '{signoff: ["@acme/approvers"], count: 2}\n  - id: production',
  );

async function setUp(fake: FakeGitHub, plan = teamPlan()) {
  fake.state.access.setTeamMember('approvers', 'alice');
  fake.state.access.setTeamMember('approvers', 'bob');
  const ws = workspace({ 'playbooks/demo.rollout.yaml': plan });
  ok(await sync(fake, ws));
  return { ws, canary: openIssue(fake, 'demo', 'canary').number };
}

const body = (fake: FakeGitHub, number: number) => fake.state.issues.get(number).body!;
const parsed = (fake: FakeGitHub, number: number) => parseIssueBody(body(fake, number));

/** A harmless edit by someone else: its event is the one a run gets. */
function harmlessEdit(fake: FakeGitHub, number: number, login = 'carol') {
  fake.state.clock.advance(60_000);
  return fake.userEditIssue(number, body(fake, number) + NOTE, login);
}

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: ticks as the edit history proves them', () => {
  itWithFake(
    'a forged sign-off whose event was dropped is unticked at the next run, with a comment',
    async ({ fake }) => {
      const { ws, canary } = await setUp(fake);
      // Mallory ticks the sign-off and writes the real approver into the hidden state block; the run
      // for that edit never happens (cancelled, or dropped by the concurrency group).
      const current = parseIssueBody(body(fake, canary)).state!;
      current.ticks[SIGNOFF] = { by: 'alice', at: '2026-01-01T00:00:00Z' };
      const forged = body(fake, canary)
        .replace(`[ ] **Sign-off 1 of 1**`, `[x] **Sign-off 1 of 1**`)
        .replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(current)} -->`);
      expect(forged).not.toBe(body(fake, canary));
      fake.userEditIssue(canary, forged, 'mallory');
      // Someone else's harmless edit starts the next run.
      const run = ok(await sync(fake, ws, { event: issuesEvent(harmlessEdit(fake, canary)) }));

      expect(parsed(fake, canary).ticks.get(SIGNOFF)).toBe(false);
      expect(parsed(fake, canary).state!.ticks[SIGNOFF]).toBeUndefined();
      expect(body(fake, canary)).toContain(NOTE.trim());
      const comments = fake.state.issues.commentsOf(canary);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('ticked by @\u200Bmallory, who is not an approver for it');
      expect(comments[0]!.body).toContain('@acme/approvers');
      expect(states(run).demo!.canary).toBe('not-started');
    },
  );

  itWithFake(
    'a person whose login is the app’s bare slug is not the action: their forged state block counts for nothing',
    async ({ fake }) => {
      const { ws, canary } = await setUp(fake);
      // GraphQL names the token's bot editor `github-actions`; a person may own that login. Their
      // edit is the newest revision, so a run that took them for the action would trust its state.
      const impostor = 'github-actions';
      expect(fake.state.users.get(impostor).type).toBe('User');
      const current = parseIssueBody(body(fake, canary)).state!;
      current.ticks[SIGNOFF] = { by: 'alice', at: '2026-01-01T00:00:00Z' };
      const forged = body(fake, canary)
        .replace(`[ ] **Sign-off 1 of 1**`, `[x] **Sign-off 1 of 1**`)
        .replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(current)} -->`);
      fake.state.clock.advance(60_000);
      const edit = fake.userEditIssue(canary, forged, impostor);
      const run = ok(await sync(fake, ws, { event: issuesEvent(edit) }));

      expect(parsed(fake, canary).ticks.get(SIGNOFF)).toBe(false);
      expect(parsed(fake, canary).state!.ticks[SIGNOFF]).toBeUndefined();
      expect(states(run).demo!.canary).toBe('not-started');
      expect(fake.state.issues.commentsOf(canary)[0]!.body).toContain('who is not an approver for it');
    },
  );

  itWithFake(
    'a genuine approver tick whose event was dropped still counts, credited as GitHub recorded it',
    async ({ fake }) => {
      const { ws, canary } = await setUp(fake);
      const dropped = fake.userToggleTask(canary, item(SIGNOFF), true, 'alice');
      const harmless = harmlessEdit(fake, canary);
      fake.log.clear();
      ok(await sync(fake, ws, { event: issuesEvent(harmless) }));

      expect(parsed(fake, canary).ticks.get(SIGNOFF)).toBe(true);
      expect(parsed(fake, canary).state!.ticks[SIGNOFF]).toEqual({ by: 'alice', at: editedAt(dropped) });
      expect(fake.state.issues.commentsOf(canary)).toHaveLength(0);
      // The batched read, and one page of history for the one issue people edited.
      expect(fake.log.byOperation().graphql).toBe(2);

      // Nothing new: the current body is the action's own revision, so no history is read at all.
      fake.log.clear();
      ok(await sync(fake, ws, { event: { name: 'schedule', payload: {} } }));
      expect(fake.log.counts().writes).toBe(0);
      // (The team membership is looked up each run that counts a team member's sign-off.)
      expect(fake.log.byOperation().graphql).toBe(1);
    },
  );

  itWithFake(
    'a revision deleted from history fails closed: the sign-off ticked across it is unticked, asking for a new tick',
    async ({ fake }) => {
      const { ws, canary } = await setUp(fake);
      fake.userToggleTask(canary, item(SIGNOFF), true, 'alice');
      harmlessEdit(fake, canary);
      // Someone deletes alice's revision from the history (one back from the current body).
      fake.deleteRevision(canary, 1, 'mallory');
      ok(await sync(fake, ws, { event: { name: 'schedule', payload: {} } }));

      expect(parsed(fake, canary).ticks.get(SIGNOFF)).toBe(false);
      const [comment] = fake.state.issues.commentsOf(canary);
      expect(comment!.body).toContain("GitHub's edit history does not show who ticked it");
      expect(comment!.body).toContain('tick it again');

      // Ticked again, the history shows who: it counts.
      fake.state.clock.advance(60_000);
      const again = fake.userToggleTask(canary, item(SIGNOFF), true, 'alice');
      ok(await sync(fake, ws, { event: issuesEvent(again) }));
      expect(parsed(fake, canary).state!.ticks[SIGNOFF]).toEqual({ by: 'alice', at: editedAt(again) });
    },
  );

  itWithFake('two approvers ticking at once are both credited, each from their own revision', async ({ fake }) => {
    const { ws, canary } = await setUp(fake, twoApproverPlan());
    const first = fake.userToggleTask(canary, item(SIGNOFF), true, 'alice');
    const second = fake.userToggleTask(canary, item(SECOND), true, 'bob');
    // Both runs start; the second (the concurrency group's pending one) runs on bob's event.
    ok(await sync(fake, ws, { event: issuesEvent(first) }));
    ok(await sync(fake, ws, { event: issuesEvent(second) }));
    const state = parsed(fake, canary).state!;
    expect(state.ticks[SIGNOFF]).toEqual({ by: 'alice', at: editedAt(first) });
    expect(state.ticks[SECOND]).toEqual({ by: 'bob', at: editedAt(second) });
    expect(fake.state.issues.commentsOf(canary)).toHaveLength(0);
  });

  itWithFake(
    'the action’s own edits are never credited to a person, and its audit trail names everyone',
    async ({ fake }) => {
      const { ws, canary } = await setUp(fake);
      // Another workflow using the same token ticks the sign-off: GitHub attributes the revision to
      // the action's own login, which is nobody's sign-off.
      fake.state.issues.update(
        canary,
        { body: body(fake, canary).replace('[ ] **Sign-off 1 of 1**', '[x] **Sign-off 1 of 1**') },
        'github-actions[bot]',
      );
      ok(await sync(fake, ws, { event: { name: 'schedule', payload: {} } }));
      expect(parsed(fake, canary).ticks.get(SIGNOFF)).toBe(false);
      expect(fake.state.issues.commentsOf(canary)[0]!.body).toContain(
        "GitHub's edit history does not show who ticked it",
      );

      const deploy = fake.userToggleTask(canary, item('demo/canary/step:ramp'), true, 'alice');
      ok(await sync(fake, ws, { event: issuesEvent(deploy) }));
      const log = parsed(fake, canary).state!.log;
      expect(log.length).toBeGreaterThan(0);
      for (const entry of log) {
        expect(entry.by).toMatch(/^[A-Za-z0-9][\w.[\]-]*$/);
        expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      }
      expect(log.filter((e) => e.checked).map((e) => e.by)).toEqual(['alice']);
    },
  );

  itWithFake('reads a long history a page at a time, back to the action’s last revision', async ({ fake }) => {
    const { ws, canary } = await setUp(fake);
    const tick = fake.userToggleTask(canary, item(SIGNOFF), true, 'alice');
    const edits = 2 * HISTORY_PAGE_SIZE + 10;
    for (let i = 0; i < edits; i++) fake.userEditIssue(canary, `${body(fake, canary)}\nnote ${i}`, 'carol');
    fake.log.clear();
    ok(await sync(fake, ws, { event: { name: 'schedule', payload: {} } }));
    expect(parsed(fake, canary).state!.ticks[SIGNOFF]).toEqual({ by: 'alice', at: editedAt(tick) });
    // The batched read, then three pages of 50: 110 notes, alice's tick and the action's revision.
    const queries = fake.log.entries.filter((e) => e.operationId === 'graphql');
    expect(queries).toHaveLength(1 + 3);
    expect(fake.state.issues.commentsOf(canary)).toHaveLength(0);
  });

  itWithFake(
    'a history that cannot be read counts nothing yet and unticks nothing; the next run that can read it decides',
    async ({ fake }) => {
      const { ws, canary } = await setUp(fake);
      const tick = fake.userToggleTask(canary, item(SIGNOFF), true, 'alice');
      const before = body(fake, canary);
      const parentBefore = openIssue(fake, 'demo').body;
      // The batched read answers; every try of the history read fails (the first and three retries).
      fake.faults.add({ graphql: 'query', skip: 1, times: 4, fault: { kind: 'status', status: 502 } });
      const failed = ok(await sync(fake, ws, { event: issuesEvent(tick) }));
      expect(fake.faults.pending()).toEqual([]);
      expect(failed.stdout).toContain('its edit history could not be read');
      expect(body(fake, canary)).toBe(before);
      expect(openIssue(fake, 'demo').body).toBe(parentBefore);
      expect(fake.state.issues.commentsOf(canary)).toHaveLength(0);

      ok(await sync(fake, ws, { event: issuesEvent(tick) }));
      expect(parsed(fake, canary).ticks.get(SIGNOFF)).toBe(true);
      expect(parsed(fake, canary).state!.ticks[SIGNOFF]).toEqual({ by: 'alice', at: editedAt(tick) });
    },
  );
});
