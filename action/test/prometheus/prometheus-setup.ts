// globalSetup of the `prometheus` test project: one Prometheus (with a pushgateway it scrapes)
// for the whole run, backfilled up to the run's start, which every file shares (shared.ts)
// instead of starting its own.
import type { TestProject } from 'vitest/node';
import { startPrometheus } from './prometheus-server.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The run's Prometheus, when the project started one; `now` as an ISO string. */
    prometheus: { url: string; now: string; pushgatewayUrl?: string } | undefined;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prom = await startPrometheus({ pushgateway: true });
  project.provide('prometheus', {
    url: prom.url,
    now: prom.now.toISOString(),
    ...(prom.pushgatewayUrl ? { pushgatewayUrl: prom.pushgatewayUrl } : {}),
  });
  return () => prom.stop();
}
