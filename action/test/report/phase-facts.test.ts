// From a phase issue to the gate report: the facts readPhaseFacts() hands evaluatePhase() make the
// bake, the sign-off and the manual gate of the phase being left pass or hold as the ticks say.
// Team sign-offs are looked up through the membership API of the OpenAPI-checked fake GitHub.
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { evaluatePhase } from '../../src/gates/evaluate-phase.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { readPhaseFacts } from '../../src/github-action/report/phase-facts.ts';
import type { PhaseIssue } from '../../src/github-action/report/phase-issues.ts';
import { TeamDirectory } from '../../src/github-action/report/teams.ts';
import { matchGuards } from '../../src/lessons/match.ts';
import { builtinTemplates, fixturePlan, hours, Rollout, T0 } from '../checklist/helpers.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { TEST_PACING } from '../helpers/in-process.ts';

const templates = await builtinTemplates();
const directory = { teams: { '@acme/dispatch-leads': ['ana'] } };
const silent = { debug() {}, info() {}, notice() {}, warning() {}, error() {} };

describe('readPhaseFacts', () => {
  const github = useFakeGitHub({ owner: 'acme' });

  async function canaryFacts(rollout: Rollout) {
    const { fake, repo } = github();
    const canary = rollout.phase('canary');
    const parsed = parseIssueBody(rollout.bodies.canary!);
    const issue: PhaseIssue = {
      number: rollout.numbers.canary!,
      phaseId: 'canary',
      ticks: parsed.ticks,
      ...(parsed.state ? { state: parsed.state } : {}),
      issue: { state: 'open' },
    };
    const client = createGitHubClient('test-token', { baseUrl: fake.url, log: silent, pacing: TEST_PACING });
    return readPhaseFacts({
      plan: rollout.plan,
      guards: matchGuards(rollout.plan, []),
      phaseId: 'canary',
      issue,
      status: canary.status,
      teams: new TeamDirectory(client, repo),
    });
  }

  it('gives the gate evaluator the activation, sign-offs with their team, manual ticks and checklist', async () => {
    github().fake.state.access.setTeamMember('dispatch-leads', 'ana');
    const rollout = new Rollout(fixturePlan(), templates, { directory });
    rollout.sync(T0);
    rollout.tick('canary', 'jchen', hours(1), 'step:deploy', 'step:ramp', 'gate:manual');
    rollout.tick('canary', 'ana', hours(2), 'signoff:dispatch-approval/1');
    rollout.tick('canary', 'mrivera', hours(3), 'signoff:dispatch-approval/2');
    const { facts, notes } = await canaryFacts(rollout);
    expect(notes).toEqual([]);
    expect(facts.activatedAt).toEqual(hours(1));
    expect(facts.signoffs).toEqual([
      { gate: 'dispatch-approval', by: '@ana', at: hours(2), as: '@acme/dispatch-leads' },
      { gate: 'dispatch-approval', by: '@mrivera', at: hours(3) },
    ]);
    expect(facts.manual).toEqual([{ gate: 'manual', by: '@jchen', at: hours(1) }]);
    expect(facts.checklist).toMatchObject({ done: 2 });

    const early = evaluatePhase({ plan: rollout.plan, target: 'production', at: hours(10), facts });
    const byId = new Map(early.gates.map((g) => [g.id, g.status]));
    expect(byId.get('bake')).toBe('pending');
    expect(byId.get('dispatch-approval')).toBe('pass');
    expect(byId.get('manual')).toBe('pass');
    const later = evaluatePhase({ plan: rollout.plan, target: 'production', at: hours(60), facts });
    expect(later.gates.find((g) => g.id === 'bake')?.status).toBe('pass');
  });

  it('counts no sign-off that the sync refused', async () => {
    const rollout = new Rollout(fixturePlan(), templates, { directory });
    rollout.sync(T0);
    rollout.tick('canary', 'mallory', hours(2), 'signoff:dispatch-approval/1');
    const { facts } = await canaryFacts(rollout);
    expect(facts.signoffs ?? []).toEqual([]);
    const result = evaluatePhase({ plan: rollout.plan, target: 'production', at: hours(3), facts });
    expect(result.gates.find((g) => g.id === 'dispatch-approval')?.status).toBe('pending');
  });
});
