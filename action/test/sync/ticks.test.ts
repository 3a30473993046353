// People tick boxes; the `issues.edited` event run records who and when, derives the phase
// state, and rewrites only what changed. runner.bundled.test.ts records a tick with the bundled
// action too.
import { describe, expect } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import {
  demoPlan,
  editedAt,
  issuesEvent,
  item,
  itWithFake,
  ok,
  openIssue,
  states,
  sync,
  workspace,
} from './harness.ts';

const HOUR = 3_600_000;
const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: ticks are durable, audited state', () => {
  itWithFake('records who ticked what and when, and shows the bake running', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    ok(await sync(fake, ws));
    const staging = openIssue(fake, 'demo', 'staging').number;

    const deploy = fake.userToggleTask(staging, item('demo/staging/step:deploy'), true, 'alice');
    fake.log.clear();
    const first = ok(await sync(fake, ws, { event: issuesEvent(deploy) }));
    expect(states(first).demo!.staging).toBe('in-progress');
    const state = parseIssueBody(openIssue(fake, 'demo', 'staging').body!).state!;
    expect(state.ticks['demo/staging/step:deploy']).toEqual({ by: 'alice', at: editedAt(deploy) });
    expect(state.log).toEqual([
      { itemId: 'demo/staging/step:deploy', checked: true, by: 'alice', at: editedAt(deploy) },
    ]);
    // One batched read, one history read of the edited issue; each changed issue re-read, then written once.
    expect(fake.log.byOperation()).toEqual({ graphql: 2, 'issues/get': 2, 'issues/update': 2 });
    expect(openIssue(fake, 'demo').body).toContain('(`staging`): in progress');

    const enable = fake.userToggleTask(staging, item('demo/staging/step:enable'), true, 'bob');
    const baking = ok(await sync(fake, ws, { event: issuesEvent(enable) }));
    expect(states(baking).demo!.staging).toBe('baking');
    const body = openIssue(fake, 'demo', 'staging').body!;
    expect(parseIssueBody(body).state!.ticks['demo/staging/step:enable']).toEqual({ by: 'bob', at: editedAt(enable) });
    const ends = minute(new Date(Date.parse(editedAt(enable)) + 24 * HOUR).toISOString());
    expect(body).toContain(`Baking until ${ends}`);
    expect(openIssue(fake, 'demo').body).toContain(`| staging | baking until ${ends}`);
    expect(baking.summary).toContain('baking');
  });

  itWithFake(
    'ready once the bake is over and all is ticked; done opens the next phase; a rollback shows on the tracking issue',
    async ({ fake }) => {
      const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
      ok(await sync(fake, ws));
      const staging = openIssue(fake, 'demo', 'staging').number;
      const canary = openIssue(fake, 'demo', 'canary').number;
      expect(openIssue(fake, 'demo', 'canary').body).toContain('Waiting for');

      // Ticked 30 hours ago: the 24h bake is over by now.
      fake.state.clock.advance(-30 * HOUR);
      for (const id of ['step:deploy', 'step:enable', 'gate:check-integration-tests', 'gate:metric-error-rate']) {
        const event = fake.userToggleTask(staging, item(`demo/staging/${id}`), true, 'alice');
        ok(await sync(fake, ws, { event: issuesEvent(event) }));
      }
      fake.state.clock.advance(30 * HOUR);
      const ready = ok(await sync(fake, ws, { event: { name: 'schedule', payload: {} } }));
      expect(states(ready).demo!.staging).toBe('ready');

      const complete = fake.userToggleTask(staging, item('demo/staging/complete'), true, 'alice');
      const done = ok(await sync(fake, ws, { event: issuesEvent(complete) }));
      expect(states(done).demo).toEqual({ staging: 'done', canary: 'not-started', production: 'not-started' });
      const closed = fake.state.issues.get(staging);
      expect([closed.state, closed.stateReason]).toEqual(['closed', 'completed']);
      const next = openIssue(fake, 'demo', 'canary');
      expect(next.number).toBe(canary);
      expect(next.body).not.toContain('Waiting for');
      expect(openIssue(fake, 'demo', 'production').body).toContain('Waiting for');
      const parent = openIssue(fake, 'demo').body!;
      expect(parent).toContain('phase 2 of 3');
      expect(parent).toMatch(/\| staging \| done /);
      expect(parent).toMatch(/activated \(step `enable`\) \| @\u200Balice/);

      const rollback = fake.userToggleTask(canary, item('demo/canary/rollback:ramp'), true, 'carol');
      const rolled = ok(await sync(fake, ws, { event: issuesEvent(rollback) }));
      expect(states(rolled).demo!.canary).toBe('rolled-back');
      const notice = openIssue(fake, 'demo').body!;
      expect(notice).toContain('> [!WARNING]');
      expect(notice).toContain('(`canary`): step `ramp` rolled back by @\u200Bcarol');

      // Nothing new since: nothing written.
      fake.log.clear();
      ok(await sync(fake, ws, { event: issuesEvent(rollback) }));
      expect(fake.log.counts().writes).toBe(0);
    },
  );

  itWithFake('a phase issue closed as completed counts as done; reopened, it does not', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    ok(await sync(fake, ws));
    const staging = openIssue(fake, 'demo', 'staging').number;
    const closed = ok(await sync(fake, ws, { event: issuesEvent(fake.closeIssue(staging, 'alice')) }));
    expect(states(closed).demo!.staging).toBe('done');
    expect(openIssue(fake, 'demo', 'canary').body).not.toContain('Waiting for');
    expect(openIssue(fake, 'demo').body).toMatch(/\| `staging` \| completed \(issue closed\) \| — \|/);
    // Whichever read saw the closed issue (batched GraphQL or REST), the bodies come out the same.
    fake.log.clear();
    ok(await sync(fake, ws));
    expect(fake.log.counts().writes).toBe(0);
    const reopened = ok(await sync(fake, ws, { event: issuesEvent(fake.reopenIssue(staging, 'alice')) }));
    expect(states(reopened).demo!.staging).toBe('not-started');
    expect(openIssue(fake, 'demo', 'canary').body).toContain('Waiting for');
  });
});
