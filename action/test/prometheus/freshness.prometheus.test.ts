// Freshness against a real Prometheus: a canary whose request counter stopped 15 minutes ago
// still has a `rate(...[30m])` value, so before freshness its gate passed. The reading is now
// dated by its raw samples (timestamp() of each selector) and is no data once older than the max
// age (a third of the window by default); the stable track, sampled up to now, still passes.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMeasurements, planSources } from '../../src/gates/collect.ts';
import { evaluatePhase } from '../../src/gates/evaluate-phase.ts';
import { PrometheusProvider } from '../../src/gates/providers/prometheus.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { formatTime } from '../../src/text/time.ts';
import { planWith } from '../gates/helpers.ts';
import { DAILY_BATCH_AGO_SECONDS, EXPECTED_DAILY_BATCH_SCORE, SILENT_CANARY_AGO_SECONDS } from './fixture.ts';
import { HARNESS_START_TIMEOUT_MS, type PrometheusHarness } from './prometheus-server.ts';
import { testPrometheus } from './shared.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const RATE = 'sum(rate(rollbook_track_requests_total{track="{track}"}[{window}]))';

let prom: PrometheusHarness;
let provider: PrometheusProvider;

beforeAll(async () => {
  prom = await testPrometheus();
  provider = new PrometheusProvider({ baseUrl: prom.url });
}, HARNESS_START_TIMEOUT_MS);

afterAll(async () => {
  await prom?.stop();
});

function trackPlan(track: 'canary' | 'stable', metric: { maxAge?: string } = {}): RolloutPlan {
  const plan = planWith([{ metric: 'traffic', min: 0.001 }], {
    metrics: { traffic: { provider: 'prometheus', query: RATE, signal: 'positive', window: '30m', ...metric } },
  });
  plan.variables = { track: { values: ['canary', 'stable'] } };
  plan.phases[0]!.variables = { track };
  return plan;
}

async function gateOf(plan: RolloutPlan, at = prom.now) {
  const measurements = await collectMeasurements({
    plan,
    target: 'second',
    at,
    history: false,
    resolve: planSources({ prometheus: provider }),
  });
  return evaluatePhase({ plan, target: 'second', at, measurements }).gates[0]!;
}

describe('freshness', () => {
  it("dates a daily job's one sample a day within its max age, however the search steps fall", async () => {
    // As the docs advise for a daily job: `last_over_time` over the day, `maxAge: 1d`. The dating
    // searches two days; its steps must not step over the one sample.
    const reading = await provider.instant({
      query: 'max(last_over_time(rollbook_daily_batch_score[1d]))',
      at: prom.now,
      maxAgeMs: DAY_MS,
    });
    expect(reading).toMatchObject({ status: 'ok', value: EXPECTED_DAILY_BATCH_SCORE });
    expect(reading.status === 'ok' && reading.sampledAt?.getTime()).toBe(
      prom.now.getTime() - DAILY_BATCH_AGO_SECONDS * 1000,
    );
  });

  it('the silent canary still has a rate over the window: the value alone cannot tell', async () => {
    const reading = await provider.instant({
      query: 'sum(rate(rollbook_track_requests_total{track="canary"}[30m]))',
      at: prom.now,
    });
    expect(reading).toMatchObject({ status: 'ok' });
    expect(reading.status === 'ok' && reading.value).toBeGreaterThan(0);
  });

  it('dated by its samples, the silent canary is no data with the default max age (10m for 30m)', async () => {
    const gate = await gateOf(trackPlan('canary'));
    expect(gate.status).toBe('inconclusive');
    expect(gate.metric?.query).toBe('sum(rate(rollbook_track_requests_total{track="canary"}[30m]))');
    expect(gate.reason).toContain(
      `newest sample ${formatTime(new Date(prom.now.getTime() - SILENT_CANARY_AGO_SECONDS * 1000))}, older than the max age 10m`,
    );
  });

  it('the stable track, sampled up to the evaluation, passes', async () => {
    const gate = await gateOf(trackPlan('stable'));
    expect(gate).toMatchObject({ status: 'pass' });
  });

  it('a max age above the silence lets the canary pass; evaluated before it went quiet, it passes too', async () => {
    expect(await gateOf(trackPlan('canary', { maxAge: '20m' }))).toMatchObject({ status: 'pass' });
    const before = new Date(prom.now.getTime() - SILENT_CANARY_AGO_SECONDS * 1000);
    expect(await gateOf(trackPlan('canary'), before)).toMatchObject({ status: 'pass' });
  });

  it('a sample older than the search range is no data that says how far it looked', async () => {
    // Silent for 15m, max age 3m: nothing in the 6m searched (nor in Prometheus's 5m lookback before it).
    const gate = await gateOf(trackPlan('canary', { maxAge: '3m' }));
    expect(gate.status).toBe('inconclusive');
    expect(gate.reason).toContain('no sample in the 6m before, max age 3m');
  });

  it('a sample older than Prometheus lookback (5m) is still found and dated', async () => {
    // 15m silent, 8m max age: searched 16m, found by the subquery, not by timestamp() alone.
    const gate = await gateOf(trackPlan('canary', { maxAge: '8m' }));
    expect(gate.reason).toContain(
      `newest sample ${formatTime(new Date(prom.now.getTime() - 15 * MINUTE_MS))}, older than the max age 8m`,
    );
    const later = new Date(prom.now.getTime() + 3 * MINUTE_MS);
    const laterGate = await gateOf(trackPlan('stable', { maxAge: '8m' }), later);
    expect(laterGate).toMatchObject({ status: 'pass' });
  });
});
