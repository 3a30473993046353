// Variables and {window} filled into the queries a gate sends: what is sent, what is refused
// (never sent), and that a value cannot carry PromQL or URL syntax into a query.
import { describe, expect, it } from 'vitest';
import { collectMeasurements, planSources } from '../../src/gates/collect.ts';
import { evaluatePhase } from '../../src/gates/evaluate-phase.ts';
import type { InstantRequest, MetricProvider, MetricReading } from '../../src/gates/providers/types.ts';
import { fillQuery, placeholdersIn } from '../../src/plan/query-template.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { AT, planWith } from './helpers.ts';

const TRACK_QUERY =
  'sum(rate(errors_total{track="{track}"}[{window}])) / sum(rate(requests_total{track="{track}"}[{window}]))';

describe('fillQuery', () => {
  const variables = new Map([['track', 'canary']]);

  it('fills the window and declared variables everywhere they occur', () => {
    expect(fillQuery(TRACK_QUERY, { variables, window: '15m', provider: 'prometheus' })).toEqual({
      text: 'sum(rate(errors_total{track="canary"}[15m])) / sum(rate(requests_total{track="canary"}[15m]))',
      unfilled: [],
    });
  });

  it('leaves what has no value, and says so once per name', () => {
    expect(fillQuery('x{a="{region}"}[{window}] + y{b="{region}"}', { variables, provider: 'prometheus' })).toEqual({
      text: 'x{a="{region}"}[{window}] + y{b="{region}"}',
      unfilled: ['region', 'window'],
    });
  });

  it('refuses a value that does not match the strict pattern instead of putting it in', () => {
    const hostile = new Map([
      ['track', 'canary"} or vector(1) or x{a="'],
      ['region', 'eu&token=x'],
    ]);
    const promql = fillQuery('e{track="{track}"}', { variables: hostile, provider: 'prometheus' });
    expect(promql).toEqual({ text: 'e{track="{track}"}', unfilled: ['track'] });
    const url = fillQuery('https://m.example/v?region={region}', { variables: hostile, provider: 'http-json' });
    expect(url.unfilled).toEqual(['region']);
    const window = fillQuery('rate(x[{window}])', { variables, window: '5m] or vector(1) #', provider: 'prometheus' });
    expect(window.unfilled).toEqual(['window']);
  });

  it('in http-json URLs fills variables URL-encoded and leaves the provider time placeholders', () => {
    const url = fillQuery('https://m.example/v?track={track}&at={at_unix}&w={window}', {
      variables,
      window: '1h',
      provider: 'http-json',
    });
    expect(url).toEqual({ text: 'https://m.example/v?track=canary&at={at_unix}&w=1h', unfilled: [] });
  });

  it('finds placeholders, not PromQL label matchers nor path templates after a slash', () => {
    expect(placeholdersIn('x{job="a"} + y{} + {__name__=~"z"} + {track}').map((p) => p.name)).toEqual(['track']);
    const route = 'rate(x{route="/v1/charges/{id}",track="{track}"}[{window}])';
    expect(placeholdersIn(route).map((p) => p.name)).toEqual(['track', 'window']);
    expect(fillQuery(route, { variables, window: '5m', provider: 'prometheus' })).toEqual({
      text: 'rate(x{route="/v1/charges/{id}",track="canary"}[5m])',
      unfilled: [],
    });
  });
});

/** Records every query sent. */
class Recorder implements MetricProvider {
  readonly name = 'prometheus';
  readonly source = 'recorder';
  readonly sent: InstantRequest[] = [];
  async instant(request: InstantRequest): Promise<MetricReading> {
    this.sent.push(request);
    return { status: 'ok', value: 0.001, source: this.source };
  }
}

function trackedPlan(phaseTrack: string | undefined): RolloutPlan {
  const plan = planWith(
    [
      { metric: 'errors', max: 0.01 },
      { metric: 'errors', max: 0.01, window: '1h', id: 'slow' },
    ],
    {
      metrics: { errors: { provider: 'prometheus', query: TRACK_QUERY, signal: 'negative', window: '15m' } },
    },
  );
  plan.variables = { track: { values: ['canary', 'stable'] } };
  if (phaseTrack) plan.phases[0]!.variables = { track: phaseTrack };
  return plan;
}

describe('queries sent for a phase', () => {
  it("sends the phase's values and each gate's window, and reports the query as sent", async () => {
    const plan = trackedPlan('canary');
    const recorder = new Recorder();
    const measurements = await collectMeasurements({
      plan,
      target: 'second',
      at: AT,
      history: false,
      resolve: planSources({ prometheus: recorder }),
    });
    expect(recorder.sent.map((r) => r.query).sort()).toEqual([
      'sum(rate(errors_total{track="canary"}[15m])) / sum(rate(requests_total{track="canary"}[15m]))',
      'sum(rate(errors_total{track="canary"}[1h])) / sum(rate(requests_total{track="canary"}[1h]))',
    ]);
    const evaluation = evaluatePhase({ plan, target: 'second', at: AT, measurements });
    expect(evaluation.gates.map((g) => [g.status, g.metric?.query])).toEqual([
      ['pass', 'sum(rate(errors_total{track="canary"}[15m])) / sum(rate(requests_total{track="canary"}[15m]))'],
      ['pass', 'sum(rate(errors_total{track="canary"}[1h])) / sum(rate(requests_total{track="canary"}[1h]))'],
    ]);
  });

  it("a gate's own query replaces the metric's for that gate only", async () => {
    const plan = trackedPlan('canary');
    plan.phases[0]!.gates![1] = { metric: 'errors', max: 0.01, id: 'own', query: 'max(errors_ratio{track="{track}"})' };
    const recorder = new Recorder();
    await collectMeasurements({
      plan,
      target: 'second',
      at: AT,
      history: false,
      resolve: planSources({ prometheus: recorder }),
    });
    expect(recorder.sent.map((r) => r.query).sort()).toEqual([
      'max(errors_ratio{track="canary"})',
      'sum(rate(errors_total{track="canary"}[15m])) / sum(rate(requests_total{track="canary"}[15m]))',
    ]);
  });

  it('a query with a placeholder left unfilled is never sent: the gate errors and holds', async () => {
    const plan = trackedPlan(undefined);
    const recorder = new Recorder();
    const measurements = await collectMeasurements({
      plan,
      target: 'second',
      at: AT,
      history: false,
      resolve: planSources({ prometheus: recorder }),
    });
    expect(recorder.sent).toEqual([]);
    const evaluation = evaluatePhase({ plan, target: 'second', at: AT, measurements });
    expect(evaluation.verdict).toBe('HOLD');
    expect(evaluation.gates[0]).toMatchObject({ status: 'error' });
    expect(evaluation.gates[0]!.reason).toContain('{track} with no value');
  });
});
