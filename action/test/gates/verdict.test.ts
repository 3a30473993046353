import { describe, expect, it } from 'vitest';
import { MAX_STATUS_DESCRIPTION, statusForNonRollout, statusForVerdict } from '../../src/gates/commit-status.ts';
import { evaluatePhase, UnknownPhaseError } from '../../src/gates/evaluate-phase.ts';
import type {
  FreezeResult,
  FreezeStatus,
  GateResult,
  GateStatus,
  Measurements,
  Verdict,
} from '../../src/gates/model.ts';
import { decideVerdict, VERDICT_PRECEDENCE } from '../../src/gates/verdict.ts';
import { AT, checkoutPlan, DAY, failed, HOUR, nan, ok } from './helpers.ts';

const gate = (status: GateStatus): GateResult => ({
  id: status,
  kind: 'metric',
  title: status,
  status,
  summary: status,
  ...(status === 'pass' ? {} : { reason: `${status} reason` }),
});
const freeze = (status: FreezeResult['status']): FreezeResult => ({
  name: 'fridays',
  reason: 'No Friday deploys',
  status,
  allowHotfix: false,
  until: '2026-11-28T00:00:00.000Z',
});

describe('decideVerdict', () => {
  it('names a provider outage once, with the gates it affects, where the first of them stands', () => {
    const down = 'prometheus at http://prom:9090: timed out after 10000ms';
    const broken = (name: string, problem: string): GateResult =>
      ({
        id: `metric-${name}`,
        kind: 'metric',
        title: name,
        status: 'error',
        summary: `error: ${problem}`,
        reason: `${name}: ${problem}`,
        metric: { name, provider: 'prometheus', query: name, compare: 'absolute', thresholds: {}, problem },
      }) as GateResult;
    const { reasons } = decideVerdict(
      [
        broken('error_rate', down),
        gate('pending'),
        broken('p99', down),
        broken('orders', 'json-file x.json: no such file'),
      ],
      [],
    );
    expect(reasons).toEqual([
      `${down} (gates error_rate, p99)`,
      'pending reason',
      'orders: json-file x.json: no such file',
    ]);
  });

  const cases: [string, GateStatus[], FreezeResult['status'][], Verdict][] = [
    ['everything passes', ['pass', 'pass'], [], 'PROMOTE'],
    ['no gates at all', [], [], 'PROMOTE'],
    ['a pending gate', ['pass', 'pending'], [], 'HOLD'],
    ['a failing gate', ['fail'], [], 'HOLD'],
    ['no data is never a pass', ['pass', 'inconclusive'], [], 'HOLD'],
    ['a provider error is never a pass', ['error'], [], 'HOLD'],
    ['an active freeze', ['pass'], ['active'], 'FROZEN'],
    ['a freeze outranks a hold', ['pending', 'error'], ['active'], 'FROZEN'],
    ['a rollback outranks a freeze', ['rollback', 'pending'], ['active'], 'ROLL BACK'],
    ['a rollback outranks a hold', ['error', 'rollback'], [], 'ROLL BACK'],
    ['a waived freeze does not freeze', ['pass'], ['waived'], 'PROMOTE'],
    ['upcoming and out-of-scope freezes do not freeze', ['pass'], ['upcoming', 'out-of-scope', 'inactive'], 'PROMOTE'],
  ];
  it.each(cases)('%s', (_, gates, freezes, verdict) => {
    expect(decideVerdict(gates.map(gate), freezes.map(freeze)).verdict).toBe(verdict);
  });

  it('lists reasons most serious first', () => {
    const { reasons } = decideVerdict([gate('pending'), gate('rollback')], [freeze('active')]);
    expect(reasons).toEqual([
      'rollback reason',
      'frozen by fridays: No Friday deploys (until 2026-11-27 ends)',
      'pending reason',
    ]);
  });

  it('documents the precedence', () => {
    expect(VERDICT_PRECEDENCE).toEqual(['ROLL BACK', 'ROLL FORWARD', 'FROZEN', 'HOLD', 'PROMOTE']);
  });

  // A phase that cannot be undone (or a roll-forward policy) answers a crossed threshold forward (ADR 30).
  const forward = {
    response: 'roll-forward' as const,
    rollForward: ['step ship cannot be undone; roll forward: ship 1.2'],
  };
  it.each<[string, GateStatus[], FreezeStatus[], Verdict]>([
    ['a rollback threshold crossed', ['rollback'], [], 'ROLL FORWARD'],
    ['it outranks a freeze', ['rollback', 'pending'], ['active'], 'ROLL FORWARD'],
    ['nothing crossed: the response does not matter', ['pending'], [], 'HOLD'],
    ['every gate passes', ['pass'], [], 'PROMOTE'],
  ])('roll-forward response: %s', (_, gates, freezes, verdict) => {
    expect(decideVerdict(gates.map(gate), freezes.map(freeze), forward).verdict).toBe(verdict);
  });

  it('names the roll-forward plan right after the crossed gates, and only when one crossed', () => {
    expect(decideVerdict([gate('pending'), gate('rollback')], [], forward).reasons).toEqual([
      'rollback reason',
      'step ship cannot be undone; roll forward: ship 1.2',
      'pending reason',
    ]);
    expect(decideVerdict([gate('pending')], [], forward).reasons).toEqual(['pending reason']);
  });
});

/** Readings under which every metric gate of the checkout plan's staging phase passes. */
const passing: Measurements = {
  'metric-error-rate': { current: ok(0.004) },
  'metric-success-rate': { current: ok(0.995) },
  'metric-p99-latency': { current: ok(0.42), baseline: ok(0.4) },
  'metric-orders': { current: ok(120), lastWeek: ok(100) },
};
const readyFacts = {
  activatedAt: new Date(AT.getTime() - 2 * DAY),
  signoffs: [{ gate: 'signoff', by: '@alice', at: new Date(AT.getTime() - HOUR), as: '@acme/sre-leads' }],
  manual: [{ gate: 'manual', by: '@erin' }],
};
const readyPr = { checks: { 'integration-tests': 'success' as const } };

describe('evaluatePhase on the checkout plan', () => {
  const plan = checkoutPlan();
  const evaluate = (overrides: Partial<Parameters<typeof evaluatePhase>[0]> = {}) =>
    evaluatePhase({
      plan,
      target: 'canary',
      at: AT,
      facts: readyFacts,
      pr: readyPr,
      measurements: passing,
      ...overrides,
    });

  it('promotes when every gate of the phase being left passes', () => {
    const result = evaluate();
    expect(result.verdict).toBe('PROMOTE');
    expect(result.reasons).toEqual([]);
    expect(result.from?.id).toBe('staging');
    expect(result.to).toEqual({ id: 'canary', title: 'Production canary', environment: 'canary', index: 1 });
    expect(result.gates.map((g) => g.id)).toEqual([
      'bake',
      'check-integration-tests',
      'metric-error-rate',
      'metric-success-rate',
      'metric-p99-latency',
      'metric-orders',
      'signoff',
      'manual',
    ]);
  });

  it('holds with what and how long', () => {
    const result = evaluate({
      facts: { ...readyFacts, activatedAt: new Date(AT.getTime() - 16 * HOUR - 48 * 60_000), signoffs: [] },
    });
    expect(result.verdict).toBe('HOLD');
    expect(result.reasons).toEqual(['bake: ends 2026-11-23 16:12 UTC', 'needs 1 sign-off from @acme/sre-leads']);
  });

  it('holds on NaN and on a provider error, naming both', () => {
    const result = evaluate({
      measurements: {
        ...passing,
        'metric-error-rate': { current: nan() },
        'metric-success-rate': { current: failed() },
      },
    });
    expect(result.verdict).toBe('HOLD');
    expect(result.reasons.join('\n')).toContain('error_rate: no data (NaN)');
    expect(result.reasons.join('\n')).toContain('success_rate: prometheus at http://prom.test:9090: timed out');
  });

  it('holds when nothing was measured', () => {
    expect(evaluate({ measurements: {} }).verdict).toBe('HOLD');
  });

  it('recommends a rollback when a metric crosses its rollback threshold', () => {
    const result = evaluate({ measurements: { ...passing, 'metric-error-rate': { current: ok(0.08) } } });
    expect(result.verdict).toBe('ROLL BACK');
    expect(result.reasons[0]).toBe('error_rate: 8% is above the rollback threshold 5%');
  });

  it('freezes promotions into production on a Friday, but not into canary', () => {
    const friday = new Date('2026-11-27T10:00:00Z');
    const facts = {
      activatedAt: new Date(friday.getTime() - 5 * DAY),
      // The canary phase needs two: @erin, and a member of @acme/sre-leads.
      signoffs: [
        { gate: 'signoff', by: '@erin', at: friday },
        { gate: 'signoff', by: '@bo', at: friday, as: '@acme/sre-leads' },
      ],
    };
    const measurements = { 'metric-error-rate': { current: ok(0.001) }, 'metric-success-rate': { current: ok(0.999) } };
    const production = (labels: string[]) =>
      evaluatePhase({ plan, target: 'production', at: friday, facts, measurements, pr: { labels } });
    expect(production([]).verdict).toBe('FROZEN');
    expect(production([]).reasons).toEqual([
      'frozen by fridays: No production changes on Fridays (until 2026-11-27 ends)',
    ]);
    // The fridays freeze allows hotfixes.
    expect(production(['hotfix']).verdict).toBe('PROMOTE');
    const canary = evaluate({
      at: friday,
      facts: { ...readyFacts, activatedAt: new Date(friday.getTime() - 2 * DAY) },
    });
    expect(canary.verdict).toBe('PROMOTE');
  });

  it('a rollback is not hidden by a freeze', () => {
    const holiday = new Date('2026-12-24T10:00:00Z');
    const result = evaluatePhase({
      plan,
      target: 'production',
      at: holiday,
      facts: { activatedAt: new Date(holiday.getTime() - 5 * DAY) },
      measurements: { 'metric-error-rate': { current: ok(0.2) }, 'metric-success-rate': { current: ok(0.999) } },
    });
    expect(result.verdict).toBe('ROLL BACK');
    expect(result.reasons[1]).toContain('frozen by holidays');
  });

  it('promoting into the first phase has no gates to leave, only freezes', () => {
    const result = evaluatePhase({ plan, target: 'staging', at: AT });
    expect(result).toMatchObject({ verdict: 'PROMOTE', gates: [] });
    expect(result.from).toBeUndefined();
  });

  it('refuses a phase the plan does not have, listing the phases', () => {
    expect(() => evaluatePhase({ plan, target: 'prod', at: AT })).toThrow(UnknownPhaseError);
    expect(() => evaluatePhase({ plan, target: 'prod', at: AT })).toThrow('phases: staging, canary, production');
  });

  it('is deterministic: same inputs, same output', () => {
    expect(JSON.stringify(evaluate())).toBe(JSON.stringify(evaluate()));
  });
});

describe('statusForVerdict', () => {
  it('is success only on PROMOTE', () => {
    expect(statusForVerdict('PROMOTE')).toEqual({
      context: 'rollbook/gate',
      state: 'success',
      description: 'PROMOTE: every gate passes',
    });
    expect(statusForVerdict('HOLD', ['bake: 7h 12m left']).state).toBe('pending');
    expect(statusForVerdict('FROZEN', ['frozen']).state).toBe('pending');
    expect(statusForVerdict('ROLL BACK', ['x']).state).toBe('failure');
    expect(statusForVerdict('ROLL FORWARD', ['x'])).toMatchObject({
      state: 'failure',
      description: 'ROLL FORWARD needed: x',
    });
  });

  it('lets PRs that are not rollout PRs through', () => {
    expect(statusForNonRollout()).toEqual({
      context: 'rollbook/gate',
      state: 'success',
      description: 'Not a rollout PR: no gates apply',
    });
  });

  it('says what is missing within 140 characters', () => {
    expect(statusForVerdict('HOLD', ['bake: 7h 12m left', 'needs 1 sign-off from @sre-leads']).description).toBe(
      'HOLD: bake: 7h 12m left; needs 1 sign-off from @sre-leads',
    );
    const long = statusForVerdict(
      'HOLD',
      Array.from({ length: 20 }, (_, i) => `reason number ${i} 🚦`),
    );
    expect([...long.description]).toHaveLength(MAX_STATUS_DESCRIPTION);
    expect(long.description.endsWith('…')).toBe(true);
  });
});
