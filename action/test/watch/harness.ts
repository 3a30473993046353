// The watch's integration tests share one repository: the scaffolded plan with its metrics on the
// real Prometheus fixture's series, its staging phase activated three days ago, and sync runs on
// the events the watch reads on.
import type { FakeGitHub } from '../fake-github/server.ts';
import type { PrometheusHarness } from '../prometheus/prometheus-server.ts';
import * as h from '../report/harness.ts';
import { demoPlan, workspace } from '../sync/harness.ts';

export const PLAN_FILE = 'playbooks/demo.rollout.yaml';

/**
 * The scaffolded plan (it passes every rule) with its metrics on the fixture's series and more
 * staging gates; `edit` changes it further.
 */
export function planText(edit: (text: string) => string = (t) => t): string {
  const text = demoPlan()
    .replace(/query: sum\(rate\(http_requests_total.*$/m, `query: 'rollbook_error_ratio{service="billing"}'`)
    .replace(
      /query: sum\(rate\(feature_success_total.*$/m,
      `query: 'rollbook_checkout_success_ratio{service="checkout"}'`,
    )
    .replace(
      '      - {metric: error_rate, max: 0.01}\n',
      '      - {metric: error_rate, max: 0.01, rollbackAt: 0.05}\n      - {metric: success_rate, min: 0.99}\n',
    );
  if (
    !text.includes('rollbook_checkout_success_ratio') ||
    !text.includes('rollbackAt: 0.05}\n      - {metric: success_rate')
  )
    throw new Error('the scaffolded plan changed: update planText()');
  return edit(text);
}

export async function repoWithActiveStaging(fake: FakeGitHub, text = planText(), activatedAgo = 3 * h.DAY) {
  const plan = h.parseTestPlan(text);
  const activated = h.ago(activatedAgo);
  const stagingIssue = await h.seedPhaseIssue(fake, plan, 'staging', {
    'step:deploy': { by: 'ops-alice', at: activated },
    'step:enable': { by: 'ops-alice', at: activated },
  });
  const dir = workspace({ [PLAN_FILE]: text });
  return { ws: { dir }, stagingIssue: stagingIssue! };
}

export function syncRun(
  fake: FakeGitHub,
  prom: PrometheusHarness,
  dir: string,
  event: { name: string; payload: unknown },
  inputs: Record<string, string> = { 'prometheus-url': prom.url },
) {
  return {
    inputs: { command: 'sync', token: 'ghs_test', ...inputs },
    workspace: dir,
    event,
    env: fake.env(),
  };
}

export const issueBody = (fake: FakeGitHub, number: number) => fake.state.issues.get(number).body ?? '';

/**
 * The plan with staging judged by one gate on the fixture's orders per minute (100 until three
 * days before the fixture's end, 120 since): held at most 110, rolled back beyond 115, with
 * `analysis` (YAML flow mapping) on the gate.
 */
export function ordersPlan(analysis: string): string {
  return planText((text) => {
    const gates =
      '      - {metric: error_rate, max: 0.01, rollbackAt: 0.05}\n      - {metric: success_rate, min: 0.99}\n';
    const metric = '  orders:\n    provider: prometheus\n    query: rollbook_orders_per_minute\n    signal: negative\n';
    if (!text.includes(gates) || !text.includes('metrics:\n')) throw new Error('the plan changed: update ordersPlan()');
    return text
      .replace(gates, `      - {metric: orders, max: 110, rollbackAt: 115, analysis: ${analysis}}\n`)
      .replace('metrics:\n', `metrics:\n${metric}`);
  });
}
