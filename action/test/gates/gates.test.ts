import { describe, expect, it } from 'vitest';
import { evaluateBake } from '../../src/gates/bake.ts';
import { evaluateCheck } from '../../src/gates/evaluate-gate.ts';
import { evaluatePhase } from '../../src/gates/evaluate-phase.ts';
import { gateIds } from '../../src/gates/gate-id.ts';
import type { CheckState, GateStatus, PhaseFacts, PullRequestFacts } from '../../src/gates/model.ts';
import type { Gate } from '../../src/plan/schema.ts';
import { AT, HOUR, planWith } from './helpers.ts';

const minutes = (n: number) => n * 60_000;

describe('bake', () => {
  it('holds until its end time, given as a time and not as a counter', () => {
    const result = evaluateBake('24h', new Date(AT.getTime() - (16 * HOUR + minutes(48))), AT, 'canary');
    expect(result).toMatchObject({ status: 'pending', reason: 'bake: ends 2026-11-23 16:12 UTC' });
    // A run minutes later says the same.
    const later = evaluateBake(
      '24h',
      new Date(AT.getTime() - (16 * HOUR + minutes(48))),
      new Date(AT.getTime() + minutes(7)),
      'canary',
    );
    expect([later.reason, later.summary]).toEqual([result.reason, result.summary]);
    expect(result.bake).toMatchObject({ requiredMs: 24 * HOUR, remainingMs: 7 * HOUR + minutes(12) });
  });

  it('passes at exactly the bake time', () => {
    expect(evaluateBake('24h', new Date(AT.getTime() - 24 * HOUR), AT, 'canary').status).toBe('pass');
  });

  it('one second short still holds', () => {
    const result = evaluateBake('24h', new Date(AT.getTime() - 24 * HOUR + 1000), AT, 'canary');
    expect(result).toMatchObject({ status: 'pending', reason: 'bake: ends 2026-11-23 09:00 UTC' });
  });

  it('holds when the phase was never activated', () => {
    const result = evaluateBake('2d', undefined, AT, 'canary');
    expect(result.status).toBe('pending');
    expect(result.reason).toBe('bake: phase canary has not been activated (2d required)');
  });

  it('treats an activation in the future as no time elapsed', () => {
    expect(evaluateBake('1h', new Date(AT.getTime() + HOUR), AT, 'canary').bake?.elapsedMs).toBe(0);
  });
});

describe('checks', () => {
  const cases: [CheckState | undefined, GateStatus][] = [
    ['success', 'pass'],
    ['neutral', 'pass'],
    ['skipped', 'fail'],
    ['pending', 'pending'],
    ['queued', 'pending'],
    ['in_progress', 'pending'],
    ['failure', 'fail'],
    ['error', 'fail'],
    ['cancelled', 'fail'],
    ['timed_out', 'fail'],
    ['action_required', 'fail'],
    [undefined, 'pending'],
  ];
  it.each(cases)('%s → %s', (state, status) => {
    expect(evaluateCheck('c', 'integration-tests', state).status).toBe(status);
  });

  it('says when a check has not reported', () => {
    expect(evaluateCheck('c', 'e2e', undefined).reason).toBe('check e2e: not reported on the PR head yet');
    expect(evaluateCheck('c', 'e2e', 'timed_out').reason).toBe('check e2e: timed out');
  });
});

function evaluateOne(gate: Gate, facts: PhaseFacts = {}, pr: PullRequestFacts = {}) {
  const result = evaluatePhase({ plan: planWith([gate]), target: 'second', at: AT, facts, pr });
  return result.gates[0]!;
}

describe('sign-offs', () => {
  const gate: Gate = { signoff: ['@acme/sre-leads', '@erin'], count: 2 };
  const at = (hoursAgo: number) => new Date(AT.getTime() - hoursAgo * HOUR);

  it('needs the count, naming who may sign', () => {
    expect(evaluateOne({ signoff: ['@acme/sre-leads'] })).toMatchObject({
      status: 'pending',
      reason: 'needs 1 sign-off from @acme/sre-leads',
    });
  });

  it('counts listed users and team members (as), with when', () => {
    const result = evaluateOne(gate, {
      signoffs: [
        { gate: 'signoff', by: '@erin', at: at(2) },
        { gate: 'signoff', by: '@alice', at: at(1), as: '@acme/sre-leads' },
      ],
    });
    expect(result.status).toBe('pass');
    expect(result.signoff?.signed).toEqual([
      { by: '@erin', at: at(2).toISOString() },
      { by: '@alice', at: at(1).toISOString(), as: '@acme/sre-leads' },
    ]);
  });

  it('says how many more are needed', () => {
    const result = evaluateOne(gate, { signoffs: [{ gate: 'signoff', by: '@erin', at: at(1) }] });
    expect(result.reason).toBe('needs 1 more sign-off from @acme/sre-leads, @erin');
  });

  it('counts a person once', () => {
    const result = evaluateOne(gate, {
      signoffs: [
        { gate: 'signoff', by: '@erin', at: at(2) },
        { gate: 'signoff', by: '@Erin', at: at(1) },
      ],
    });
    expect(result.status).toBe('pending');
    expect(result.signoff?.signed).toHaveLength(1);
  });

  it('refuses people who are not approvers', () => {
    const result = evaluateOne({ signoff: ['@erin'] }, { signoffs: [{ gate: 'signoff', by: '@mallory', at: at(1) }] });
    expect(result.status).toBe('pending');
    expect(result.signoff?.refused).toEqual([
      { by: '@mallory', at: at(1).toISOString(), why: 'not an approver for this gate' },
    ]);
  });

  it('refuses the author (plan author or PR author) unless allowAuthor', () => {
    const planAuthor = { signoffs: [{ gate: 'signoff', by: '@dana', at: at(1) }] };
    expect(evaluateOne({ signoff: ['@dana', '@erin'] }, planAuthor).status).toBe('pending');
    expect(evaluateOne({ signoff: ['@dana', '@erin'], allowAuthor: true }, planAuthor).status).toBe('pass');
    const prAuthor = { signoffs: [{ gate: 'signoff', by: '@erin', at: at(1) }] };
    expect(evaluateOne({ signoff: ['@erin'] }, prAuthor, { author: '@erin' }).status).toBe('pending');
  });

  it('ignores sign-offs after the evaluation time and for other gates', () => {
    const result = evaluateOne(
      { signoff: ['@erin'] },
      {
        signoffs: [
          { gate: 'signoff', by: '@erin', at: new Date(AT.getTime() + 1) },
          { gate: 'signoff-2', by: '@erin', at: at(1) },
        ],
      },
    );
    expect(result.status).toBe('pending');
  });
});

describe('manual gates and the checklist', () => {
  it('a manual gate passes once ticked', () => {
    const gate: Gate = { manual: 'Support has the runbook' };
    expect(evaluateOne(gate)).toMatchObject({ status: 'pending', reason: 'not confirmed: Support has the runbook' });
    expect(evaluateOne(gate, { manual: [{ gate: 'manual', by: '@erin', at: AT }] })).toMatchObject({
      status: 'pass',
      manual: { text: 'Support has the runbook', by: '@erin', at: AT.toISOString() },
    });
  });

  it('the checklist holds while items are open', () => {
    const run = (done: number) =>
      evaluatePhase({
        plan: planWith([]),
        target: 'second',
        at: AT,
        facts: { checklist: { done, total: 3, open: ['Tell support'] } },
      }).gates.find((g) => g.kind === 'checklist');
    expect(run(1)).toMatchObject({ status: 'pending', reason: 'checklist: 2 items open' });
    expect(run(3)?.status).toBe('pass');
  });

  it('no checklist facts, no checklist gate (the CLI does not track one)', () => {
    expect(evaluatePhase({ plan: planWith([]), target: 'second', at: AT }).gates).toEqual([]);
  });
});

describe('gate ids', () => {
  it('derives ids from what a gate checks, numbering repeats, keeping explicit ids', () => {
    const ids = gateIds({
      gates: [
        { metric: 'error_rate', max: 1 },
        { metric: 'error_rate', max: 2 },
        { check: 'Integration Tests' },
        { signoff: ['@a'] },
        { signoff: ['@b'], id: 'signoff-2' },
        { signoff: ['@c'] },
        { manual: 'x' },
      ],
    });
    expect(ids).toEqual([
      'metric-error-rate',
      'metric-error-rate-2',
      'check-integration-tests',
      'signoff',
      'signoff-2',
      'signoff-3',
      'manual',
    ]);
  });
});
