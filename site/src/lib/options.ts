// Every site setting in one place, read from the environment so `npm run site:build` works
// unchanged in CI, on a laptop, and pointed at another repository's playbooks.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { DEFAULT_PAGE_SIZE } from './paging.ts';

export interface SiteOptions {
  /** Folder holding *.rollout.yaml plans. */
  playbooks: string;
  /** Folder holding lesson Markdown files; undefined means "config's lessons, else <playbooks>/lessons". */
  lessons?: string;
  /** The repository root: where rollbook.config.yaml is read and what file paths are shown relative to. */
  repoRoot: string;
  /** Optional `rollbook status --json` output for current phase and verdict on the home page. */
  statusFile?: string;
  /** Optional organisation portfolio (`rollbook status --org/--topic/--repos`): the /portfolio/ pages. */
  portfolioFile?: string;
  /** Start of the rollout for the projected calendar: YYYY-MM-DD, or a time with Z or an offset; default: the day of `now`. */
  start: string;
  /** Public origin, e.g. https://acme.github.io. */
  site?: string;
  /** Path prefix for GitHub project pages, e.g. /rollbook. Always starts with `/`. */
  base: string;
  /** Prefix of "edit this file" links, up to the repository root, e.g. https://github.com/o/r/edit/main/. */
  editUrl?: string;
  /** The build's clock, ISO 8601 (ROLLBOOK_NOW, default: when the settings were read): the status's age. */
  now: string;
  /** Rows per page of the home page's plan list and the lessons index (ROLLBOOK_PAGE_SIZE). */
  pageSize: number;
}

type Env = Readonly<Record<string, string | undefined>>;

const nonEmpty = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);
/** Relative paths in settings are relative to the directory the command runs in, like any CLI argument. */
const absolute = (path: string, cwd: string) => (isAbsolute(path) ? path : resolve(cwd, path));

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}`;
}

/**
 * Resolves the settings. `siteRoot` (the folder of astro.config.mjs) gives the default source
 * folder, ../playbooks; it is a parameter because bundled page code cannot locate itself.
 */
export function readSiteOptions(env: Env, cwd: string, siteRoot: string): SiteOptions {
  const playbooks = absolute(nonEmpty(env.ROLLBOOK_PLAYBOOKS) ?? resolve(siteRoot, '../playbooks'), cwd);
  const repoRoot = absolute(nonEmpty(env.ROLLBOOK_REPO_ROOT) ?? dirname(playbooks), cwd);
  const now = nonEmpty(env.ROLLBOOK_NOW) ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(now))) throw new Error(`ROLLBOOK_NOW must be an ISO 8601 time, got "${now}"`);
  // The calendar starts on the build's day unless told otherwise (the pages say so).
  const start = nonEmpty(env.ROLLBOOK_START) ?? todayUtc(new Date(now));
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/.test(start)) {
    throw new Error(
      `ROLLBOOK_START must be YYYY-MM-DD or a time with Z or an offset (2026-11-02T09:00Z), got "${start}"`,
    );
  }
  if (!existsSync(playbooks))
    throw new Error(`the playbooks folder ${playbooks} does not exist (set ROLLBOOK_PLAYBOOKS)`);
  const pageSize = Number(nonEmpty(env.ROLLBOOK_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE);
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new Error(`ROLLBOOK_PAGE_SIZE must be a whole number of 1 or more, got "${env.ROLLBOOK_PAGE_SIZE}"`);
  }
  const options: SiteOptions = { playbooks, repoRoot, start, base: normalizeBase(env.ROLLBOOK_BASE), now, pageSize };
  const lessons = nonEmpty(env.ROLLBOOK_LESSONS);
  if (lessons) options.lessons = absolute(lessons, cwd);
  const statusFile = nonEmpty(env.ROLLBOOK_STATUS);
  if (statusFile) options.statusFile = absolute(statusFile, cwd);
  const portfolioFile = nonEmpty(env.ROLLBOOK_PORTFOLIO);
  if (portfolioFile) options.portfolioFile = absolute(portfolioFile, cwd);
  const site = nonEmpty(env.ROLLBOOK_SITE);
  if (site) options.site = site;
  const editUrl = nonEmpty(env.ROLLBOOK_EDIT_URL);
  if (editUrl) options.editUrl = editUrl.endsWith('/') ? editUrl : `${editUrl}/`;
  return options;
}

/**
 * astro.config.mjs resolves the settings once and writes them back as absolute values, so the
 * content loaders and pages (bundled by Vite, run in the same process) read identical settings,
 * including the same "today" for the calendar.
 */
export function exportToEnv(options: SiteOptions, env: Record<string, string | undefined> = process.env): void {
  env.ROLLBOOK_PLAYBOOKS = options.playbooks;
  env.ROLLBOOK_REPO_ROOT = options.repoRoot;
  env.ROLLBOOK_START = options.start;
  env.ROLLBOOK_BASE = options.base;
  env.ROLLBOOK_NOW = options.now;
  env.ROLLBOOK_PAGE_SIZE = String(options.pageSize);
  if (options.lessons) env.ROLLBOOK_LESSONS = options.lessons;
  if (options.statusFile) env.ROLLBOOK_STATUS = options.statusFile;
  if (options.portfolioFile) env.ROLLBOOK_PORTFOLIO = options.portfolioFile;
  if (options.site) env.ROLLBOOK_SITE = options.site;
  if (options.editUrl) env.ROLLBOOK_EDIT_URL = options.editUrl;
}

/** Is the projected calendar's start the build's own day (ROLLBOOK_START not given, or given as today)? */
export function startIsBuildDay(options: Pick<SiteOptions, 'start' | 'now'>): boolean {
  return options.start === todayUtc(new Date(options.now));
}

/** The settings as astro.config.mjs resolved them. */
export function siteOptions(env: Env = process.env): SiteOptions {
  if (!env.ROLLBOOK_PLAYBOOKS || !isAbsolute(env.ROLLBOOK_PLAYBOOKS)) {
    throw new Error('site options are not resolved: build through site/astro.config.mjs');
  }
  return readSiteOptions(env, env.ROLLBOOK_REPO_ROOT ?? '/', env.ROLLBOOK_REPO_ROOT ?? '/');
}
