// `node site/bench/portfolio-bench.ts [repositories] [plans per repository]` (default 200 × 5):
// the portfolio pages' build against a plain Starlight site of the same size, in the same run
// (issue 17: ≤ 1.3). Both builds hold the same one-plan, one-lesson playbooks; the Rollbook site
// adds the portfolio pages from a generated portfolio file (portfolio-corpus.ts), the floor one
// Markdown page per portfolio page with the same rows as a Markdown table. Prints both build times
// (wall and, with GNU time, CPU), the ratio and the HTML bytes of the portfolio's first page.
// BENCH_ROUNDS rounds (default 1), alternating floor and subject, each build cold
// (build-driver.ts); medians.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PortfolioFile } from '../../action/src/site-api.ts';
import { DEFAULT_PAGE_SIZE, pageOf } from '../src/lib/paging.ts';
import { OVERVIEW_OVERLAPS, portfolioRoutes, portfolioViews } from '../src/lib/portfolio-view.ts';
import { buildPair, floorProject, floorProjectDir, htmlPages, type PairTimes, siteProject } from './build-driver.ts';
import { writeCorpus } from './corpus.ts';
import { writeFloorSite } from './floor-site.ts';
import { portfolioFixture, writePortfolio } from './portfolio-corpus.ts';
import { BUILD_RATIO_TARGET, FIRST_VIEW_TARGET_BYTES } from './site-bench.ts';

const COLLECTED_AT = '2026-12-01T09:00Z';

const cell = (text: string) => text.replace(/[|\n]/g, ' ');

/** One Markdown page per portfolio page, each with that page's rows as a table of the same text. */
async function writeFloorPortfolio(docs: string, file: PortfolioFile): Promise<number> {
  const views = portfolioViews(file);
  const sizes = { rollouts: views.rollouts.length, calendar: views.calendar.length, lessons: views.lessons.length };
  const routes = portfolioRoutes(sizes, DEFAULT_PAGE_SIZE);
  for (const route of routes) {
    const rowsOf = <T>(list: T[]): T[] =>
      route.page === 'all' ? list : pageOf(list, route.page, DEFAULT_PAGE_SIZE).items;
    const lines: string[] = [];
    if (route.view === 'overlaps' || (route.view === 'rollouts' && route.page === 1)) {
      lines.push('## Overlap warnings', '');
      for (const o of route.view === 'overlaps' ? file.overlaps : file.overlaps.slice(0, OVERVIEW_OVERLAPS))
        lines.push(`- **${o.kind}**: ${o.says} (${o.from} to ${o.to}; ${o.plans.join(', ')})`);
    }
    lines.push('', '| a | b | c | d |', '| --- | --- | --- | --- |');
    if (route.view === 'rollouts') {
      for (const r of rowsOf(views.rollouts)) {
        const plan = `[${cell(r.plan.title)}](${r.plan.url}) ${r.repository.repository} ${cell(r.plan.path)} ${r.plan.services.join(', ')}`;
        lines.push(
          `| ${plan} | ${r.plan.owners.join(', ')} | ${r.plan.status?.phase ?? r.progress} | ${r.plan.status?.verdict ?? '—'} |`,
        );
      }
    } else if (route.view === 'calendar') {
      for (const c of rowsOf(views.calendar)) {
        const what =
          c.kind === 'phase'
            ? `${c.phase.start} to ${c.phase.end} ${c.phase.id}`
            : `${c.freeze.name}: ${cell(c.freeze.reason)}`;
        lines.push(
          `| ${what} | [${cell(c.rollout.plan.title)}](${c.rollout.plan.url}) | ${c.rollout.repository.repository} | ${c.rollout.plan.owners.join(', ')} |`,
        );
      }
    } else if (route.view === 'lessons') {
      for (const l of rowsOf(views.lessons)) {
        lines.push(
          `| [${cell(l.lesson.title)}](${l.lesson.url}) | ${l.lesson.key} | ${l.guards.map((g) => g.ref).join(', ')} | ${l.guardCount} |`,
        );
      }
    }
    const path = join(docs, 'portfolio', route.path ?? 'index');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.md`, `---\ntitle: Portfolio ${route.view} ${route.page}\n---\n\n${lines.join('\n')}\n`);
  }
  return routes.length;
}

export interface PortfolioBenchResult extends PairTimes {
  repositories: number;
  plansPerRepository: number;
  portfolioPages: number;
  overlaps: number;
  /** HTML bytes of /portfolio/. */
  firstViewBytes: number;
  sitePages: number;
  floorPages: number;
}

export async function runPortfolioBench(
  repositories = 200,
  plansPerRepository = 5,
  rounds = 1,
): Promise<PortfolioBenchResult> {
  const work = await mkdtemp(join(tmpdir(), 'rollbook-portfolio-bench-'));
  const floorRoot = await floorProjectDir('portfolio-bench-floor-');
  try {
    const { playbooks } = await writeCorpus(work, 1, 1);
    const file = portfolioFixture({ repositories, plansPerRepository, collectedAt: COLLECTED_AT });
    const portfolio = await writePortfolio(join(work, 'portfolio.json'), file);
    await writeFloorSite(floorRoot, playbooks);
    const portfolioPages = await writeFloorPortfolio(join(floorRoot, 'src/content/docs'), file);
    const floor = floorProject(floorRoot, work);
    const site = siteProject(work, { ROLLBOOK_PLAYBOOKS: playbooks, ROLLBOOK_PORTFOLIO: portfolio });
    const times = await buildPair(floor, site, rounds);
    return {
      repositories,
      plansPerRepository,
      portfolioPages,
      overlaps: file.overlaps.length,
      ...times,
      firstViewBytes: (await stat(join(site.outDir, 'portfolio/index.html'))).size,
      sitePages: await htmlPages(site.outDir),
      floorPages: await htmlPages(floor.outDir),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(floorRoot, { recursive: true, force: true });
  }
}

export function formatPortfolioBench(r: PortfolioBenchResult): string[] {
  const flag = (ratio: number) => (ratio <= BUILD_RATIO_TARGET ? '' : '  ABOVE TARGET');
  return [
    `Portfolio pages, ${r.repositories} repositories × ${r.plansPerRepository} plans (${r.portfolioPages} portfolio pages, ${r.overlaps} overlaps):`,
    `  floor (plain Starlight, same pages as Markdown): ${r.floorMs} ms (${r.floorPages} HTML pages)`,
    `  Rollbook site with ROLLBOOK_PORTFOLIO:          ${r.siteMs} ms (${r.sitePages} HTML pages)`,
    `  ratio: ${r.ratio} (target <= ${BUILD_RATIO_TARGET})${flag(r.ratio)}`,
    ...(r.cpuRatio === undefined
      ? []
      : [
          `  CPU time (user + system): floor ${r.floorCpuMs} ms, Rollbook site ${r.siteCpuMs} ms, ratio ${r.cpuRatio}${flag(r.cpuRatio)}`,
        ]),
    `  HTML of /portfolio/: ${(r.firstViewBytes / 1000).toFixed(1)} KB (target <= ${FIRST_VIEW_TARGET_BYTES / 1000} KB)${r.firstViewBytes <= FIRST_VIEW_TARGET_BYTES ? '' : '  ABOVE TARGET'}`,
  ];
}

if (import.meta.main) {
  const [repositories = '200', plans = '5'] = process.argv.slice(2);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
  const result = await runPortfolioBench(Number(repositories), Number(plans), rounds);
  console.log(formatPortfolioBench(result).join('\n'));
  console.log(JSON.stringify(result));
}
