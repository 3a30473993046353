// The report end to end with a real Prometheus (Debian's, backfilled with the providers' fixture
// series): the action (in-process) reads the gates' metrics, last week's values and the history over
// HTTP, and a metric past its rollback threshold fails the rollbook/gate status.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { testClock } from '../helpers/in-process.ts';
import { earlyOnUtcDayBefore } from '../helpers/utc-day.ts';
import { EXPECTED } from '../prometheus/fixture.ts';
import { useTestPrometheus } from '../prometheus/shared.ts';
import * as h from './harness.ts';

const prom = useTestPrometheus();

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

describe('report: the report with a real Prometheus', () => {
  it('reads every gate for real, shows the numbers and their history, and fails the status on a rollback', async () => {
    const { fake } = setup();
    await h.rolloutRepo(fake, {
      plan: {
        provider: 'prometheus',
        query: 'rollbook_error_ratio{service="billing"}',
        max: 0.02,
        rollbackAt: 0.05,
        signoff: false,
        extraMetrics: [
          `success: {provider: prometheus, query: 'rollbook_checkout_success_ratio{service="checkout"}', unit: ratio, signal: positive}`,
          `orders: {provider: prometheus, query: 'rollbook_orders_per_minute', unit: orders/min, signal: positive}`,
        ],
        extraGates: ['{metric: success, min: 0.99}', '{metric: orders, compare: week-over-week, maxRegression: 5%}'],
      },
      staging: h.stagingTicks(Date.now() - earlyOnUtcDayBefore(prom.now, 3).getTime(), false),
    });
    const pr = h.openPullRequest(fake, 'ramp-canary');

    const run = await h.runReport({
      fake,
      ws: h.workspace(),
      event: h.pullRequestEvent(pr.number),
      inputs: { 'prometheus-url': prom.url },
      // The fixture ends at prom.now: the report is evaluated then, however long the run has taken.
      clock: testClock(prom.now),
    });
    expect(run.code, h.failureText(run)).toBe(0);

    const status = h.statusOn(fake, pr.pull.headSha);
    expect(status?.state).toBe('failure');
    expect(status?.description).toBe('ROLL BACK recommended: error_rate: 8% is above the rollback threshold 5%');
    const body = h.reportComments(fake, pr.number)[0]!.body;
    expect(body.split('\n')[0]).toBe(
      '**Verdict: ROLL BACK.** Roll back Checkout v2 in Staging: a metric crossed its rollback threshold.',
    );
    expect(body).toContain(
      // Ratios read as percentages: EXPECTED.billingErrors (0.08) is 8%, EXPECTED.success (0.995) 99.5%.
      '| error\\_rate | 8% | ≤ 2%, roll back above 5% | ROLL BACK |',
    );
    expect(body).toContain('| success | 99.5% | ≥ 99% | PASS |');
    expect(body).toContain(
      `| orders | ${EXPECTED.ordersNow} orders/min (last week ${EXPECTED.ordersLastWeek} orders/min, 20% better) | ≤ 5% worse than last week | PASS |`,
    );
    expect(body).toContain(`from prometheus at <${prom.url}>`);
    // One row per UTC day since staging was activated, three UTC days ago, each read from the range query.
    const historyRows = body.split('\n').filter((line) => /^\| \d{4}-\d{2}-\d{2}( \(today\))? \| /.test(line));
    expect(historyRows).toHaveLength(4);
    for (const row of historyRows)
      expect(row).toMatch(
        / \| 8% \| 99\.5% \| \d+ orders\/min( \(last week \d+ orders\/min\))? \| ROLL BACK \| error\\_rate: 8% is above the rollback threshold 5%.* \|$/,
      );
    expect(body).toContain('```mermaid\nxychart-beta');

    const [report] = JSON.parse(run.outputs.gates!) as {
      verdict: string;
      gates: { id: string; status: string; metric?: { value?: number } }[];
    }[];
    expect(report!.verdict).toBe('ROLL BACK');
    expect(report!.gates.find((g) => g.id === 'metric-error-rate')?.metric?.value).toBe(EXPECTED.billingErrors);
    expect(run.outputs.verdict).toBe('ROLL BACK');
  });
});
