// The portfolio's KPI review path (issue 17 with issue 18): a rollout completed in one repository
// of several, whose KPI review the real sync posted on its tracking issue once due, is collected by
// `rollbook status --org` (the CLI as a user runs it) with the review in its status: posted when,
// each KPI as the comment recorded it (measured from a metrics file: missed). Only the action account's comment counts: one a person
// posted first, with a marker claiming another outcome, is not believed. Before any review is
// posted the status says it is pending and when it is due.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PortfolioFile } from '../../src/portfolio/model.ts';
import { kpiReviewMarker } from '../../src/text/markers.ts';
import { runCli } from '../helpers/cli.ts';
import { testClock } from '../helpers/in-process.ts';
import {
  DEMO_PHASES,
  demoPlan,
  editedAt,
  issuesEvent,
  item,
  managed,
  ok,
  openIssue,
  sync,
  useFake,
  workspace,
} from '../sync/harness.ts';

const READER_TOKEN = 'ghs_portfolio_reader_0123456789';
const DAY = 86_400_000;
const PLAN = 'playbooks/cart.rollout.yaml';

async function collect(fake: ReturnType<typeof useFake>['fake'], now: Date): Promise<PortfolioFile> {
  const dir = workspace({});
  const run = await runCli(['status', '--org', 'acme', '--out', 'portfolio.json'], dir, {
    env: { ...fake.env(), GITHUB_TOKEN: READER_TOKEN },
    now: () => now,
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'portfolio.json'), 'utf8')) as PortfolioFile;
}

const cartStatus = (file: PortfolioFile) =>
  file.repositories.find((r) => r.repository === 'acme/shop')!.plans.find((p) => p.id === 'cart')!.status;

describe('the portfolio reads a done plan’s KPI review', () => {
  const ctx = useFake({
    repositories: [
      { owner: 'acme', repo: 'shop' },
      { owner: 'acme', repo: 'pay' },
    ],
    tokens: { [READER_TOKEN]: 'portfolio-reader[bot]' },
  });

  it('from the comment the action posted, not from one a person wrote', async () => {
    const { fake } = ctx;
    // the KPI's metric read from a metrics file, so the review measures it without a Prometheus
    const text = demoPlan('cart')
      .replace('metric: success_rate}', 'metric: success_rate, reviewAfter: 1d}')
      .replace(
        /provider: prometheus\n {4}query: sum\(rate\(feature_success_total.*$/m,
        'provider: json-file\n    query: success',
      );
    expect(text).toContain('reviewAfter: 1d');
    expect(text).toContain('query: success');
    fake.repo('acme/shop').setFiles('main', { [PLAN]: text });
    fake.repo('acme/pay').setFiles('main', { 'playbooks/three-ds.rollout.yaml': demoPlan('three-ds') });
    const ws = workspace({ [PLAN]: text });
    const env = { GITHUB_REPOSITORY: 'acme/shop' };
    ok(await sync(fake, ws, { env }));
    // people complete every phase; each edit is synced (acme/shop is the fake's first repository)
    let completedAt = '';
    for (const phase of DEMO_PHASES) {
      const event = fake.userToggleTask(openIssue(fake, 'cart', phase).number, item(`cart/${phase}/complete`), true);
      completedAt = editedAt(event);
      ok(await sync(fake, ws, { env, event: issuesEvent(event) }));
    }
    const due = new Date(Date.parse(completedAt) + DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');

    // completed, the review not posted yet: pending, with when it is due
    const before = cartStatus(await collect(fake, new Date(Date.parse(completedAt) + DAY / 2)));
    expect(before).toMatchObject({ state: 'done', kpiReview: { state: 'pending', due } });
    expect(before!.kpiReview).not.toHaveProperty('postedAt');

    // a person posts a review comment first, its marker claiming the KPI was met
    const parent = managed(fake).find((m) => m.kind === 'parent' && m.plan === 'cart')!.issue;
    fake.userComment(
      parent.number,
      `${kpiReviewMarker({ met: 1, missed: 0, noData: 0, outcomes: ['met'] })}\nAll met, trust me.`,
      'mallory',
    );
    // two days on, the scheduled sync measures the KPI (95% against >= 99.5%: missed) and posts the review
    const later = new Date(Date.parse(completedAt) + 2 * DAY);
    mkdirSync(join(ws, 'metrics'));
    const metrics = { generatedAt: new Date(Date.parse(completedAt) + DAY).toISOString(), metrics: { success: 0.95 } };
    writeFileSync(join(ws, 'metrics/current.json'), JSON.stringify(metrics));
    const inputs = { 'metrics-file': 'metrics/current.json' };
    ok(await sync(fake, ws, { env, inputs, event: { name: 'schedule', payload: {} }, clock: testClock(later) }));
    const posted = fake.state.issues
      .commentsOf(parent.number)
      .filter((c) => c.body.includes('rollbook:kpi-review') && c.author !== 'mallory');
    expect(posted).toHaveLength(1);

    const after = cartStatus(await collect(fake, later));
    expect(after).toMatchObject({
      state: 'done',
      kpiReview: {
        // what the action's comment says, not the "met" the person's comment claims
        state: 'missed',
        due,
        postedAt: posted[0]!.createdAt,
        kpis: [
          {
            kpi: 'request success rate',
            baseline: '97.9%',
            expect: '>= 99.5%',
            outcome: 'missed',
            measured: expect.stringContaining('95'),
          },
        ],
      },
    });
  });
});
