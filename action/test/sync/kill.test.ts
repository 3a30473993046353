// A run killed between any two writes converges on the next run: no duplicate issue, no lost
// tick, no lost note. So do two runs started at once. The kill comes after write n was applied
// and before its answer arrived (the worst moment: a create whose number is unknown). Every
// write is cut in-process (crash.ts freezeAfterWrite); runner.bundled.test.ts SIGKILLs the
// bundled action once and races two bundled runs, as runners would.
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { freezeAfterWrite } from './crash.ts';
import {
  bothReadFirst,
  DEMO_PHASES,
  demoPlan,
  editedAt,
  expectConverged,
  issuesEvent,
  item,
  itWithFake,
  managed,
  ok,
  openIssue,
  sync,
  useFake,
  workspace,
} from './harness.ts';
import { expectSettled, handle, rolloutInProgress } from './scenario.ts';

/** Writes of an undisturbed first sync of the demo plan: 5 labels, 4 issues, 3 sub-issue links. */
const FIRST_SYNC_WRITES = 12;
/** Writes of the update run in scenario.ts: 3 phase issues and the tracking issue. */
const UPDATE_WRITES = 4;

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: killed between writes, then rerun', () => {
  itWithFake(
    `an undisturbed first sync makes ${FIRST_SYNC_WRITES} writes and the update run ${UPDATE_WRITES}`,
    async ({ fake }) => {
      const rollout = await rolloutInProgress(fake);
      expect(fake.log.byOperation()['issues/create']).toBe(4);
      fake.log.clear();
      ok(await handle(fake, rollout));
      expect(fake.log.counts().writes).toBe(UPDATE_WRITES);
      await expectSettled(fake, rollout);
      const fresh = workspace({ 'playbooks/other.rollout.yaml': demoPlan('other') });
      fake.log.clear();
      ok(await sync(fake, fresh, { inputs: { plans: 'playbooks' } }));
      // `rollbook` and the phase labels exist already: 1 label, 4 issues, 3 links.
      expect(fake.log.counts().writes).toBe(FIRST_SYNC_WRITES - 4);
    },
  );

  itWithFake.for(Array.from({ length: FIRST_SYNC_WRITES - 1 }, (_, i) => i + 1))(
    'first sync killed after write %i converges on the rerun',
    async (n, { fake }) => {
      const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
      const killed = await freezeAfterWrite(fake, n, (onClient) => sync(fake, ws, { onClient }));
      expect(killed.code).not.toBe(0);
      expect(fake.log.counts().writes).toBe(n);
      ok(await sync(fake, ws));
      expectConverged(fake, { demo: DEMO_PHASES });
      expect(fake.state.issues.all().filter((i) => !i.pull)).toHaveLength(4);
      fake.log.clear();
      ok(await sync(fake, ws));
      expect(fake.log.counts().writes).toBe(0);
    },
  );

  itWithFake.for(Array.from({ length: UPDATE_WRITES - 1 }, (_, i) => i + 1))(
    'an update run killed after write %i keeps every tick and note on the rerun',
    async (n, { fake }) => {
      const rollout = await rolloutInProgress(fake);
      const killed = await freezeAfterWrite(fake, n, (onClient) => handle(fake, rollout, { onClient }));
      expect(killed.code).not.toBe(0);
      ok(await handle(fake, rollout));
      await expectSettled(fake, rollout);
    },
  );
});

describe('sync: two runs at once', () => {
  const ctx = useFake();

  it('two first syncs at once converge on the next run: oldest wins, duplicates closed with a link', async () => {
    const { fake } = ctx;
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const release = bothReadFirst(fake);
    const runs = await Promise.all([sync(fake, ws), sync(fake, ws)]);
    release();
    for (const run of runs) ok(run);
    // Both created everything: each key has two issues now.
    expect(fake.state.issues.all()).toHaveLength(8);
    // Someone ticks in the issue that is about to lose: the tick moves to the one that stays.
    const [, loser] = managed(fake)
      .filter((m) => m.phase === 'staging')
      .map((m) => m.issue.number);
    const tick = fake.userToggleTask(loser!, item('demo/staging/step:deploy'), true, 'alice');
    ok(await sync(fake, ws, { event: issuesEvent(tick) }));
    const kept = parseIssueBody(openIssue(fake, 'demo', 'staging').body!);
    expect(kept.ticks.get('demo/staging/step:deploy')).toBe(true);
    // Carried over from the duplicate, credited as the duplicate's own edit history records it.
    expect(kept.state!.ticks['demo/staging/step:deploy']).toEqual({ by: 'alice', at: editedAt(tick) });
    expectConverged(fake, { demo: DEMO_PHASES });
    const all = fake.state.issues.all();
    const closed = all.filter((i) => i.state === 'closed');
    expect(closed).toHaveLength(4);
    for (const dup of closed) {
      expect(dup.stateReason).toBe('not_planned');
      expect(dup.body).toMatch(/^> \[!NOTE\]\n> Duplicate of #\d+\./);
      const winner = Number(/Duplicate of #(\d+)/.exec(dup.body!)![1]);
      expect(winner).toBeLessThan(dup.number);
    }
    const open = all.filter((i) => i.state === 'open');
    const parent = open.find((i) => i.title === '[rollout] demo — Demo')!;
    for (const issue of open) if (issue !== parent) expect(issue.parentNumber).toBe(parent.number);
    fake.log.clear();
    ok(await sync(fake, ws));
    expect(fake.log.counts().writes).toBe(0);
  });

  it('two runs handling the same tick at once keep it, with who and when', async () => {
    const { fake } = ctx;
    const rollout = await rolloutInProgress(fake);
    const release = bothReadFirst(fake);
    const runs = await Promise.all([handle(fake, rollout), handle(fake, rollout)]);
    release();
    for (const run of runs) ok(run);
    await expectSettled(fake, rollout);
  });
});
