// Shared fixtures for the gate tests: the checkout plan, readings, and a small plan builder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetricReading, RangeReading } from '../../src/gates/model.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import type { Gate, Metric, RolloutPlan } from '../../src/plan/schema.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const CHECKOUT_PLAN_FILE = join(FIXTURES, 'checkout.rollout.yaml');
export const SOURCE = 'prometheus at http://prom.test:9090';
/** A Monday. */
export const AT = new Date('2026-11-23T09:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function checkoutPlan(): RolloutPlan {
  const parsed = parsePlan(readFileSync(CHECKOUT_PLAN_FILE, 'utf8'), CHECKOUT_PLAN_FILE);
  if (!parsed.plan) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.plan;
}

export const ok = (value: number, source = SOURCE): MetricReading => ({ status: 'ok', value, source });
export const noData = (detail = 'no series', reason: 'empty' | 'nan' | 'infinite' = 'empty'): MetricReading => ({
  status: 'no-data',
  source: SOURCE,
  reason,
  detail,
});
export const nan = (): MetricReading => noData('NaN', 'nan');
export const failed = (why = 'timed out after 10000ms'): MetricReading => ({
  status: 'error',
  source: SOURCE,
  error: `${SOURCE}: ${why}`,
});

export function series(points: readonly [string, number][]): RangeReading {
  return {
    status: 'ok',
    skipped: 0,
    source: SOURCE,
    points: points.map(([at, value]) => ({ at: new Date(at), value })),
  };
}

const METRICS: Record<string, Metric> = {
  errors: { provider: 'prometheus', query: 'errors', unit: 'ratio', signal: 'negative' },
  success: { provider: 'prometheus', query: 'success', unit: 'ratio', signal: 'positive' },
};

/** A two-phase plan whose first phase has `gates`; promote into `second` to evaluate them. */
export function planWith(
  gates: Gate[],
  extra: { bake?: string; metrics?: Record<string, Metric>; freezes?: RolloutPlan['freezes'] } = {},
): RolloutPlan {
  const step = { id: 'go', kind: 'manual' as const, do: 'Go.', rollback: 'Undo.' };
  const first: RolloutPlan['phases'][number] = {
    id: 'first',
    title: 'First',
    environment: 'canary',
    strategy: 'canary',
    steps: [step],
    gates,
  };
  if (extra.bake) first.bake = extra.bake;
  const plan: RolloutPlan = {
    apiVersion: 'rollbook/v1',
    kind: 'RolloutPlan',
    metadata: { name: 'demo', title: 'Demo', owners: ['@acme/owners'], author: '@dana', services: ['demo'] },
    story: { problem: 'p', size: 's', solution: 's', deliverables: ['d'], impact: [{ kpi: 'k', expect: 'e' }] },
    compatibility: { breaking: false },
    metrics: { ...METRICS, ...extra.metrics },
    phases: [first, { id: 'second', title: 'Second', environment: 'production', strategy: 'rolling', steps: [step] }],
    escalation: [{ name: 'On-call', role: 'responder' }],
    policy: { prefer: 'rollback' },
  };
  if (extra.freezes) plan.freezes = extra.freezes;
  return plan;
}
