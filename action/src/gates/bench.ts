// Benchmark helper for `npm run bench`: evaluate N plans × M metric gates through one
// SharedQueries pool and report how many upstream requests that took. The target is one
// request per distinct (query, window) pair: identical queries from different gates and
// plans are shared. The provider is passed in (the bench points it at a local Prometheus).
import type { RolloutPlan } from '../plan/schema.ts';
import { collectMeasurements, planSources } from './collect.ts';
import { evaluatePhase } from './evaluate-phase.ts';
import type { Verdict } from './model.ts';
import { SharedQueries } from './providers/shared-queries.ts';
import type { MetricProvider } from './providers/types.ts';
import { fillWindow } from './window.ts';

/** Queries over series in the test harness fixture (action/test/prometheus/fixture.ts). */
export const DEFAULT_BENCH_QUERIES: readonly string[] = [
  'avg_over_time(rollbook_checkout_success_ratio{service="checkout"}[{window}])',
  'max_over_time(rollbook_error_ratio{service="dispatch"}[{window}])',
  'max_over_time(rollbook_error_ratio{service="billing"}[{window}])',
  'avg_over_time(rollbook_http_error_ratio{track="canary"}[{window}])',
  'avg_over_time(rollbook_http_error_ratio{track="stable"}[{window}])',
  'avg_over_time(rollbook_orders_per_minute[{window}])',
  'min_over_time(rollbook_orders_per_minute[{window}])',
  'max_over_time(rollbook_days_ago[{window}])',
  'avg_over_time(rollbook_flaky_ratio[{window}])',
  'sum(max_over_time(rollbook_error_ratio[{window}]))',
];
export const DEFAULT_BENCH_WINDOWS: readonly string[] = ['5m', '1h'];

export interface GateBenchOptions {
  plans: number;
  gatesPerPlan: number;
  provider: MetricProvider;
  at: Date;
  /** Query templates with `{window}`; gates pick them round-robin, so plans share them. */
  queries?: readonly string[];
  windows?: readonly string[];
  concurrency?: number;
}

export interface GateBenchResult {
  /** Requests that reached the provider. */
  requestsMade: number;
  /** Requests the gates asked for, before sharing. */
  requestsAsked: number;
  /** Distinct (query, window) pairs among all gates: the target for requestsMade. */
  distinctPairs: number;
  wallMs: number;
  /** The pool's limit on requests in flight. */
  concurrency: number;
  /** The most requests that were actually in flight at once. */
  maxInFlight: number;
  verdicts: Record<Verdict, number>;
}

/** A minimal plan of two phases; the first has `gates` metric gates, so promoting into the second evaluates them. */
export function benchPlan(
  index: number,
  gates: number,
  queries: readonly string[],
  windows: readonly string[],
): RolloutPlan {
  const metrics: RolloutPlan['metrics'] = {};
  const phaseGates: NonNullable<RolloutPlan['phases'][number]['gates']> = [];
  for (let g = 0; g < gates; g++) {
    const slot = index * gates + g;
    const name = `m${g}`;
    metrics[name] = { provider: 'prometheus', query: queries[slot % queries.length]!, signal: 'negative' };
    phaseGates.push({ metric: name, max: 1e9, window: windows[Math.floor(slot / queries.length) % windows.length]! });
  }
  const step = { id: 'go', kind: 'manual' as const, do: 'Go.', rollback: 'Undo.' };
  return {
    apiVersion: 'rollbook/v1',
    kind: 'RolloutPlan',
    metadata: { name: `bench-${index}`, title: `Bench ${index}`, owners: ['@bench'], services: ['bench'] },
    story: {
      problem: 'p',
      size: 's',
      solution: 's',
      deliverables: ['d'],
      impact: [{ kpi: 'k', expect: 'e' }],
    },
    compatibility: { breaking: false },
    metrics,
    phases: [
      { id: 'first', title: 'First', environment: 'staging', strategy: 'rolling', steps: [step], gates: phaseGates },
      { id: 'second', title: 'Second', environment: 'production', strategy: 'rolling', steps: [step] },
    ],
    escalation: [{ name: 'On-call', role: 'responder' }],
    policy: { prefer: 'rollback' },
  };
}

export async function benchmarkGateEvaluation(options: GateBenchOptions): Promise<GateBenchResult> {
  const queries = options.queries ?? DEFAULT_BENCH_QUERIES;
  const windows = options.windows ?? DEFAULT_BENCH_WINDOWS;
  const plans = Array.from({ length: options.plans }, (_, i) => benchPlan(i, options.gatesPerPlan, queries, windows));
  const pairs = new Set(
    plans.flatMap((plan) =>
      (plan.phases[0]!.gates ?? []).map((gate) => fillWindow(plan.metrics[gate.metric!]!.query, gate.window)),
    ),
  );
  const pool = new SharedQueries(options.concurrency === undefined ? {} : { concurrency: options.concurrency });
  const resolve = planSources({ prometheus: pool.wrap(options.provider) });
  const verdicts: Record<Verdict, number> = { PROMOTE: 0, HOLD: 0, 'ROLL BACK': 0, 'ROLL FORWARD': 0, FROZEN: 0 };
  const started = performance.now();
  await Promise.all(
    plans.map(async (plan) => {
      const measurements = await collectMeasurements({
        plan,
        target: 'second',
        at: options.at,
        resolve,
        history: false,
      });
      // Bake and sign-offs are not what is measured here: only the metric gates.
      verdicts[evaluatePhase({ plan, target: 'second', at: options.at, measurements }).verdict]++;
    }),
  );
  const wallMs = Math.round(performance.now() - started);
  const stats = pool.stats;
  return {
    requestsMade: stats.fetched,
    requestsAsked: stats.requested,
    distinctPairs: pairs.size,
    wallMs,
    concurrency: pool.concurrency,
    maxInFlight: stats.maxInFlight,
    verdicts,
  };
}
