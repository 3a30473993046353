// Benchmark section: 50 active plans with 5 metric gates each, evaluated against a real local
// Prometheus (the test harness: backfilled with promtool, bound to 127.0.0.1). Target: upstream
// queries equal the distinct (query, window) pairs; identical queries are shared.
import { benchmarkGateEvaluation } from '../../action/src/gates/bench.ts';
import { PrometheusProvider } from '../../action/src/gates/providers/prometheus.ts';
import { startPrometheus } from '../../action/test/prometheus/prometheus-server.ts';

export const GATE_BENCH = { plans: 50, gatesPerPlan: 5, concurrency: 4 };

export async function benchGates(): Promise<string[]> {
  const prometheus = await startPrometheus();
  try {
    const provider = new PrometheusProvider({ baseUrl: prometheus.url });
    const result = await benchmarkGateEvaluation({ ...GATE_BENCH, provider, at: prometheus.now });
    const met = result.requestsMade === result.distinctPairs;
    return [
      `gates (${GATE_BENCH.plans} plans x ${GATE_BENCH.gatesPerPlan} metric gates, real Prometheus on 127.0.0.1)`,
      `  queries asked by gates   ${result.requestsAsked}`,
      `  distinct (query, window) ${result.distinctPairs}`,
      `  requests made            ${result.requestsMade} (target = distinct pairs: ${met ? 'meets target' : 'MISSES TARGET'})`,
      `  concurrency              limit ${result.concurrency}, max in flight ${result.maxInFlight}`,
      `  wall time                ${Math.round(result.wallMs)} ms`,
      `  verdicts                 ${JSON.stringify(result.verdicts)}`,
    ];
  } finally {
    await prometheus.stop();
  }
}
