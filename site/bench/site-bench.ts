// `node site/bench/site-bench.ts [plans] [lessons]`: builds the Rollbook site for a generated
// corpus (default 1,000 plans and 500 lessons, with a status file) and, in the same run, a plain
// Starlight site with the same number of Markdown pages holding the same text (the framework's
// floor). Prints both build times, the ratio (target <= 1.3), the HTML bytes of the first views
// (the home page and the lessons index, target <= 100 KB each), and the JS and CSS bytes per page
// type. BENCH_ROUNDS rounds (default 1), alternating floor and subject; medians.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from '../../scripts/bench/measure.ts';
import { writeCorpus } from './corpus.ts';
import { writeFloorSite } from './floor-site.ts';
import { type PageWeight, pageWeight } from './page-weight.ts';

const REPO = resolve(import.meta.dirname, '../..');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
export const BUILD_RATIO_TARGET = 1.3;
/** Most HTML bytes of a first view (the home page, the lessons index) at 1,000 plans and 500 lessons. */
export const FIRST_VIEW_TARGET_BYTES = 100_000;

/** GNU time, when the machine has it: CPU seconds of a build and every process it starts (Pagefind). */
const GNU_TIME = '/usr/bin/time';
const hasGnuTime = () => spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU') ?? false;

export interface BuildTime {
  wallMs: number;
  /** User + system CPU time of the build's process tree; undefined without GNU time. */
  cpuMs: number | undefined;
}

export async function astroBuild(root: string, outDir: string, env: Record<string, string>): Promise<BuildTime> {
  const started = performance.now();
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG'];
  const base = Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])));
  const cpuFile = `${outDir}.cpu`;
  const command = [process.execPath, ASTRO, 'build', '--root', root, '--outDir', outDir];
  const timed = hasGnuTime();
  const child = timed
    ? spawn(GNU_TIME, ['-f', '%U %S', '-o', cpuFile, ...command], {
        env: { ...base, ASTRO_TELEMETRY_DISABLED: '1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(command[0]!, command.slice(1), {
        env: { ...base, ASTRO_TELEMETRY_DISABLED: '1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`astro build ${root} failed:\n${log}`);
  const wallMs = performance.now() - started;
  if (!timed) return { wallMs, cpuMs: undefined };
  const [user = 0, system = 0] = (await readFile(cpuFile, 'utf8')).trim().split(/\s+/).map(Number);
  await rm(cpuFile, { force: true });
  return { wallMs, cpuMs: (user + system) * 1000 };
}

export interface SiteBenchResult {
  plans: number;
  lessons: number;
  floorMs: number;
  siteMs: number;
  ratio: number;
  /**
   * CPU time (user + system) of each build's process tree, and their ratio: steadier than wall
   * time on a machine shared with other jobs. Only where GNU time is installed.
   */
  floorCpuMs?: number;
  siteCpuMs?: number;
  cpuRatio?: number;
  /** HTML pages each build wrote. */
  sitePages: number;
  floorPages: number;
  /** HTML bytes of the first view of the home page and of the lessons index. */
  firstViews: Record<string, number>;
  pages: Record<string, PageWeight>;
}

export async function runSiteBench(plans = 1000, lessons = 500, rounds = 1): Promise<SiteBenchResult> {
  const work = await mkdtemp(join(tmpdir(), 'rollbook-site-bench-'));
  // The floor project lives in the repository's (git-ignored) .cache so it resolves node_modules.
  await mkdir(join(REPO, '.cache'), { recursive: true });
  const floorRoot = await mkdtemp(join(REPO, '.cache/site-bench-floor-'));
  try {
    const { playbooks, status } = await writeCorpus(work, plans, lessons);
    await writeFloorSite(floorRoot, playbooks);
    const siteOut = join(work, 'site-dist');
    const floorOut = join(work, 'floor-dist');
    const site = () =>
      astroBuild(join(REPO, 'site'), siteOut, {
        ROLLBOOK_PLAYBOOKS: playbooks,
        ROLLBOOK_STATUS: status,
        ROLLBOOK_NOW: '2026-12-01T09:00:00Z',
        ROLLBOOK_START: '2026-12-01',
        ROLLBOOK_SITE_CACHE_DIR: join(work, 'site-cache'),
      });
    const floor = () => astroBuild(floorRoot, floorOut, {});
    const siteTimes: BuildTime[] = [];
    const floorTimes: BuildTime[] = [];
    for (let i = 0; i < rounds; i++) {
      // Alternate the order so neither build always meets a warmer disk cache.
      if (i % 2 === 0) {
        floorTimes.push(await floor());
        siteTimes.push(await site());
      } else {
        siteTimes.push(await site());
        floorTimes.push(await floor());
      }
    }
    const htmlPages = async (dir: string) =>
      (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).length;
    const [sitePages, floorPages] = [await htmlPages(siteOut), await htmlPages(floorOut)];
    const firstViews = {
      home: (await stat(join(siteOut, 'index.html'))).size,
      'lessons index': (await stat(join(siteOut, 'lessons/index.html'))).size,
    };
    const pages: Record<string, PageWeight> = {
      home: await pageWeight(siteOut, '/', join(siteOut, 'index.html')),
      plan: await pageWeight(siteOut, '/', join(siteOut, 'plans/bench-plan-0000/index.html')),
      'lessons index': await pageWeight(siteOut, '/', join(siteOut, 'lessons/index.html')),
      lesson: await pageWeight(siteOut, '/', join(siteOut, `lessons/L-2015-01-bench-lesson-0/index.html`)),
      rules: await pageWeight(siteOut, '/', join(siteOut, 'rules/index.html')),
      'floor: Markdown page': await pageWeight(floorOut, '/', join(floorOut, 'bench-plan-0000/index.html')),
    };
    const floorMs = Math.round(median(floorTimes.map((t) => t.wallMs)));
    const siteMs = Math.round(median(siteTimes.map((t) => t.wallMs)));
    const cpu = (times: BuildTime[]) =>
      times.every((t) => t.cpuMs !== undefined) ? Math.round(median(times.map((t) => t.cpuMs!))) : undefined;
    const [floorCpuMs, siteCpuMs] = [cpu(floorTimes), cpu(siteTimes)];
    return {
      plans,
      lessons,
      floorMs,
      siteMs,
      ratio: +(siteMs / floorMs).toFixed(2),
      ...(floorCpuMs && siteCpuMs ? { floorCpuMs, siteCpuMs, cpuRatio: +(siteCpuMs / floorCpuMs).toFixed(2) } : {}),
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
