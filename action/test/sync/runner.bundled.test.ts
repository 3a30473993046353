// The bundled action's sync, as a runner runs it (`node dist/index.js`, GitHub's own pacing of
// writes): it records a person's tick with who and when; SIGKILLed right after an issue create
// (its number never known) the next run converges; and two runs racing on one tick keep it.
// The same scenarios run in-process, at every write, in ticks.test.ts and kill.test.ts.
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { crashHarness } from './crash.ts';
import {
  bothReadFirst,
  DEMO_PHASES,
  demoPlan,
  editedAt,
  expectConverged,
  issuesEvent,
  item,
  ok,
  openIssue,
  states,
  sync,
  syncBundled,
  useFake,
  workspace,
} from './harness.ts';
import { expectSettled, rolloutInProgress } from './scenario.ts';

/** The first sync's first issue create (after its 5 labels). */
const FIRST_CREATE = 6;

describe('bundled action: sync', () => {
  const ctx = useFake();

  it('records who ticked what and when, rewriting only the phase issue and the tracking issue', async () => {
    const { fake } = ctx;
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    ok(await sync(fake, ws));
    const staging = openIssue(fake, 'demo', 'staging').number;
    const deploy = fake.userToggleTask(staging, item('demo/staging/step:deploy'), true, 'alice');
    fake.log.clear();
    const run = ok(await syncBundled(fake, ws, { event: issuesEvent(deploy) }));
    expect(states(run).demo!.staging).toBe('in-progress');
    const state = parseIssueBody(openIssue(fake, 'demo', 'staging').body!).state!;
    expect(state.ticks['demo/staging/step:deploy']).toEqual({ by: 'alice', at: editedAt(deploy) });
    // One batched read, one history read of the edited issue; each changed issue re-read, then written once.
    expect(fake.log.byOperation()).toEqual({ graphql: 2, 'issues/get': 2, 'issues/update': 2 });
    expect(run.summary).toContain('Rollbook: checklist issues');
  });

  it('SIGKILLed after its first issue create, converges on the rerun', async () => {
    const { fake } = ctx;
    const crash = crashHarness();
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const killed = await crash.killAfterWrite(fake, FIRST_CREATE, () => syncBundled(fake, ws, { env: crash.env }));
    expect(killed.code).not.toBe(0);
    expect(fake.log.counts().writes).toBe(FIRST_CREATE);
    expect(fake.log.byOperation()['issues/create']).toBe(1);
    ok(await sync(fake, ws));
    expectConverged(fake, { demo: DEMO_PHASES });
    expect(fake.state.issues.all().filter((i) => !i.pull)).toHaveLength(4);
    fake.log.clear();
    ok(await sync(fake, ws));
    expect(fake.log.counts().writes).toBe(0);
  });

  it('two runs handling the same tick at once keep it, with who and when', async () => {
    const { fake } = ctx;
    const rollout = await rolloutInProgress(fake);
    const release = bothReadFirst(fake);
    const bundled = () => syncBundled(fake, rollout.ws, { event: rollout.event });
    const runs = await Promise.all([bundled(), bundled()]);
    release();
    for (const run of runs) ok(run);
    await expectSettled(fake, rollout);
  });
});
