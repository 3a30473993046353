// `rollbook gate --prometheus-url` against a real Prometheus (the providers' harness:
// Debian's prometheus, backfilled with eight days of fixture series).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.ts';
import { earlyOnUtcDayBefore } from '../helpers/utc-day.ts';
import { HARNESS_START_TIMEOUT_MS, type PrometheusHarness } from '../prometheus/prometheus-server.ts';
import { testPrometheus } from '../prometheus/shared.ts';

const PLAN = `apiVersion: rollbook/v1
kind: RolloutPlan
metadata: {name: dispatch-v2, title: Dispatch v2, owners: ["@acme/dispatch"], services: [dispatch]}
story:
  problem: p
  size: s
  solution: s
  deliverables: [d]
  impact: [{kpi: k, expect: e}]
compatibility: {breaking: false}
metrics:
  success: {provider: prometheus, query: 'rollbook_checkout_success_ratio{service="checkout"}', unit: ratio, signal: positive}
  dispatch_errors: {provider: prometheus, query: 'rollbook_error_ratio{service="dispatch"}', unit: ratio, signal: negative}
  billing_errors: {provider: prometheus, query: 'rollbook_error_ratio{service="billing"}', unit: ratio, signal: negative}
  canary_errors: {provider: prometheus, query: 'rollbook_http_error_ratio{track="canary"}', unit: ratio, signal: negative}
  orders: {provider: prometheus, query: 'rollbook_orders_per_minute', unit: orders/min, signal: positive}
  p99: {provider: prometheus, query: 'rollbook_p99_latency_seconds{route="/cancel"}', unit: s, signal: negative}
phases:
  - id: canary
    title: Canary
    environment: canary
    strategy: canary
    steps: [{id: go, kind: binary, do: Deploy., rollback: Redeploy the old version.}]
    bake: 1d
    gates:
      - {metric: success, min: 0.99}
      - {metric: dispatch_errors, max: 0.05}
      - {metric: canary_errors, compare: baseline, baseline: 'rollbook_http_error_ratio{track="stable"}', maxRegression: 25%}
      - {metric: orders, compare: week-over-week, maxRegression: 5%}
  - id: half
    title: Half the fleet
    environment: production
    strategy: rolling
    steps: [{id: go, kind: binary, do: Deploy., rollback: Redeploy the old version.}]
    bake: 1d
    gates:
      - {metric: billing_errors, max: 0.02, rollbackAt: 0.05}
      - {metric: p99, max: 0.5}
  - id: all
    title: Everyone
    environment: production
    strategy: rolling
    steps: [{id: go, kind: binary, do: Deploy., rollback: Redeploy the old version.}]
escalation: [{name: Dispatch on-call, role: first responder}]
policy: {prefer: rollback}
`;

let prom: PrometheusHarness;
let dir: string;

beforeAll(async () => {
  prom = await testPrometheus();
  dir = tempDir();
  writeFileSync(join(dir, 'dispatch.rollout.yaml'), PLAN);
}, HARNESS_START_TIMEOUT_MS);

afterAll(async () => {
  await prom?.stop();
});

function gate(phase: string, format: string) {
  return runCli(
    [
      'gate',
      '--plan',
      'dispatch.rollout.yaml',
      '--phase',
      phase,
      '--format',
      format,
      '--prometheus-url',
      prom.url,
      '--at',
      prom.now.toISOString(),
      '--activated-at',
      earlyOnUtcDayBefore(prom.now, 3).toISOString(),
    ],
    dir,
  );
}

describe('rollbook gate against a real Prometheus', () => {
  it('promotes when absolute, baseline and week-over-week gates pass, with history and charts', async () => {
    const result = await gate('half', 'md');
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md.split('\n')[0]).toBe('**Verdict: PROMOTE.** Ready to promote Dispatch v2 from Canary to Half the fleet.');
    expect(md).toContain('| success | 99.5% | ≥ 99% | PASS |');
    expect(md).toContain('| canary\\_errors | 1.2% (control 1%, 20% worse) | ≤ 25% worse than the control | PASS |');
    expect(md).toContain('| orders | 120 orders/min (last week 100 orders/min, 20% better) |');
    // Four days of history (three full days since activation, and today), read with query_range.
    const historyRows = md.split('\n').filter((l) => /^\| 20\d\d-\d\d-\d\d/.test(l));
    expect(historyRows).toHaveLength(4);
    // Relative gates show what they were compared with.
    expect(historyRows.at(-1)).toMatch(
      /\| 99\.5% \| 3% \| 1\.2% \(control 1%\) \| 120 orders\/min \(last week 100 orders\/min\) \| PROMOTE \| {2}\|$/,
    );
    expect(md.match(/```mermaid\nxychart-beta/g)).toHaveLength(4);
  });

  it('recommends a rollback past the rollback threshold, and NaN is no data', async () => {
    const result = await gate('all', 'json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.verdict).toBe('ROLL BACK');
    expect(json.reasons[0]).toBe('billing_errors: 8% is above the rollback threshold 5%');
    const p99 = json.gates.find((g: { id: string }) => g.id === 'metric-p99');
    expect(p99).toMatchObject({ status: 'inconclusive', metric: { problem: 'no data (NaN)' } });
    expect(json.status).toMatchObject({ state: 'failure' });
  });
});
