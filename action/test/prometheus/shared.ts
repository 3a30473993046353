// The Prometheus a test file queries: the run's (prometheus-setup.ts), or, when the file runs
// outside the `prometheus` project, one started for the file. At a file's top level:
//
//   const prom = useTestPrometheus();
//
// (or testPrometheus() in a beforeAll of its own). Its data ends at `prom.now` (the run's
// start): query at that time or earlier.
import { afterAll, beforeAll, inject } from 'vitest';
import { HARNESS_START_TIMEOUT_MS, type PrometheusHarness, startPrometheus } from './prometheus-server.ts';

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

/** The file's Prometheus, started before its tests and stopped after them; read it inside tests. */
export function useTestPrometheus(): PrometheusHarness {
  let current: PrometheusHarness | undefined;
  beforeAll(async () => {
    current = await testPrometheus();
  }, HARNESS_START_TIMEOUT_MS);
  afterAll(() => current?.stop());
  const started = (): PrometheusHarness => {
    if (!current) throw new Error('useTestPrometheus: only available inside a test');
    return current;
  };
  return {
    get url() {
      return started().url;
    },
    get now() {
      return started().now;
    },
    get pushgatewayUrl() {
      return started().pushgatewayUrl;
    },
    stop: () => started().stop(),
  };
}
