// Issue 18 part 4 end to end: a rollout completed three days before the clock, with KPIs to review
// two days after completion. A scheduled sync measures them on a real Prometheus (backfilled
// fixture series) at completion + reviewAfter, posts one review comment on the tracking issue and
// closes it when nothing missed, or keeps it open pinging the owners. Re-runs write nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../site/src/lib/status.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runCli } from '../helpers/cli.ts';
import { runActionInProcess, testClock } from '../helpers/in-process.ts';
import { runAction } from '../helpers/run-action.ts';
import { useTestPrometheus } from '../prometheus/shared.ts';
import * as h from '../report/harness.ts';
import { DEMO_PHASES, managed, workspace } from '../sync/harness.ts';
import { PLAN_FILE, planText, syncRun } from '../watch/harness.ts';

const prom = useTestPrometheus();

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

/** The success KPI (0.995 on the fixture) expects >= 99%: met. The error KPI (billing, 0.08) expects <= 1%: missed. */
function reviewedPlan(withMiss: boolean): string {
  return planText((text) => {
    const kpis = [
      '    - {kpi: request success rate, baseline: "97.9%", expect: ">= 99% of requests", metric: success_rate, reviewAfter: 2d}',
      '    - {kpi: support tickets, expect: "fewer than before", reviewAfter: 1d}',
      ...(withMiss
        ? ['    - {kpi: error rate, baseline: "2%", expect: "<= 1%", metric: error_rate, reviewAfter: 2d, window: 1h}']
        : []),
    ];
    const out = text.replace(/^ {4}- \{kpi: request success rate.*$/m, kpis.join('\n'));
    if (!out.includes('reviewAfter: 2d')) throw new Error('the scaffolded plan changed: update reviewedPlan()');
    return out;
  });
}

async function completedRollout(fake: FakeGitHub, text: string) {
  const plan = h.parseTestPlan(text);
  const done = new Date(prom.now.getTime() - 3 * h.DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const phase of DEMO_PHASES)
    await h.seedPhaseIssue(fake, plan, phase, { complete: { by: 'ops-alice', at: done } });
  return { dir: workspace({ [PLAN_FILE]: text }), done };
}

const parentOf = (fake: FakeGitHub) => managed(fake).find((m) => m.kind === 'parent')!.issue;
const reviews = (fake: FakeGitHub, number: number) =>
  fake.state.issues.commentsOf(number).filter((c) => c.body.includes('rollbook:kpi-review'));

describe('the KPI review of a completed rollout', () => {
  it('measures each KPI when due, posts one review, and closes the issue when nothing missed', async () => {
    const { fake } = setup();
    const { dir, done } = await completedRollout(fake, reviewedPlan(false));
    const clock = testClock(prom.now);

    const first = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(first.code, h.failureText(first)).toBe(0);
    const parent = parentOf(fake);
    const posted = reviews(fake, parent.number);
    expect(posted).toHaveLength(1);
    const comment = posted[0]!.body;
    const measuredAt = new Date(Date.parse(done) + 2 * h.DAY).toISOString();
    expect(comment).toContain(
      `| request success rate | 97.9% | \`>= 99% of requests\` | 99.5% over 5m at ${measuredAt.slice(0, 10)} ${measuredAt.slice(11, 16)} UTC | ✅ met |`,
    );
    expect(comment).toContain(
      '| support tickets | — | `fewer than before` | not measurable: it does not start with a comparison | ⚪ no data |',
    );
    expect(comment).toContain('1 met, 0 missed, 1 without data. No KPI missed its expectation');
    expect(comment).not.toContain('@your-team');
    expect([parent.state, parent.stateReason]).toEqual(['closed', 'completed']);
    expect(parent.body).toContain('**KPI review** posted');
    expect(parseIssueBody(parent.body!).problems).toEqual([]);

    const before = fake.log.entries.length;
    const again = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
    expect(reviews(fake, parent.number)).toHaveLength(1);
  });

  it('keeps the issue open on a miss and pings the owners, once', async () => {
    const { fake } = setup();
    const { dir } = await completedRollout(fake, reviewedPlan(true));
    const clock = testClock(prom.now);
    const first = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(first.code, h.failureText(first)).toBe(0);
    const parent = parentOf(fake);
    const comment = reviews(fake, parent.number)[0]!.body;
    expect(comment).toMatch(/\| error rate \| 2% \| `<= 1%` \| 8% over 1h at .* \| ❌ missed \|/);
    expect(comment).toContain('**A KPI missed the expectation.** @your-team: this issue stays open');
    expect(parent.state).toBe('open');
    expect(parent.body).toContain('a KPI missed its expectation, so this issue stays open');

    const before = fake.log.entries.length;
    const again = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});

    // `rollbook status` shows the outcome per plan and per KPI, in the site's JSON.
    const env = { GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: fake.env().GITHUB_API_URL! };
    const status = await runCli(['status', '--repo', `${h.OWNER}/${h.REPO}`, '--json'], dir, {
      env,
      now: () => prom.now,
    });
    expect(status.code, status.stderr).toBe(0);
    const json = JSON.parse(status.stdout) as { plans: Record<string, Record<string, unknown>> };
    expect(json.plans.demo).toMatchObject({
      state: 'done',
      kpiReview: {
        state: 'missed',
        postedAt: expect.any(String),
        kpis: [
          {
            kpi: 'request success rate',
            outcome: 'met',
            baseline: '97.9%',
            expect: '>= 99% of requests',
            measured: '99.5%',
            window: '5m',
          },
          { kpi: 'support tickets', outcome: 'no-data', expect: 'fewer than before' },
          { kpi: 'error rate', outcome: 'missed', baseline: '2%', expect: '<= 1%', measured: '8%', window: '1h' },
        ],
      },
    });
    // The site reads the same file (and shows the KPI review only through it).
    expect(parseStatus(json, 'status.json').plans.demo?.state).toBe('done');
    const text = await runCli(['status', '--repo', `${h.OWNER}/${h.REPO}`], dir, { env, now: () => prom.now });
    expect(text.stdout).toContain('demo: KPI review MISSED (posted ');
    expect(text.stdout).toContain('  error rate: MISSED, measured 8% over 1h (baseline 2%, expected <= 1%)');
    expect(text.stdout).toContain('  support tickets: no data (expected fewer than before)');
  });

  it('the bundled action posts one review that met and closes the tracking issue, pinging nobody', async () => {
    const { fake } = setup();
    const { dir } = await completedRollout(fake, reviewedPlan(false));
    const run = await runAction(syncRun(fake, prom, dir, h.scheduleEvent));
    expect(run.code, h.failureText(run)).toBe(0);
    const parent = parentOf(fake);
    const posted = reviews(fake, parent.number);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toContain('1 met, 0 missed, 1 without data. No KPI missed its expectation');
    expect(posted[0]!.body).not.toMatch(/@[A-Za-z0-9]/);
    expect([parent.state, parent.stateReason]).toEqual(['closed', 'completed']);
    const before = fake.log.entries.length;
    const again = await runAction(syncRun(fake, prom, dir, h.scheduleEvent));
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
  });

  it('the bundled action posts the review as a runner runs it, once', async () => {
    const { fake } = setup();
    const { dir } = await completedRollout(fake, reviewedPlan(true));
    // The bundle reads the real clock: completion three days before the fixture's end, the review
    // measured two days after it, so the readings are the same whenever the run happens.
    const run = await runAction(syncRun(fake, prom, dir, h.scheduleEvent));
    expect(run.code, h.failureText(run)).toBe(0);
    const parent = parentOf(fake);
    const posted = reviews(fake, parent.number);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toContain('1 met, 1 missed, 1 without data.');
    // The miss pings the plan's owners, and nobody else.
    expect(posted[0]!.body.match(/@[A-Za-z0-9][\w-]*/g)).toEqual(['@your-team']);
    expect(parent.state).toBe('open');
    const before = fake.log.entries.length;
    const again = await runAction(syncRun(fake, prom, dir, h.scheduleEvent));
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
  });

  it('a KPI without data for want of a provider is measured by a later run that has it, in the same comment (ADR 53)', async () => {
    const { fake } = setup();
    const { dir } = await completedRollout(fake, reviewedPlan(false));
    writeFileSync(join(dir, 'metrics.json'), '{}\n');
    const clock = testClock(prom.now);
    // A run that measures, with only a metrics file: the Prometheus KPI awaits its provider.
    const fileOnly = { 'metrics-file': 'metrics.json' };
    const first = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent, fileOnly), clock });
    expect(first.code, h.failureText(first)).toBe(0);
    const parent = parentOf(fake);
    const [posted] = reviews(fake, parent.number);
    expect(posted!.body).toContain(
      '| request success rate | 97.9% | `>= 99% of requests` | no prometheus provider is configured for this run',
    );
    expect(posted!.body).toContain('0 met, 0 missed, 2 without data.');
    // The review is not finished: the tracking issue stays open and says why.
    expect(parent.state).toBe('open');
    expect(parent.body).toContain('a KPI awaits a scheduled run with its metric provider configured');
    let before = fake.log.entries.length;
    const still = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent, fileOnly), clock });
    expect(still.code, h.failureText(still)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});

    // With Prometheus configured: measured at the review's time, the same comment edited, then closed.
    const second = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(second.code, h.failureText(second)).toBe(0);
    const after = reviews(fake, parent.number);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(posted!.id);
    expect(after[0]!.body).toMatch(
      /\| request success rate \| 97\.9% \| `>= 99% of requests` \| 99\.5% over 5m at .* \| ✅ met \|/,
    );
    expect(after[0]!.body).toContain(
      '| support tickets | — | `fewer than before` | not measurable: it does not start with a comparison | ⚪ no data |',
    );
    expect(after[0]!.body).toContain('1 met, 0 missed, 1 without data.');
    const closed = parentOf(fake);
    expect([closed.state, closed.stateReason]).toEqual(['closed', 'completed']);
    before = fake.log.entries.length;
    const again = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
  });

  it('a KPI renamed since the review is still measured into it, under its new name, saying so (ADR 29)', async () => {
    const { fake } = setup();
    const { dir } = await completedRollout(fake, reviewedPlan(false));
    writeFileSync(join(dir, 'metrics.json'), '{}\n');
    const clock = testClock(prom.now);
    const first = await runActionInProcess({
      ...syncRun(fake, prom, dir, h.scheduleEvent, { 'metrics-file': 'metrics.json' }),
      clock,
    });
    expect(first.code, h.failureText(first)).toBe(0);
    const parent = parentOf(fake);
    const [posted] = reviews(fake, parent.number);
    // Only the name is edited after the review: the same question, so the review can finish.
    const plan = join(dir, PLAN_FILE);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('kpi: request success rate', 'kpi: checkout success rate'));
    const second = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(second.code, h.failureText(second)).toBe(0);
    const after = reviews(fake, parent.number);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(posted!.id);
    expect(after[0]!.body).toMatch(
      /\| checkout success rate \(renamed from request success rate\) \| 97\.9% \| `>= 99% of requests` \| 99\.5% over 5m at .* \| ✅ met \|/,
    );
    // What the review recorded for the other KPI stays as it was.
    expect(after[0]!.body).toContain(
      '| support tickets | — | `fewer than before` | not measurable: it does not start with a comparison | ⚪ no data |',
    );
    expect(after[0]!.body).toContain('1 met, 0 missed, 1 without data.');
    const closed = parentOf(fake);
    expect([closed.state, closed.stateReason]).toEqual(['closed', 'completed']);
    const before = fake.log.entries.length;
    const again = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
  });

  it('a KPI the plan has changed since the review is not measured into it', async () => {
    const { fake } = setup();
    const { dir } = await completedRollout(fake, reviewedPlan(false));
    writeFileSync(join(dir, 'metrics.json'), '{}\n');
    const clock = testClock(prom.now);
    const first = await runActionInProcess({
      ...syncRun(fake, prom, dir, h.scheduleEvent, { 'metrics-file': 'metrics.json' }),
      clock,
    });
    expect(first.code, h.failureText(first)).toBe(0);
    const parent = parentOf(fake);
    const posted = reviews(fake, parent.number)[0]!.body;
    // The expectation is edited after the review: the review is not rewritten against another one.
    const plan = join(dir, PLAN_FILE);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('>= 99% of requests', '>= 99.5% of requests'));
    const before = fake.log.entries.length;
    const run = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(h.writesSince(fake, before)['issues/update-comment']).toBeUndefined();
    expect(reviews(fake, parent.number).map((c) => c.body)).toEqual([posted]);
    // The tracking issue stays open, and says why instead of promising a run that will not come.
    const still = parentOf(fake);
    expect(still.state).toBe('open');
    expect(still.body).toContain(
      'a KPI without data changed in the plan since the review (its `expect` or `baseline`, or its place among the reviewed KPIs), so no run measures it into it: this issue stays open for you to close once you have reviewed it.',
    );
    expect(still.body).not.toContain('awaits a scheduled run');
  });

  it('a KPI added to the plan since the review moves the places: the issue says so, not that an expectation changed', async () => {
    const { fake } = setup();
    const { dir } = await completedRollout(fake, reviewedPlan(false));
    writeFileSync(join(dir, 'metrics.json'), '{}\n');
    const clock = testClock(prom.now);
    const first = await runActionInProcess({
      ...syncRun(fake, prom, dir, h.scheduleEvent, { 'metrics-file': 'metrics.json' }),
      clock,
    });
    expect(first.code, h.failureText(first)).toBe(0);
    const parent = parentOf(fake);
    const posted = reviews(fake, parent.number)[0]!.body;
    // A reviewed KPI is added in front; every question the review asked is unchanged.
    const plan = join(dir, PLAN_FILE);
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace(
        /^( {4}- \{kpi: request success rate)/m,
        '    - {kpi: refunds, expect: "fewer than before", reviewAfter: 1d}\n$1',
      ),
    );
    const run = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(reviews(fake, parent.number).map((c) => c.body)).toEqual([posted]);
    const still = parentOf(fake);
    expect(still.state).toBe('open');
    expect(still.body).toContain(
      'a KPI without data changed in the plan since the review (its `expect` or `baseline`, or its place among the reviewed KPIs), so no run measures it into it: this issue stays open for you to close once you have reviewed it.',
    );
  });

  it('measures nothing before the review is due, nor on a run that does not measure', async () => {
    const { fake } = setup();
    const { dir } = await completedRollout(fake, reviewedPlan(false));
    // One day after completion: the two-day review is not due.
    const early = testClock(new Date(prom.now.getTime() - 2 * h.DAY));
    const run = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock: early });
    expect(run.code, h.failureText(run)).toBe(0);
    const parent = parentOf(fake);
    expect(reviews(fake, parent.number)).toHaveLength(0);
    expect(parent.state).toBe('open');
    expect(parent.body).toContain('**KPI review** due');
    // Due now, but a push event does not measure.
    const push = await runActionInProcess({
      ...syncRun(fake, prom, dir, { name: 'push', payload: { ref: 'refs/heads/main' } }),
      clock: testClock(prom.now),
    });
    expect(push.code, h.failureText(push)).toBe(0);
    expect(reviews(fake, parent.number)).toHaveLength(0);
  });
});
