// Builds the site exactly as `npm run site:build` does (a child `astro build`), pointed at a
// playbooks folder through the ROLLBOOK_* settings, into a temporary folder.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const SITE_ROOT = join(REPO_ROOT, 'site');
const BUILDS_DIR = join(REPO_ROOT, '.cache/site-builds');
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
function inheritedEnv(): NodeJS.ProcessEnv {
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

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  // Inside the repository, one folder per build: Astro stages prerendered chunks in
  // `.prerender/` beside an output within the working directory (where they resolve packages from
  // node_modules), and in the one shared `<cwd>/.astro/` for an output elsewhere, where two builds
  // at once delete each other's chunks.
  await mkdir(BUILDS_DIR, { recursive: true });
  const work = await mkdtemp(join(BUILDS_DIR, 'build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...inheritedEnv(),
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
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--root', SITE_ROOT, '--outDir', outDir], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return {
    outDir,
    code,
    output,
    ms: performance.now() - started,
    remove: () => rm(work, { recursive: true, force: true }),
  };
}

/** Builds and throws with the build log when the build fails. */
export async function buildSiteOrThrow(options: BuildOptions): Promise<BuildResult> {
  const result = await buildSite(options);
  if (result.code !== 0) throw new Error(`site build failed (exit ${result.code}):\n${result.output}`);
  return result;
}
