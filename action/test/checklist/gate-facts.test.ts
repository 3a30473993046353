// From a phase issue to the gate report: the facts gateFacts() hands evaluatePhase() make the
// bake, the sign-off and the manual gate of the phase being left pass or hold as the ticks say.
import { describe, expect, it } from 'vitest';
import { gateFacts } from '../../src/checklist/gate-facts.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { evaluatePhase } from '../../src/gates/evaluate-phase.ts';
import { builtinTemplates, fixturePlan, hours, Rollout, T0 } from './helpers.ts';

const templates = await builtinTemplates();
const directory = { teams: { '@acme/dispatch-leads': ['ana'] } };

function canaryFacts(rollout: Rollout) {
  const canary = rollout.phase('canary');
  const state = parseIssueBody(rollout.bodies.canary!).state;
  return gateFacts({ plan: rollout.plan, status: canary.status, state, accepted: canary.accepted });
}

describe('gateFacts', () => {
  it('gives the gate evaluator the activation, accepted sign-offs, manual ticks and checklist', () => {
    const rollout = new Rollout(fixturePlan(), templates, { directory });
    rollout.sync(T0);
    rollout.tick('canary', 'jchen', hours(1), 'step:deploy', 'step:ramp', 'gate:manual');
    rollout.tick('canary', 'ana', hours(2), 'signoff:dispatch-approval/1');
    rollout.tick('canary', 'mrivera', hours(3), 'signoff:dispatch-approval/2');
    const facts = canaryFacts(rollout);
    expect(facts.activatedAt).toEqual(hours(1));
    expect(facts.signoffs).toEqual([
      { gate: 'dispatch-approval', by: '@ana', at: hours(2), as: '@acme/dispatch-leads' },
      { gate: 'dispatch-approval', by: '@mrivera', at: hours(3) },
    ]);
    expect(facts.manual).toEqual([{ gate: 'manual', by: '@jchen', at: hours(1) }]);
    expect(facts.checklist).toMatchObject({ done: 2, total: 5 });

    const early = evaluatePhase({ plan: rollout.plan, target: 'production', at: hours(10), facts });
    const byId = new Map(early.gates.map((g) => [g.id, g.status]));
    expect(byId.get('bake')).toBe('pending');
    expect(byId.get('dispatch-approval')).toBe('pass');
    expect(byId.get('manual')).toBe('pass');
    const later = evaluatePhase({ plan: rollout.plan, target: 'production', at: hours(60), facts });
    expect(later.gates.find((g) => g.id === 'bake')?.status).toBe('pass');
  });

  it('counts no sign-off that checkSignoffTicks refused', () => {
    const rollout = new Rollout(fixturePlan(), templates, { directory });
    rollout.sync(T0);
    rollout.tick('canary', 'mallory', hours(2), 'signoff:dispatch-approval/1');
    const facts = canaryFacts(rollout);
    expect(facts.signoffs).toEqual([]);
    const result = evaluatePhase({ plan: rollout.plan, target: 'production', at: hours(3), facts });
    expect(result.gates.find((g) => g.id === 'dispatch-approval')?.status).toBe('pending');
  });
});
