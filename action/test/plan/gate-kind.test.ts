// Gate kinds: which kind a gate is, which kinds an invalid gate mixes, and the one plain line
// that says what a gate asks for (checklist items, the site, lesson summaries).
import { describe, expect, it } from 'vitest';
import { classifyGate, describeGate, gateKindsOf, isGateOfKind, METRIC_ONLY_FIELDS } from '../../src/plan/gate-kind.ts';
import type { Gate, RolloutPlan } from '../../src/plan/schema.ts';

describe('classifyGate', () => {
  it.each([
    [{ metric: 'errors', max: 1 }, 'metric'],
    [{ check: 'ci' }, 'check'],
    [{ signoff: ['@a'] }, 'signoff'],
    [{ manual: 'Dashboards are green' }, 'manual'],
  ] as [Gate, string][])('tells the kind of %j', (gate, kind) => {
    expect(classifyGate(gate)?.kind).toBe(kind);
    expect(gateKindsOf(gate)).toEqual([kind]);
  });

  it('has no kind for a gate that checks nothing, and lists every kind a mixed gate sets', () => {
    const empty: Gate = { id: 'x' };
    expect(classifyGate(empty)).toBeUndefined();
    expect(gateKindsOf(empty)).toEqual([]);
    expect(gateKindsOf({ manual: 'm', metric: 'e' })).toEqual(['metric', 'manual']);
    expect(classifyGate({ manual: 'm', metric: 'e' })?.kind).toBe('metric');
  });

  it('narrows with isGateOfKind', () => {
    const gates: Gate[] = [{ check: 'ci' }, { metric: 'e', max: 1 }];
    expect(gates.filter((g) => isGateOfKind(g, 'metric')).map((g) => g.metric)).toEqual(['e']);
  });

  it('lists the metric-only fields in schema order', () => {
    expect(METRIC_ONLY_FIELDS).toEqual([
      'compare',
      'max',
      'min',
      'baseline',
      'maxRegression',
      'rollbackAt',
      'window',
      'query',
      'maxAge',
      'analysis',
    ]);
  });
});

describe('describeGate', () => {
  const plan = { metrics: { latency: { unit: 'ms' } } } as unknown as RolloutPlan;

  it.each([
    [{ metric: 'errors', max: 0.01, rollbackAt: 0.05 }, 'errors ≤ 0.01, roll back at 0.05'],
    [{ metric: 'errors', min: 1, max: 2, window: '1h' }, 'errors ≤ 2, ≥ 1 over 1h'],
    [{ metric: 'errors', compare: 'baseline', maxRegression: '10%' }, 'errors at most 10% worse than the baseline'],
    [{ metric: 'errors', compare: 'week-over-week' }, 'errors at most 0% worse than last week'],
    [{ metric: 'errors' }, 'errors'],
    [{ check: 'ci' }, 'Check ci succeeded'],
    [{ signoff: ['@a'] }, '1 sign-off from @a (not the author)'],
    [{ signoff: ['@a', '@b'], count: 2, allowAuthor: true }, '2 sign-offs from @a, @b'],
    [{ manual: 'Dashboards are green' }, 'Dashboards are green'],
    [{}, 'Gate'],
  ] as [Gate, string][])('says %j as "%s"', (gate, line) => {
    expect(describeGate(gate)).toBe(line);
  });

  it("gives metric values the catalogue's unit when given the plan", () => {
    expect(describeGate({ metric: 'latency', max: 300, rollbackAt: 500 }, plan)).toBe(
      'latency ≤ 300 ms, roll back at 500 ms',
    );
    expect(describeGate({ metric: 'constructor', max: 1 }, plan)).toBe('constructor ≤ 1');
  });
});
