// `node site/bench/site-bench.ts [plans] [lessons]`: builds the Rollbook site for a generated
// corpus (default 1,000 plans and 500 lessons, with a status file) and, in the same run, a plain
// Starlight site with the same number of Markdown pages holding the same text (the framework's
// floor). Prints both build times, the ratio (target <= 1.3), the HTML bytes of the first views
// (the home page and the lessons index, target <= 100 KB each), and the JS and CSS bytes per page
// type. BENCH_ROUNDS rounds (default 1), alternating floor and subject, each build cold
// (build-driver.ts); medians.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPair, floorProject, floorProjectDir, htmlPages, type PairTimes, siteProject } from './build-driver.ts';
import { writeCorpus } from './corpus.ts';
import { writeFloorSite } from './floor-site.ts';
import { type PageWeight, pageWeight } from './page-weight.ts';

export const BUILD_RATIO_TARGET = 1.3;
/** Most HTML bytes of a first view (the home page, the lessons index) at 1,000 plans and 500 lessons. */
export const FIRST_VIEW_TARGET_BYTES = 100_000;

export interface SiteBenchResult extends PairTimes {
  plans: number;
  lessons: number;
  /** HTML pages each build wrote. */
  sitePages: number;
  floorPages: number;
  /** HTML bytes of the first view of the home page and of the lessons index. */
  firstViews: Record<string, number>;
  pages: Record<string, PageWeight>;
}

export async function runSiteBench(plans = 1000, lessons = 500, rounds = 1): Promise<SiteBenchResult> {
  const work = await mkdtemp(join(tmpdir(), 'rollbook-site-bench-'));
  const floorRoot = await floorProjectDir('site-bench-floor-');
  try {
    const { playbooks, status } = await writeCorpus(work, plans, lessons);
    await writeFloorSite(floorRoot, playbooks);
    const floor = floorProject(floorRoot, work);
    const site = siteProject(work, { ROLLBOOK_PLAYBOOKS: playbooks, ROLLBOOK_STATUS: status });
    const times = await buildPair(floor, site, rounds);
    const [sitePages, floorPages] = [await htmlPages(site.outDir), await htmlPages(floor.outDir)];
    const firstViews = {
      home: (await stat(join(site.outDir, 'index.html'))).size,
      'lessons index': (await stat(join(site.outDir, 'lessons/index.html'))).size,
    };
    const pages: Record<string, PageWeight> = {
      home: await pageWeight(site.outDir, '/', join(site.outDir, 'index.html')),
      plan: await pageWeight(site.outDir, '/', join(site.outDir, 'plans/bench-plan-0000/index.html')),
      'lessons index': await pageWeight(site.outDir, '/', join(site.outDir, 'lessons/index.html')),
      lesson: await pageWeight(site.outDir, '/', join(site.outDir, `lessons/L-2015-01-bench-lesson-0/index.html`)),
      rules: await pageWeight(site.outDir, '/', join(site.outDir, 'rules/index.html')),
      'floor: Markdown page': await pageWeight(floor.outDir, '/', join(floor.outDir, 'bench-plan-0000/index.html')),
    };
    return {
      plans,
      lessons,
      ...times,
      sitePages,
      floorPages,
      firstViews,
      pages,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(floorRoot, { recursive: true, force: true });
  }
}

export function formatSiteBench(r: SiteBenchResult): string[] {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return [
    `Site build, ${r.plans} plans + ${r.lessons} lessons:`,
    `  floor (plain Starlight, same pages as Markdown): ${r.floorMs} ms (${r.floorPages} HTML pages)`,
    `  Rollbook site:                                   ${r.siteMs} ms (${r.sitePages} HTML pages)`,
    `  ratio: ${r.ratio} (target <= ${BUILD_RATIO_TARGET})${r.ratio <= BUILD_RATIO_TARGET ? '' : '  ABOVE TARGET'}`,
    ...(r.cpuRatio === undefined
      ? []
      : [
          `  CPU time (user + system): floor ${r.floorCpuMs} ms, Rollbook site ${r.siteCpuMs} ms, ratio ${r.cpuRatio}${r.cpuRatio <= BUILD_RATIO_TARGET ? '' : '  ABOVE TARGET'}`,
        ]),
    `  HTML of the first view (target <= ${FIRST_VIEW_TARGET_BYTES / 1000} KB each):`,
    ...Object.entries(r.firstViews).map(
      ([type, bytes]) =>
        `    ${type.padEnd(22)} ${(bytes / 1000).toFixed(1).padStart(7)} KB${bytes <= FIRST_VIEW_TARGET_BYTES ? '' : '  ABOVE TARGET'}`,
    ),
    '  JS and CSS loaded up front, per page type:',
    ...Object.entries(r.pages).map(
      ([type, w]) => `    ${type.padEnd(22)} JS ${kib(w.js).padStart(9)}  CSS ${kib(w.css).padStart(9)}`,
    ),
  ];
}

if (import.meta.main) {
  const [plans = '1000', lessons = '500'] = process.argv.slice(2);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
  const result = await runSiteBench(Number(plans), Number(lessons), rounds);
  console.log(formatSiteBench(result).join('\n'));
  console.log(JSON.stringify(result));
}
