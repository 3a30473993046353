// Phase and rollout states from ticks and the audit trail.
import { describe, expect, it } from 'vitest';
import { phaseEntries } from '../../src/checklist/items.ts';
import { derivePhaseState, type IssueFacts, type PhaseStateName } from '../../src/checklist/phase-state.ts';
import { deriveRolloutState } from '../../src/checklist/rollout-state.ts';
import { type ChecklistState, emptyState } from '../../src/checklist/state-block.ts';
import { statusView } from '../../src/checklist/view-phase.ts';
import { fixturePlan, hours } from './helpers.ts';

const plan = fixturePlan();
const P = 'priority-rides/canary/';
const ALL_REQUIRED = phaseEntries(plan, 'canary')
  .filter((e) => e.required)
  .map((e) => e.id.replace(P, ''));

interface Case {
  name: string;
  ticked: string[];
  /** Who ticked what, and when (hours after T0); keys default to jchen at hour 0. */
  when?: Record<string, number>;
  now: number;
  issue?: IssueFacts;
  state: PhaseStateName;
  extra?: (s: ReturnType<typeof derivePhaseState>) => void;
}

function audit(ticked: string[], when: Record<string, number> = {}): ChecklistState {
  const state = emptyState('phase', 'priority-rides', 'canary');
  for (const key of ticked) {
    const at = hours(when[key] ?? 0).toISOString();
    state.ticks[P + key] = { by: 'jchen', at };
    state.log.push({ itemId: P + key, checked: true, by: 'jchen', at });
  }
  return state;
}

const cases: Case[] = [
  { name: 'nothing ticked', ticked: [], now: 1, state: 'not-started' },
  { name: 'a step ticked, not the activating one', ticked: ['step:deploy'], now: 1, state: 'in-progress' },
  {
    name: 'the activating step ticked: the 48h bake runs',
    ticked: ['step:deploy', 'step:ramp'],
    when: { 'step:ramp': 2 },
    now: 10,
    state: 'baking',
    extra: (s) => {
      expect(s.bake).toMatchObject({
        required: '48h',
        endsAt: hours(50).toISOString().replace('.000Z', 'Z'),
        remainingMs: 40 * 3_600_000,
        done: false,
      });
      expect(s.activation).toMatchObject({ stepId: 'ramp', ticked: true, by: 'jchen' });
    },
  },
  {
    name: 'everything ticked but the bake is still running',
    ticked: ALL_REQUIRED,
    when: { 'step:ramp': 2 },
    now: 49,
    state: 'baking',
  },
  {
    name: 'bake over, but gates left',
    ticked: ['step:deploy', 'step:ramp'],
    when: { 'step:ramp': 2 },
    now: 50,
    state: 'in-progress',
    extra: (s) => {
      expect(s.bake?.done).toBe(true);
      expect(s.open).toContain(`${P}signoff:dispatch-approval/1`);
    },
  },
  {
    name: 'bake over and every required item ticked',
    ticked: ALL_REQUIRED,
    when: { 'step:ramp': 2 },
    now: 50,
    state: 'ready',
    extra: (s) => expect([s.ticked, s.required, s.open]).toEqual([ALL_REQUIRED.length, ALL_REQUIRED.length, []]),
  },
  {
    name: '"Phase complete" ticked',
    ticked: [...ALL_REQUIRED, 'complete'],
    when: { complete: 60 },
    now: 61,
    state: 'done',
  },
  {
    name: 'the issue closed as completed',
    ticked: ['step:deploy'],
    now: 5,
    issue: { state: 'closed', stateReason: 'completed', closedAt: hours(4).toISOString(), closedBy: 'mrivera' },
    state: 'done',
    extra: (s) => expect(s.completed).toEqual({ via: 'issue', by: 'mrivera', at: hours(4).toISOString() }),
  },
  {
    name: '"Phase complete" ticked and then the issue closed: one completion in the release events',
    ticked: [...ALL_REQUIRED, 'complete'],
    when: { complete: 60 },
    now: 62,
    issue: {
      state: 'closed',
      stateReason: 'completed',
      closedAt: hours(61).toISOString(),
      closedBy: 'github-actions[bot]',
    },
    state: 'done',
    extra: (s) =>
      expect(s.events.filter((e) => e.what === 'completed')).toEqual([
        expect.objectContaining({ itemId: `${P}complete`, at: hours(60).toISOString() }),
      ]),
  },
  {
    name: 'the issue closed as not planned is not done',
    ticked: ['step:deploy'],
    now: 5,
    issue: { state: 'closed', stateReason: 'not_planned' },
    state: 'in-progress',
  },
  {
    name: 'a step rolled back',
    ticked: ['step:deploy', 'step:ramp', 'rollback:ramp'],
    when: { 'rollback:ramp': 9 },
    now: 10,
    state: 'rolled-back',
    extra: (s) =>
      expect(s.rolledBack).toEqual([{ itemId: `${P}rollback:ramp`, by: 'jchen', at: hours(9).toISOString() }]),
  },
  {
    name: 'rolled back after "complete"',
    ticked: [...ALL_REQUIRED, 'complete', 'rollback'],
    now: 70,
    state: 'rolled-back',
  },
];

describe('derivePhaseState', () => {
  it.each(cases)('$name → $state', ({ ticked, when, now, issue, state, extra }) => {
    const items = new Map(phaseEntries(plan, 'canary').map((e) => [e.id, ticked.includes(e.id.replace(P, ''))]));
    const result = derivePhaseState(plan, 'canary', items, audit(ticked, when), hours(now), issue ? { issue } : {});
    expect(result.state).toBe(state);
    extra?.(result);
  });

  it('keeps baking when nobody knows when the activating step was ticked', () => {
    const items = new Map([[`${P}step:ramp`, true]]);
    const result = derivePhaseState(plan, 'canary', items, emptyState('phase', 'priority-rides', 'canary'), hours(500));
    expect(result.state).toBe('baking');
    expect(result.bake?.endsAt).toBeUndefined();
  });

  it('treats a phase without a bake as ready once everything is ticked', () => {
    const staging = phaseEntries(plan, 'staging')
      .filter((e) => e.required)
      .map((e) => e.id);
    const noBake = structuredClone(plan);
    delete noBake.phases[0]!.bake;
    const items = new Map(staging.map((id) => [id, true]));
    expect(derivePhaseState(noBake, 'staging', items, undefined, hours(0)).state).toBe('ready');
    expect(derivePhaseState(plan, 'staging', items, undefined, hours(0)).state).toBe('baking');
  });

  it('counts guard items found in the body as required', () => {
    const guard = `${P}guard:l-2024-05-x/alarm`;
    const items = new Map(ALL_REQUIRED.map((k) => [P + k, true] as [string, boolean]));
    items.set(guard, false);
    const result = derivePhaseState(plan, 'canary', items, audit(ALL_REQUIRED, { 'step:ramp': 0 }), hours(100));
    expect(result.state).toBe('in-progress');
    expect(result.open).toEqual([guard]);
  });
});

describe('deriveRolloutState', () => {
  const phase = (id: string, ticked: string[], when: Record<string, number> = {}, now = 100) => {
    const prefix = `priority-rides/${id}/`;
    const state = emptyState('phase', 'priority-rides', id);
    for (const key of ticked) {
      const at = hours(when[key] ?? 0).toISOString();
      state.ticks[prefix + key] = { by: 'mrivera', at };
      state.log.push({ itemId: prefix + key, checked: true, by: 'mrivera', at });
    }
    return derivePhaseState(plan, id, new Map(ticked.map((k) => [prefix + k, true])), state, hours(now));
  };

  it('makes later phases wait for the one before', () => {
    const rollout = deriveRolloutState(plan, [phase('staging', ['step:deploy'])]);
    expect(rollout.current).toBe('staging');
    expect(rollout.phases.map((p) => [p.phaseId, p.state, p.waitingFor])).toEqual([
      ['staging', 'in-progress', undefined],
      ['canary', 'not-started', 'staging'],
      ['production', 'not-started', 'canary'],
    ]);
  });

  it('opens the next phase when one is done, and flags work out of order', () => {
    const rollout = deriveRolloutState(plan, [
      phase('staging', ['step:deploy', 'complete'], { complete: 5 }),
      phase('production', ['step:ramp']),
    ]);
    expect(rollout.current).toBe('canary');
    expect(rollout.phases[1]!.waitingFor).toBeUndefined();
    expect(rollout.phases[2]).toMatchObject({ waitingFor: 'canary', outOfOrder: true });
  });

  it('says when something was rolled back, and lists what was released when', () => {
    const rollout = deriveRolloutState(plan, [
      phase('staging', ['step:deploy', 'complete'], { 'step:deploy': 1, complete: 5 }),
      phase('canary', ['step:deploy', 'step:ramp', 'rollback:ramp'], { 'step:ramp': 7, 'rollback:ramp': 20 }),
    ]);
    expect(rollout.rolledBack).toEqual([
      { phaseId: 'canary', itemId: `${P}rollback:ramp`, stepId: 'ramp', by: 'mrivera', at: hours(20).toISOString() },
    ]);
    expect(rollout.released.map((e) => [e.phaseId, e.what, e.stepId, e.at])).toEqual([
      ['staging', 'activated', 'deploy', hours(1).toISOString()],
      ['staging', 'completed', undefined, hours(5).toISOString()],
      ['canary', 'activated', 'ramp', hours(7).toISOString()],
      ['canary', 'rolled-back', 'ramp', hours(20).toISOString()],
    ]);
    expect(rollout.current).toBe('canary');
    expect(rollout.complete).toBe(false);
  });

  it('waits for phases of other plans until they are done, with their state when known', () => {
    const linked = structuredClone(plan);
    linked.phases[0]!.dependsOn = ['orders-expand/production', 'billing/canary', 'ledger/staging'];
    const others = new Map([
      ['orders-expand/production', 'baking' as const],
      ['billing/canary', 'done' as const],
    ]);
    const rollout = deriveRolloutState(linked, [phase('staging', ['step:deploy'])], others);
    expect(rollout.phases[0]).toMatchObject({
      waitingForPlans: [{ phase: 'orders-expand/production', state: 'baking' }, { phase: 'ledger/staging' }],
      outOfOrder: true,
    });
    expect(statusView(rollout.phases[0], linked)?.detail).toBe(
      'Out of order: `orders-expand/production` (baking) and `ledger/staging` are not done yet.',
    );
    const idle = deriveRolloutState(linked, [], others);
    expect(statusView(idle.phases[0], linked)).toEqual({
      headline: 'Waiting for `orders-expand/production` (baking) and `ledger/staging`.',
      detail: 'Start this phase once those are done.',
    });
    const clear = new Map([
      ...others,
      ['orders-expand/production', 'done' as const],
      ['ledger/staging', 'done' as const],
    ]);
    expect(deriveRolloutState(linked, [], clear).phases[0]!.waitingForPlans).toBeUndefined();
  });

  it('is complete when every phase is done', () => {
    const done = plan.phases.map((p) => phase(p.id, ['complete']));
    const rollout = deriveRolloutState(plan, done);
    expect(rollout.complete).toBe(true);
    expect(rollout.current).toBeUndefined();
  });

  it('keeps release events whose log entries were compacted away', () => {
    const state = emptyState('phase', 'priority-rides', 'canary');
    state.ticks[`${P}step:ramp`] = { by: 'mrivera', at: hours(7).toISOString() };
    const status = derivePhaseState(plan, 'canary', new Map([[`${P}step:ramp`, true]]), state, hours(8));
    expect(status.events).toEqual([
      {
        phaseId: 'canary',
        what: 'activated',
        itemId: `${P}step:ramp`,
        stepId: 'ramp',
        by: 'mrivera',
        at: hours(7).toISOString(),
      },
    ]);
  });
});
