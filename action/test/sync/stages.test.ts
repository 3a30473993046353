// A ramp inside a phase (`stages:`, ADR 28) through the whole action: the phase issue lists one
// item per stage, a person's tick (as GitHub's edit history records it) starts that stage's hold,
// the next stage waits for the hold and then for a tick (after a pause, for a person), and the
// bake starts when the last stage's hold ends.
import { describe, expect } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { encodeState } from '../../src/checklist/state-block.ts';
import { formatTime } from '../../src/text/time.ts';
import { testClock } from '../helpers/in-process.ts';
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

const MINUTE = 60_000;
const START = Date.parse('2026-11-23T09:00:00Z');

/** The scaffold plan, its staging phase ramped 10% → 50% → 100% after its steps. */
function stagedPlan(): string {
  const plan = demoPlan();
  const anchor = '    bake: 24h\n';
  if (!plan.includes(anchor)) throw new Error('the scaffold plan changed: no staging bake');
  return plan.replace(
    anchor,
    [
      '    stages:',
      '      - {percent: 10, hold: 10m, command: "flagctl set demo 10"}',
      '      - {percent: 50, hold: 20m, pause: "The on-call compares the error rate with last week"}',
      '      - {percent: 100, cohort: everyone in staging}',
      anchor,
    ].join('\n'),
  );
}

const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE);

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: ramp stages', () => {
  itWithFake(
    'lists one item per stage; ticking a stage starts its hold, and the next waits for the hold, a tick, a person',
    async ({ fake }) => {
      fake.state.clock.set(new Date(START));
      const ws = workspace({ 'playbooks/demo.rollout.yaml': stagedPlan() });
      const run = (now: Date, event?: ReturnType<typeof issuesEvent>) =>
        sync(fake, ws, { clock: testClock(now), ...(event ? { event } : {}) });
      ok(await run(new Date(START)));
      const staging = openIssue(fake, 'demo', 'staging').number;
      const body = () => openIssue(fake, 'demo', 'staging').body!;

      expect(body()).toContain('### Ramp stages');
      const stageLines = body()
        .split('\n')
        .filter((line) => line.includes('rollbook:item demo/staging/stage:'));
      expect(stageLines).toHaveLength(3);
      expect(stageLines[0]).toContain('**Stage 1 of 3: 10%**');
      expect(stageLines[0]).toContain('ticking this starts a 10m hold');
      expect(stageLines[1]).toContain('then a person checks: The on-call compares the error rate with last week');
      expect(stageLines[2]).toContain('(everyone in staging)');
      expect(stageLines[2]).toContain('ticking this starts the 24h bake');
      expect(body()).toContain('flagctl set demo 10');
      expect(body()).toContain('> **Not started.**');
      // The activating step no longer says it starts the bake: the ramp's end does.
      const enableLine = body()
        .split('\n')
        .find((line) => line.includes('rollbook:item demo/staging/step:enable'));
      expect(enableLine).toBeDefined();
      expect(enableLine).not.toContain('bake');

      // Alice ticks stage 1: its 10-minute hold runs from GitHub's time of her edit.
      const first = fake.userToggleTask(staging, item('demo/staging/stage:10'), true, 'alice');
      const t1 = editedAt(first);
      const holding = ok(await run(at(t1, 1), issuesEvent(first)));
      expect(states(holding).demo!.staging).toBe('in-progress');
      expect(parseIssueBody(body()).state!.ticks['demo/staging/stage:10']).toEqual({ by: 'alice', at: t1 });
      expect(body()).toContain(
        `Ramp: stage 1 of 3 (10%) holds until ${formatTime(at(t1, 10))}; then stage 2 (50%) waits for a tick.`,
      );

      // The hourly run after the hold: the next stage waits for a tick. Before it, nothing changes.
      fake.log.clear();
      ok(await run(at(t1, 9)));
      expect(fake.log.counts().writes).toBe(0);
      ok(await run(at(t1, 10)));
      expect(body()).toContain('Ramp: stage 1 of 3 (10%) has held; stage 2 (50%) waits for a tick.');

      // Stage 2 holds, then pauses for a person.
      fake.state.clock.set(at(t1, 12));
      const second = fake.userToggleTask(staging, item('demo/staging/stage:50'), true, 'bob');
      const t2 = editedAt(second);
      ok(await run(at(t2, 1), issuesEvent(second)));
      expect(body()).toContain(
        `Ramp: stage 2 of 3 (50%) holds until ${formatTime(at(t2, 20))}; then a person decides on stage 3 (100%).`,
      );
      ok(await run(at(t2, 20)));
      expect(body()).toContain(
        'Ramp: stage 2 of 3 (50%) is paused: a person decides whether to go on, by ticking stage 3 (100%).',
      );

      // Carol decides: the last stage has no hold, so the bake starts at her tick.
      fake.state.clock.set(at(t2, 30));
      const third = fake.userToggleTask(staging, item('demo/staging/stage:100'), true, 'carol');
      const t3 = editedAt(third);
      const baking = ok(await run(at(t3, 1), issuesEvent(third)));
      expect(states(baking).demo!.staging).toBe('baking');
      expect(body()).toContain(`Baking until ${formatTime(at(t3, 24 * 60))}`);
      // The tracking issue's "What was released when" lists each stage reached, with who and when.
      const released = openIssue(fake, 'demo').body!;
      expect(released).toMatch(/ramped to 10% \(stage `10`\) \| @\u200Balice/);
      expect(released).toMatch(/ramped to 50% \(stage `50`\) \| @\u200Bbob/);
      expect(released).toMatch(/ramped to 100% \(stage `100`\) \| @\u200Bcarol/);
    },
  );

  itWithFake(
    'a stage ticked before the hold before it ended is out of order, and the ramp waits for the hold',
    async ({ fake }) => {
      fake.state.clock.set(new Date(START));
      const ws = workspace({ 'playbooks/demo.rollout.yaml': stagedPlan() });
      ok(await sync(fake, ws, { clock: testClock(new Date(START)) }));
      const staging = openIssue(fake, 'demo', 'staging').number;

      const first = fake.userToggleTask(staging, item('demo/staging/stage:10'), true, 'alice');
      ok(await sync(fake, ws, { clock: testClock(at(editedAt(first), 1)), event: issuesEvent(first) }));
      fake.state.clock.set(at(editedAt(first), 3));
      const early = fake.userToggleTask(staging, item('demo/staging/stage:50'), true, 'bob');
      ok(await sync(fake, ws, { clock: testClock(at(editedAt(early), 1)), event: issuesEvent(early) }));
      const body = openIssue(fake, 'demo', 'staging').body!;
      expect(body).toContain(`stage 2 of 3 (50%) holds until ${formatTime(at(editedAt(early), 20))}`);
      expect(body).toContain('Out of order: stage 2 was ticked before stage 1 allowed it.');
    },
  );

  itWithFake(
    "a stage's hold runs from the edit that ticked it, never from a time the body claims",
    async ({ fake }) => {
      fake.state.clock.set(new Date(START));
      const ws = workspace({ 'playbooks/demo.rollout.yaml': stagedPlan() });
      ok(await sync(fake, ws, { clock: testClock(new Date(START)) }));
      const staging = openIssue(fake, 'demo', 'staging');
      // Mallory ticks stage 1 and writes into the hidden state block that alice ticked it an hour ago,
      // so that its hold would be over already.
      const state = parseIssueBody(staging.body!).state!;
      state.ticks['demo/staging/stage:10'] = { by: 'alice', at: '2026-11-23T08:00:00Z' };
      const forged = staging
        .body!.replace('- [ ] **Stage 1 of 3: 10%**', '- [x] **Stage 1 of 3: 10%**')
        .replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(state)} -->`);
      expect(forged).not.toBe(staging.body);
      const edit = fake.userEditIssue(staging.number, forged, 'mallory');
      const t1 = editedAt(edit);
      ok(await sync(fake, ws, { clock: testClock(at(t1, 1)), event: issuesEvent(edit) }));
      const body = openIssue(fake, 'demo', 'staging').body!;
      expect(parseIssueBody(body).state!.ticks['demo/staging/stage:10']).toEqual({ by: 'mallory', at: t1 });
      expect(body).toContain(`Ramp: stage 1 of 3 (10%) holds until ${formatTime(at(t1, 10))}`);
    },
  );
});
