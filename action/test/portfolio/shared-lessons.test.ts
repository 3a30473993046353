// Shared lessons in the portfolio, end to end (issue 17, ADR 49 and 50): `rollbook status --repos`
// as a user runs it (the CLI's main(), its environment only) over three repositories of the fake
// GitHub. The lesson repository's lesson, taken by the two rollout repositories through
// `lessonSources` pinned at a commit, guards a plan in each: the portfolio lists it once, read at
// the pinned commit (not at its repository's newer head, which the collection also reads), with
// the plans it guards across repositories; the lead-in freeze its guard adds is carried with the
// lesson; and the site's lessons view shows it as shared across both repositories.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../../site/src/lib/portfolio-file.ts';
import { portfolioLessons, portfolioRollouts } from '../../../site/src/lib/portfolio-view.ts';
import type { PortfolioFile } from '../../src/portfolio/model.ts';
import { BLIND_CANARY_ID, blindCanaryLesson, GUARDS } from '../helpers/blind-canary-lesson.ts';
import { runCli } from '../helpers/cli.ts';
import { demoPlan, ok, sync, useFake, workspace } from '../sync/harness.ts';

/** The token the portfolio is collected with: another account than the action's. */
const READER_TOKEN = 'ghs_portfolio_reader_0123456789';
const LESSONS = 'infra/lessons';
const LESSON_ID = BLIND_CANARY_ID;
const LESSON_PATH = `playbooks/lessons/${LESSON_ID}.md`;
const KEY = `${LESSONS}#${LESSON_ID}`;

/** A lesson of the lessons repository: a checklist item on the canary and a lead-in before any `peak-*` freeze. */
function lessonText(title: string): string {
  return blindCanaryLesson({ title, bare: true, guards: [GUARDS.canaryDashboard, GUARDS.peakLeadIn] });
}

/** The scaffold plan for one service, owned by its own team, with a dated peak 40 days out. */
function plan(name: string, team: string, peak: { from: string; to: string }): string {
  return `${demoPlan(name)
    .replace('services: [your-service]', 'services: [checkout]')
    .replace(
      '@your-team',
      `@${team}`,
    )}freezes:\n  - {name: peak-sale, from: "${peak.from}", to: "${peak.to}", reason: The yearly sale}\n`;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('shared lessons across the portfolio', () => {
  const ctx = useFake({
    repositories: [
      { owner: 'shop', repo: 'app' },
      { owner: 'pay', repo: 'app' },
      { owner: 'infra', repo: 'lessons' },
    ],
    tokens: { [READER_TOKEN]: 'portfolio-reader[bot]' },
  });

  it('a lesson of a third repository, pinned by two, guards a plan in each and is listed once at its pinned commit', async () => {
    const { fake } = ctx;
    const pinned = fake.repo(LESSONS).setFiles('main', { [LESSON_PATH]: lessonText('A canary went out blind') });
    // the lesson repository moves on after the pin: its head has another title
    const head = fake.repo(LESSONS).setFiles('main', { [LESSON_PATH]: lessonText('Retitled on main') });
    const config = `lessonSources:\n  - {repository: ${LESSONS}, ref: "${pinned}"}\n`;
    const peak = { from: day(40), to: day(41) };
    const files: Record<string, Record<string, string>> = {
      'shop/app': { 'rollbook.config.yaml': config, 'playbooks/cart.rollout.yaml': plan('cart', 'shop-team', peak) },
      'pay/app': {
        'rollbook.config.yaml': config,
        'playbooks/three-ds.rollout.yaml': plan('three-ds', 'pay-team', peak),
      },
    };
    for (const [repository, repoFiles] of Object.entries(files)) {
      fake.repo(repository).setFiles('main', repoFiles);
      ok(await sync(fake, workspace(repoFiles), { env: { GITHUB_REPOSITORY: repository } }));
    }
    // the real sync put the shared lesson's item into each repository's canary checklist
    for (const repository of Object.keys(files)) {
      const bodies = fake
        .repo(repository)
        .issues.all()
        .map((i) => i.body ?? '');
      expect(bodies.some((b) => b.includes("The canary dashboard is open on the incident channel's screen"))).toBe(
        true,
      );
    }

    const dir = workspace({});
    fake.log.clear();
    const run = await runCli(['status', '--repos', `shop/app,pay/app,${LESSONS}`, '--out', 'portfolio.json'], dir, {
      env: { ...fake.env(), GITHUB_TOKEN: READER_TOKEN },
      now: () => new Date(),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // the source is read once for both repositories, at the pinned commit
    const commitReads = fake.log.entries.filter((e) => e.operationId === 'repos/get-commit').map((e) => e.path);
    expect(commitReads).toEqual([`/repos/${LESSONS}/commits/${pinned}`]);

    const file = JSON.parse(readFileSync(join(dir, 'portfolio.json'), 'utf8')) as PortfolioFile;
    expect(file.repositories.map((r) => [r.repository, r.error])).toEqual([
      [LESSONS, undefined],
      ['pay/app', undefined],
      ['shop/app', undefined],
    ]);
    expect(file.repositories.find((r) => r.repository === LESSONS)!.commit).toBe(head);
    const plans = file.repositories.flatMap((r) => r.plans.map((p) => [`${r.repository}/${p.id}`, p] as const));
    expect(plans.map(([ref, p]) => [ref, p.guardedBy])).toEqual([
      ['pay/app/three-ds', [KEY]],
      ['shop/app/cart', [KEY]],
    ]);
    // listed once, as the plans read it: at the pinned commit, with its title there
    expect(file.lessons).toEqual([
      {
        key: KEY,
        repository: LESSONS,
        ref: pinned,
        id: LESSON_ID,
        title: 'A canary went out blind',
        url: `https://github.com/${LESSONS}/blob/${pinned}/${LESSON_PATH}`,
        guards: ['pay/app/three-ds', 'shop/app/cart'],
      },
    ]);
    // the lead-in its guard adds, two days before each plan's peak, carried with the lesson
    for (const [, p] of plans) {
      expect(p.guardFreezes).toEqual([
        {
          name: 'lead-in-peak-sale',
          from: day(38),
          to: day(39),
          reason: 'Quiet before the peak',
          environments: ['staging', 'canary', 'production'],
          allowHotfix: false,
          lesson: KEY,
        },
      ]);
    }

    // the site's lessons view: shared across both repositories, each plan found in the portfolio
    const site = parsePortfolio(file, 'portfolio.json');
    expect(site).toEqual(file);
    const rows = portfolioLessons(site, portfolioRollouts(site));
    expect(rows.map((r) => [r.lesson.key, r.shared, r.repositories, r.guardCount])).toEqual([[KEY, true, 2, 2]]);
    expect(rows[0]!.guards.map((g) => [g.ref, g.rollout?.plan.title])).toEqual([
      ['pay/app/three-ds', 'Three Ds'],
      ['shop/app/cart', 'Cart'],
    ]);
  });
});
