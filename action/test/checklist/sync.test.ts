// The whole pure pipeline over a rollout's life: issues created, ticked, baked, signed off,
// completed, rolled back; runs with nothing new write nothing.
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { encodeState } from '../../src/checklist/state-block.ts';
import { syncRollout } from '../../src/checklist/sync.ts';
import { builtinTemplates, clone, fixturePlan, hours, Rollout, T0, tick } from './helpers.ts';

const templates = await builtinTemplates();
const C = 'priority-rides/canary/';
const S = 'priority-rides/staging/';
const directory = { teams: { '@acme/dispatch-leads': ['ana', 'ben'] } };

function stagingDone(rollout: Rollout): void {
  rollout.tick(
    'staging',
    'jchen',
    hours(1),
    'step:deploy',
    'step:synthetic',
    'gate:check-synthetic-riders',
    'gate:metric-error-rate',
  );
  rollout.tick(
    'staging',
    'jchen',
    hours(5),
    'item:dashboards-show-staging-traffic-for-the-new',
    'exit:no-5xx-increase-against-2-13-in-staging',
    'complete',
  );
}

describe('syncRollout', () => {
  it('creates every issue once, then writes nothing when nothing changed', () => {
    const rollout = new Rollout(fixturePlan(), templates);
    const first = rollout.sync(T0);
    expect(first.phases.map((p) => p.changed)).toEqual([true, true, true]);
    expect(first.parent.changed).toBe(true);
    expect(first.phases.map((p) => p.title)).toEqual([
      '[rollout] priority-rides · staging — Staging with synthetic riders',
      '[rollout] priority-rides · canary — Production canary, 5% of accessible requests',
      '[rollout] priority-rides · production — Everyone',
    ]);
    expect(first.phases[1]!.body).toContain('> **Waiting for Staging with synthetic riders (`staging`).**');
    const writes = rollout.writes;
    const second = rollout.sync(hours(30));
    expect(second.phases.some((p) => p.changed) || second.parent.changed).toBe(false);
    expect(rollout.writes).toBe(writes);
  });

  it('records ticks from events, bakes, and opens the next phase when one is done', () => {
    const rollout = new Rollout(fixturePlan(), templates);
    rollout.sync(T0);
    rollout.tick('staging', 'jchen', hours(1), 'step:deploy');
    expect(rollout.phase('staging').status.state).toBe('baking');
    expect(parseIssueBody(rollout.bodies.staging!).state!.log).toEqual([
      { itemId: `${S}step:deploy`, checked: true, by: 'jchen', at: hours(1).toISOString().replace('.000Z', 'Z') },
    ]);
    expect(rollout.bodies.staging).toContain('> **Baking until 2026-03-02 14:00 UTC.**');
    // A schedule run after the bake: the status changes once, then nothing.
    rollout.sync(hours(6));
    expect(rollout.phase('staging').status.state).toBe('in-progress');
    expect(rollout.phase('staging').changed).toBe(true);
    expect(rollout.sync(hours(7)).phases.some((p) => p.changed)).toBe(false);

    stagingDone(rollout);
    expect(rollout.phase('staging').status.state).toBe('done');
    expect(rollout.phase('canary').status.waitingFor).toBeUndefined();
    expect(rollout.bodies.canary).toContain('> **Not started.**');
    expect(rollout.bodies.production).toContain(
      '> **Waiting for Production canary, 5% of accessible requests (`canary`).**',
    );
    expect(rollout.parentBody).toContain(
      '| 1 | Staging with synthetic riders | staging | done 2026-03-02 14:00 UTC | #12 |',
    );
  });

  it('reverts an unauthorized sign-off with a comment, once', () => {
    const rollout = new Rollout(fixturePlan(), templates, { directory });
    rollout.sync(T0);
    stagingDone(rollout);
    const result = rollout.tick('canary', 'mallory', hours(8), 'signoff:dispatch-approval/1');
    const canary = result.phases[1]!;
    expect(canary.refused.map((r) => [r.by, r.reason])).toEqual([['mallory', 'not-approver']]);
    expect(canary.comment).toContain('Who may sign off `dispatch-approval`: @acme/dispatch-leads or @mrivera');
    expect(parseIssueBody(rollout.bodies.canary!).ticks.get(`${C}signoff:dispatch-approval/1`)).toBe(false);
    const again = rollout.sync(hours(9));
    expect(again.phases[1]!.comment).toBeUndefined();
    expect(again.phases[1]!.changed).toBe(false);

    const ok = rollout.tick('canary', 'ana', hours(10), 'signoff:dispatch-approval/1');
    expect(ok.phases[1]!.accepted).toEqual([
      {
        itemId: `${C}signoff:dispatch-approval/1`,
        gateId: 'dispatch-approval',
        slot: 1,
        by: 'ana',
        at: hours(10).toISOString().replace('.000Z', 'Z'),
        as: '@acme/dispatch-leads',
      },
    ]);
    expect(ok.phases[1]!.comment).toBeUndefined();
  });

  it('says so on the parent when someone ticks a rollback item', () => {
    const rollout = new Rollout(fixturePlan(), templates);
    rollout.sync(T0);
    stagingDone(rollout);
    rollout.tick('canary', 'mrivera', hours(6), 'step:deploy', 'step:ramp');
    rollout.tick('canary', 'mrivera', hours(9), 'rollback:ramp');
    expect(rollout.phase('canary').status.state).toBe('rolled-back');
    expect(rollout.parentBody).toContain(
      '> [!WARNING]\n> **Rolled back.** Someone ticked a rollback item:\n> - Production canary, 5% of accessible requests (`canary`): step `ramp` rolled back by @\u200Bmrivera on 2026-03-02 18:00 UTC',
    );
    expect(rollout.parentBody).toContain(
      '| 2026-03-02 18:00 UTC | `canary` | **rolled back** (step `ramp`) | @\u200Bmrivera |',
    );
    expect(rollout.bodies.canary).toContain(
      '> **Rolled back.** step `ramp` by @\u200Bmrivera on 2026-03-02 18:00 UTC.',
    );
  });

  it('believes no state block people wrote: a backdated activation changes nothing', () => {
    const rollout = new Rollout(fixturePlan(), templates, { directory });
    rollout.sync(T0);
    stagingDone(rollout);
    rollout.tick('canary', 'mrivera', hours(6), 'step:deploy', 'step:ramp');
    expect(rollout.phase('canary').status.bake?.endsAt).toBe('2026-03-04T15:00:00Z');
    // Someone backdates the activation in the hidden state to skip the 48h bake.
    const result = rollout.edit('canary', 'mallory', hours(8), (body) => {
      const state = parseIssueBody(body).state!;
      state.ticks[`${C}step:ramp`] = { by: 'mrivera', at: hours(-100).toISOString() };
      return body.replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(state)} -->`);
    });
    const canary = result.phases[1]!;
    expect(canary.status.state).toBe('baking');
    expect(canary.status.bake?.endsAt).toBe('2026-03-04T15:00:00Z');
    expect(parseIssueBody(rollout.bodies.canary!).state!.ticks[`${C}step:ramp`]?.at).toBe('2026-03-02T15:00:00Z');
  });

  it('restores ticks when someone wipes the body: a deleted line is not an untick', () => {
    const rollout = new Rollout(fixturePlan(), templates);
    rollout.sync(T0);
    rollout.tick('staging', 'jchen', hours(1), 'step:deploy', 'step:synthetic');
    rollout.edit('staging', 'oops', hours(2), () => 'sorry, pasted over it');
    const body = rollout.bodies.staging!;
    expect(body.endsWith('\n\nsorry, pasted over it')).toBe(true);
    const parsed = parseIssueBody(body);
    expect(parsed.ticks.get(`${S}step:deploy`)).toBe(true);
    expect(parsed.ticks.get(`${S}step:synthetic`)).toBe(true);
    expect(parsed.state!.ticks[`${S}step:deploy`]?.by).toBe('jchen');
  });

  it('converges when a tick lands between the read and the write (re-read, re-run, then write)', () => {
    const rollout = new Rollout(fixturePlan(), templates);
    rollout.sync(T0);
    // The action read the bodies and computed its writes...
    const planned = syncRollout(rollout.input(hours(1)));
    // ...meanwhile someone ticked. Before writing, the action re-reads and runs again.
    rollout.bodies.staging = tick(rollout.bodies.staging!, `${S}step:deploy`);
    const staleWrite = planned.phases[0]!.body;
    expect(parseIssueBody(staleWrite).ticks.get(`${S}step:deploy`)).toBe(false);
    const rerun = syncRollout(rollout.input(hours(1)));
    expect(parseIssueBody(rerun.phases[0]!.body).ticks.get(`${S}step:deploy`)).toBe(true);
  });

  it('times a bake from the revision GitHub recorded, though no run saw the edit when it was made', () => {
    const rollout = new Rollout(fixturePlan(), templates);
    rollout.sync(T0);
    rollout.change('staging', 'jchen', hours(1), (b) => tick(b, `${S}step:deploy`));
    rollout.sync(hours(2));
    expect(rollout.phase('staging').status.bake?.endsAt).toBe('2026-03-02T14:00:00Z');
    expect(parseIssueBody(rollout.bodies.staging!).state!.ticks[`${S}step:deploy`]).toEqual({
      by: 'jchen',
      at: '2026-03-02T10:00:00Z',
    });
  });

  it('a tick in a state block alone (its line deleted) counts for nothing, and a sign-off in one is refused', () => {
    const rollout = new Rollout(fixturePlan(), templates, { directory });
    rollout.sync(T0);
    stagingDone(rollout);
    const signoff = `${C}signoff:dispatch-approval/1`;
    const result = rollout.edit('canary', 'mallory', hours(8), (body) => {
      const state = parseIssueBody(body).state!;
      state.ticks[signoff] = { by: 'mrivera', at: hours(7).toISOString() };
      const forged = body.replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(state)} -->`);
      return forged
        .split('\n')
        .filter((line) => !line.includes('signoff:dispatch-approval/1 -->'))
        .join('\n');
    });
    expect(parseIssueBody(rollout.bodies.canary!).ticks.get(signoff)).toBe(false);
    expect(parseIssueBody(rollout.bodies.canary!).state!.ticks[signoff]).toBeUndefined();
    const canary = result.phases[1]!;
    expect(canary.accepted).toEqual([]);
    expect(canary.refused.map((r) => [r.itemId, r.by, r.reason])).toEqual([[signoff, 'mrivera', 'state-only']]);
    expect(canary.comment).toContain('was claimed for @\u200Bmrivera only in the hidden state block');
    // Written back by the action, the claim is gone: the next run has nothing to say.
    expect(rollout.sync(hours(9)).phases[1]!.refused).toEqual([]);
  });

  it('keeps a ticked item the plan dropped, with who and when', () => {
    const rollout = new Rollout(fixturePlan(), templates);
    rollout.sync(T0);
    rollout.tick('staging', 'jchen', hours(1), 'item:dashboards-show-staging-traffic-for-the-new');
    const plan = clone(fixturePlan());
    plan.phases[0]!.checklist = [];
    rollout.plan = plan;
    rollout.sync(hours(2));
    expect(rollout.bodies.staging).toContain(
      'Dashboards show staging traffic for the new ranking — *removed from plan (was ticked by @\u200Bjchen on 2026-03-02 10:00 UTC)*',
    );
    expect(rollout.sync(hours(3)).phases[0]!.changed).toBe(false);
  });
});
