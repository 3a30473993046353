// The Astro build driver of the site benchmarks (site-bench.ts, portfolio-bench.ts): builds a
// floor project (a plain Starlight site) and the Rollbook site `rounds` times, alternating which
// goes first so neither always meets a warmer disk cache, and every build cold: the project's
// Astro caches are deleted before each of its builds, as CI builds from a fresh checkout (a warm
// content cache lets the floor skip rendering its Markdown, so a round after the first would
// measure another thing). Times wall and, with GNU time, the CPU of the build's process tree
// (Pagefind included); reports medians and their ratios (ADR 62).
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { median } from '../../scripts/bench/measure.ts';

export const REPO = resolve(import.meta.dirname, '../..');
export const SITE_ROOT = join(REPO, 'site');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');

/** GNU time, when the machine has it: CPU seconds of a build and every process it starts (Pagefind). */
const GNU_TIME = '/usr/bin/time';
const hasGnuTime = () => spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU') ?? false;

export interface BuildTime {
  wallMs: number;
  /** User + system CPU time of the build's process tree; undefined without GNU time. */
  cpuMs: number | undefined;
}

/** One `astro build` of `root` into `outDir`, with only PATH, HOME, TMPDIR and LANG of this environment. */
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

/** An Astro project to build: where, into where, with which settings, and where its caches live. */
export interface AstroProject {
  root: string;
  outDir: string;
  env: Record<string, string>;
  /** The project's Astro caches (its cacheDir, `.astro/`): deleted before each build. */
  caches: string[];
}

/** A floor project's folder: in the repository's (git-ignored) .cache, so it resolves node_modules. */
export async function floorProjectDir(prefix: string): Promise<string> {
  await mkdir(join(REPO, '.cache'), { recursive: true });
  return mkdtemp(join(REPO, '.cache', prefix));
}

/**
 * The floor project at `root`, built into `<work>/floor-dist`; its caches are Astro's default
 * cacheDir (`node_modules/.astro`) and `.astro/`.
 */
export function floorProject(root: string, work: string): AstroProject {
  return {
    root,
    outDir: join(work, 'floor-dist'),
    env: {},
    caches: [join(root, 'node_modules'), join(root, '.astro')],
  };
}

/**
 * The Rollbook site as the benches build it: a fixed clock and start day, its cache in `work`, and
 * `env` (playbooks, status, portfolio).
 */
export function siteProject(work: string, env: Record<string, string>): AstroProject {
  const cache = join(work, 'site-cache');
  return {
    root: SITE_ROOT,
    outDir: join(work, 'site-dist'),
    env: { ROLLBOOK_NOW: '2026-12-01T09:00:00Z', ROLLBOOK_START: '2026-12-01', ...env, ROLLBOOK_SITE_CACHE_DIR: cache },
    caches: [cache],
  };
}

/** Runs one build: `astroBuild`, or in the driver's own test a stand-in that records what it met. */
export type Build = (root: string, outDir: string, env: Record<string, string>) => Promise<BuildTime>;

/** Builds `project` cold: its caches deleted first. */
export async function coldBuild(project: AstroProject, build: Build = astroBuild): Promise<BuildTime> {
  await Promise.all(project.caches.map((dir) => rm(dir, { recursive: true, force: true })));
  return build(project.root, project.outDir, project.env);
}

export interface PairTimes {
  floorMs: number;
  siteMs: number;
  ratio: number;
  /** CPU time (user + system) of each build's process tree and their ratio; only with GNU time. */
  floorCpuMs?: number;
  siteCpuMs?: number;
  cpuRatio?: number;
}

/** Each round builds both projects cold, alternating which goes first; medians and ratios. */
export async function buildPair(
  floor: AstroProject,
  site: AstroProject,
  rounds: number,
  build: Build = astroBuild,
): Promise<PairTimes> {
  const floorTimes: BuildTime[] = [];
  const siteTimes: BuildTime[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      floorTimes.push(await coldBuild(floor, build));
      siteTimes.push(await coldBuild(site, build));
    } else {
      siteTimes.push(await coldBuild(site, build));
      floorTimes.push(await coldBuild(floor, build));
    }
  }
  const floorMs = Math.round(median(floorTimes.map((t) => t.wallMs)));
  const siteMs = Math.round(median(siteTimes.map((t) => t.wallMs)));
  const cpu = (times: BuildTime[]) =>
    times.every((t) => t.cpuMs !== undefined) ? Math.round(median(times.map((t) => t.cpuMs!))) : undefined;
  const [floorCpuMs, siteCpuMs] = [cpu(floorTimes), cpu(siteTimes)];
  return {
    floorMs,
    siteMs,
    ratio: +(siteMs / floorMs).toFixed(2),
    ...(floorCpuMs && siteCpuMs ? { floorCpuMs, siteCpuMs, cpuRatio: +(siteCpuMs / floorCpuMs).toFixed(2) } : {}),
  };
}

/** How many HTML pages a build wrote. */
export async function htmlPages(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).length;
}
