// The Prometheus a test file queries: the run's (prometheus-setup.ts), or, when the file runs
// outside the `prometheus` project, one started for the file. Use in beforeAll/afterAll:
//
//   let prom: PrometheusHarness;
//   beforeAll(async () => { prom = await testPrometheus(); }, HARNESS_START_TIMEOUT_MS);
//   afterAll(() => prom?.stop());
//
// Its data ends at `prom.now` (the run's start): query at that time or earlier.
import { inject } from 'vitest';
import { type PrometheusHarness, startPrometheus } from './prometheus-server.ts';

export async function testPrometheus(): Promise<PrometheusHarness> {
  const shared = inject('prometheus');
  if (!shared) return startPrometheus({ pushgateway: true });
  return {
    url: shared.url,
    now: new Date(shared.now),
    ...(shared.pushgatewayUrl ? { pushgatewayUrl: shared.pushgatewayUrl } : {}),
    // The run's server outlives the file; prometheus-setup.ts stops it.
    stop: async () => {},
  };
}
