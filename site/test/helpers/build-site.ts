// Builds the site as `npm run site:build` does, pointed at a playbooks folder through the
// ROLLBOOK_* settings, into a temporary folder: `buildSite` in one of the run's site builders
// (Astro's `build()`, the function `astro build` calls, in a process that may have built another
// site before; ADR 79), `astroBuildCommand` as a child `astro build` whose exit status and
// terminal output are what a user sees.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import type { BuildOutcome, BuildRequest } from './site-builders.ts';
import { withSiteRootLock } from './site-root-lock.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const SITE_ROOT = join(REPO_ROOT, 'site');
const BUILDS_DIR = join(REPO_ROOT, '.cache/site-builds');
/** Held while a build of SITE_ROOT runs (site-root-lock.ts): its `.astro/` takes one build at a time. */
export const SITE_ROOT_LOCK = join(BUILDS_DIR, 'site-root.lock');
const ASTRO_BIN = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
  playbooks: string;
  /** Lessons folder; default: the config's, else <playbooks>/lessons. */
  lessons?: string;
  base?: string;
  statusFile?: string;
  /** An organisation portfolio file (ROLLBOOK_PORTFOLIO): the /portfolio/ pages. */
  portfolioFile?: string;
  start?: string;
  /** The build's clock (ROLLBOOK_NOW), ISO 8601; default: the real time. */
  now?: string;
  editUrl?: string;
  /** Rows per page of the plan and lesson lists (ROLLBOOK_PAGE_SIZE); default: the site's. */
  pageSize?: number;
  outDir?: string;
  /** More environment for the build, e.g. GITHUB_TOKEN and GITHUB_API_URL to read lesson sources. */
  env?: Record<string, string>;
}

/**
 * Only what a shell would pass: vitest sets NODE_ENV=test, BASE_URL, MODE and friends, and Vite
 * inside the child build would read them (BASE_URL=/ silently overrides the base path).
 */
export function shellEnvironment(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'CI'];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] === undefined ? [] : [[key, process.env[key]]])));
}

export interface BuildResult {
  outDir: string;
  /** Deletes the build's folder. */
  remove(): Promise<void>;
  code: number | null;
  output: string;
  ms: number;
}

/** A folder for one build, its output folder, and the build's whole environment. */
async function prepare(options: BuildOptions): Promise<{ work: string; outDir: string; env: Record<string, string> }> {
  // Inside the repository, one folder per build: Astro stages prerendered chunks in
  // `.prerender/` beside an output within the working directory (where they resolve packages from
  // node_modules), and in the one shared `<cwd>/.astro/` for an output elsewhere, where two builds
  // at once delete each other's chunks.
  await mkdir(BUILDS_DIR, { recursive: true });
  const work = await mkdtemp(join(BUILDS_DIR, 'build-'));
  const env: Record<string, string> = {
    ...shellEnvironment(),
    ASTRO_TELEMETRY_DISABLED: '1',
    ROLLBOOK_PLAYBOOKS: options.playbooks,
    ROLLBOOK_REPO_ROOT: '',
    ROLLBOOK_BASE: options.base ?? '/',
    ROLLBOOK_START: options.start ?? '2026-12-01',
    ROLLBOOK_STATUS: options.statusFile ?? '',
    ROLLBOOK_PORTFOLIO: options.portfolioFile ?? '',
    ROLLBOOK_NOW: options.now ?? '',
    ROLLBOOK_EDIT_URL: options.editUrl ?? '',
    ROLLBOOK_LESSONS: options.lessons ?? '',
    ROLLBOOK_SITE: '',
    ROLLBOOK_PAGE_SIZE: options.pageSize === undefined ? '' : String(options.pageSize),
    ROLLBOOK_SITE_CACHE_DIR: join(work, 'cache'),
    ...options.env,
  };
  return { work, outDir: options.outDir ?? join(work, 'dist'), env };
}

/** Sends one build to the run's site builders (site-builder-setup.ts) and waits for its outcome. */
function buildInBuilder(request: BuildRequest): Promise<BuildOutcome> {
  const socket = inject('siteBuilderSocket');
  if (!socket) {
    throw new Error(
      'no site builders in this test project: add site/test/helpers/site-builder-setup.ts to its globalSetup',
    );
  }
  return new Promise((resolveOutcome, reject) => {
    const connection = connect(socket, () => connection.write(`${JSON.stringify(request)}\n`));
    connection.setEncoding('utf8');
    let text = '';
    connection.on('data', (chunk: string) => (text += chunk));
    connection.on('error', reject);
    connection.on('end', () => {
      try {
        resolveOutcome(JSON.parse(text) as BuildOutcome);
      } catch {
        reject(new Error(`the site builders answered no outcome: ${JSON.stringify(text.slice(0, 200))}`));
      }
    });
  });
}

/** Prepares a build's folders, runs `build` with them, and times it. */
async function timedBuild(
  options: BuildOptions,
  build: (outDir: string, env: Record<string, string>) => Promise<{ code: number | null; output: string }>,
): Promise<BuildResult> {
  const { work, outDir, env } = await prepare(options);
  // Timed from when the build may start: a build waiting for another's lock has not begun.
  return withSiteRootLock(SITE_ROOT_LOCK, async () => {
    const started = performance.now();
    const { code, output } = await build(outDir, env);
    return {
      outDir,
      code,
      output,
      ms: performance.now() - started,
      remove: () => rm(work, { recursive: true, force: true }),
    };
  });
}

/** Builds the site in one of the run's site builders: Astro's `build()` with the build's environment. */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return timedBuild(options, (outDir, env) => buildInBuilder({ root: SITE_ROOT, outDir, env }));
}

/** Runs `astro build` as a user does (a child process), for what it prints and how it exits. */
export function astroBuildCommand(options: BuildOptions): Promise<BuildResult> {
  return timedBuild(options, async (outDir, env) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--root', SITE_ROOT, '--outDir', outDir], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    return { code, output };
  });
}

/** Builds and throws with the build log when the build fails. */
export async function buildSiteOrThrow(options: BuildOptions): Promise<BuildResult> {
  const result = await buildSite(options);
  if (result.code !== 0) throw new Error(`site build failed (exit ${result.code}):\n${result.output}`);
  return result;
}
