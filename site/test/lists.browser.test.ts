// The long lists (the home page's plans, the lessons index) in a real Chromium, on a generated
// corpus (site/bench/corpus.ts) of 12 plans and 12 lessons with a status file, committed to git
// one plan at a time on different days, and built with pages of 5 rows: plans in flight first,
// then by last commit; filters kept in the URL through reloads and Back; the later pages and
// "Show more" reached by keyboard; axe and narrow screens with the new controls. The first-view
// size at 1,000 plans and 500 lessons is measured by the bench (site/bench/site-bench.ts).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planName, planStatus, statusFile, writeCorpus } from '../bench/corpus.ts';
import { injectAxe, seriousViolations } from './helpers/axe.ts';
import { type BuildResult, buildSiteOrThrow } from './helpers/build-site.ts';
import { type PageOptions, pageFactory, testBrowser } from './helpers/chromium.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

const BASE = '/lists/';
const PLANS = 12;
const LESSONS = 12;
const PAGE_SIZE = 5;
/** Hang guard for waits that poll (a filter fetching every row); never a speed requirement. */
const SETTLE_TIMEOUT_MS = 60_000;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 740 };

let work: string;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;
/** Plan names in the order the home page must list them. */
let expectedOrder: string[];
let servicesOf: Map<string, string[]>;

/** Plan i's commit day: a permutation of 12 days, so commit order is neither name nor title order. */
const commitDay = (i: number) => `2026-01-${String(1 + ((i * 5) % PLANS)).padStart(2, '0')}T12:00:00Z`;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rollbook-lists-'));
  const corpus = await writeCorpus(work, PLANS, LESSONS);
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: work,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  git(['init', '-q']);
  git(['config', 'user.email', 'test@example.com']);
  git(['config', 'user.name', 'Test']);
  git(['add', 'playbooks/lessons', 'status.json']);
  git(['commit', '-q', '-m', 'lessons'], '2025-12-01T12:00:00Z');
  for (let i = 0; i < PLANS; i++) {
    git(['add', `playbooks/${planName(i)}.rollout.yaml`]);
    git(['commit', '-q', '-m', `plan ${i}`], commitDay(i));
  }
  const status = statusFile(PLANS);
  const inFlight = (i: number) => {
    const s = status.plans[planName(i)];
    return s !== undefined && s.state !== 'done';
  };
  expectedOrder = Array.from({ length: PLANS }, (_, i) => i)
    .sort((a, b) => Number(inFlight(b)) - Number(inFlight(a)) || commitDay(b).localeCompare(commitDay(a)))
    .map(planName);
  servicesOf = new Map(
    Array.from({ length: PLANS }, (_, i) => [planName(i), [`svc-${i % 17}`, `svc-${(i + 3) % 17}`]]),
  );
  [build, browser] = await Promise.all([
    buildSiteOrThrow({
      playbooks: corpus.playbooks,
      statusFile: corpus.status,
      base: BASE,
      now: '2026-01-20T12:00:00Z',
      pageSize: PAGE_SIZE,
    }),
    testBrowser(),
  ]);
  server = await serveStatic(build.outDir, BASE);
  newPage = await pageFactory(browser, {
    colorScheme: 'light',
    viewport: DESKTOP,
    loopbackOnly: true,
    site: server.url,
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await build?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A page of the test's own (helpers/chromium.ts pageFactory); nothing may leave 127.0.0.1. */
let newPage: (options?: PageOptions) => Promise<Page>;

async function visit(page: Page, path: string): Promise<Page> {
  await page.goto(new URL(path, server.url).href);
  return page;
}

/** A plan the status file does not list (bench-plan-0007 is plan 7). */
const notStarted = (name: string) => planStatus(Number(name.slice(-4)), '') === undefined;

/** The plan names the page's plan table shows, in order. */
const planRows = (page: Page) =>
  page
    .locator('#plan-table tbody tr td.plan-name a')
    .evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.split('/').at(-2)!)));

/** Waits until the filter's count says `text` (the rows are in place by then). */
async function countSays(page: Page, id: string, text: string | RegExp): Promise<void> {
  await expect
    .poll(() => page.locator(`#${id}-count`).textContent(), { timeout: SETTLE_TIMEOUT_MS })
    .toMatch(typeof text === 'string' ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : text);
}

describe('plan list', () => {
  test('lists plans in flight first, then by last commit, a page at a time; the one-page version has them all', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const seen: string[] = [];
    for (const path of ['', 'page/2/', 'page/3/']) {
      await visit(page, path);
      const rows = await planRows(page);
      expect(rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...rows);
    }
    expect(seen).toEqual(expectedOrder);
    await visit(page, 'page/all/');
    expect(await planRows(page)).toEqual(expectedOrder);
    // The order is not the alphabetical one (the test would prove nothing otherwise).
    expect(expectedOrder).not.toEqual([...expectedOrder].sort());
  });

  test('the first view holds one page of rows whatever the number of plans, and works without JavaScript', async () => {
    const html = await readFile(join(build.outDir, 'index.html'), 'utf8');
    const linked = expectedOrder.filter((name) => html.includes(`href="${BASE}plans/${name}/"`));
    expect(linked).toEqual(expectedOrder.slice(0, PAGE_SIZE));
    const page = await visit(await newPage({ javaScriptEnabled: false }), '');
    expect(await page.locator('#plan-filters').isVisible()).toBe(false);
    const pager = page.getByRole('navigation', { name: 'Pages of plans' });
    expect(await pager.getByRole('link').allTextContents()).toEqual([
      `All ${PLANS} on one page`,
      '1',
      '2',
      '3',
      'Next page',
    ]);
    expect(await pager.locator('a[aria-current="page"]').textContent()).toBe('1');
  });

  test('filters by service, state and text; the URL keeps them through a reload, and Back undoes them one by one', async () => {
    const service = 'svc-3';
    const page = await visit(await newPage(), '');
    await expect.poll(() => page.locator('#plan-filters').isVisible(), { timeout: SETTLE_TIMEOUT_MS }).toBe(true);
    const withService = expectedOrder.filter((n) => servicesOf.get(n)!.includes(service));
    await page.selectOption('#plan-filters select[name="service"]', service);
    await countSays(page, 'plan-filters', `${withService.length} of ${PLANS} plans`);
    expect(await planRows(page)).toEqual(withService.slice(0, PAGE_SIZE));
    expect(new URL(page.url()).search).toBe(`?service=${service}`);
    expect(await page.locator('#plan-pager').isVisible()).toBe(false);

    await page.selectOption('#plan-filters select[name="state"]', 'not-started');
    const both = withService.filter(notStarted);
    await countSays(page, 'plan-filters', `${both.length} of ${PLANS} plans`);
    expect(await planRows(page)).toEqual(both);
    expect(new URL(page.url()).search).toBe(`?service=${service}&state=not-started`);

    await page.reload();
    await countSays(page, 'plan-filters', `${both.length} of ${PLANS} plans`);
    expect(await planRows(page)).toEqual(both);
    expect(await page.locator('#plan-filters select[name="service"]').inputValue()).toBe(service);
    expect(await page.locator('#plan-filters select[name="state"]').inputValue()).toBe('not-started');

    await page.goBack();
    await countSays(page, 'plan-filters', `${withService.length} of ${PLANS} plans`);
    expect(new URL(page.url()).search).toBe(`?service=${service}`);
    expect(await page.locator('#plan-filters select[name="state"]').inputValue()).toBe('');
    await page.goBack();
    await countSays(page, 'plan-filters', `${PLANS} plans`);
    expect(await planRows(page)).toEqual(expectedOrder.slice(0, PAGE_SIZE));
    expect(await page.locator('#plan-pager').isVisible()).toBe(true);

    // Text: every word must appear in the row, in any case; typing a phrase is one history entry.
    const all = await visit(await newPage({ javaScriptEnabled: false }), 'page/all/');
    const withWords = await all
      .locator('#plan-table tbody tr')
      .evaluateAll((trs) =>
        trs
          .filter((tr) => ['plan', '11'].every((w) => tr.textContent!.toLowerCase().includes(w)))
          .map((tr) => tr.querySelector('td.plan-name a')!.getAttribute('href')!.split('/').at(-2)!),
      );
    expect(withWords.length).toBeGreaterThan(0);
    expect(withWords.length).toBeLessThan(PLANS);
    await page.locator('#plan-filters input[name="q"]').pressSequentially('Plan 11');
    await countSays(page, 'plan-filters', `${withWords.length} of ${PLANS} plans`);
    expect(await planRows(page)).toEqual(withWords.slice(0, PAGE_SIZE));
    expect(new URL(page.url()).searchParams.get('q')).toBe('Plan 11');
    await page.goBack();
    await countSays(page, 'plan-filters', `${PLANS} plans`);
    expect(new URL(page.url()).search).toBe('');
  });

  test('a filter with more matches than a page shows a "Show more" button, reached and pressed from the keyboard', async () => {
    const page = await visit(await newPage(), '?state=not-started');
    const matches = expectedOrder.filter(notStarted);
    expect(matches.length).toBeGreaterThan(PAGE_SIZE);
    await countSays(page, 'plan-filters', `${matches.length} of ${PLANS} plans`);
    expect(await planRows(page)).toEqual(matches.slice(0, PAGE_SIZE));
    await page.locator('#plan-table tbody tr td.plan-name a').last().focus();
    await page.keyboard.press('Tab'); // the owners cell has no link; the phase cell is a dash here
    const more = page.locator('#plan-table-more');
    expect(await more.evaluate((b) => document.activeElement === b)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => planRows(page), { timeout: SETTLE_TIMEOUT_MS }).toEqual(matches.slice(0, 2 * PAGE_SIZE));
    // Focus moves to the first row it added, so the reader goes on from there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      `${BASE}plans/${matches[PAGE_SIZE]}/`,
    );
  });

  test('the pager is reached by keyboard and leads to the next page', async () => {
    const page = await visit(await newPage(), '');
    await page.locator('#plan-table tbody tr td.plan-name a').first().focus();
    // Tab on through the rows' links until the focus leaves the table.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !document.activeElement?.closest('#plan-table'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe(
      'Pages of plans',
    );
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Next page'; i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}page/2/`);
    expect(await planRows(page)).toEqual(expectedOrder.slice(PAGE_SIZE, 2 * PAGE_SIZE));
  });
});

describe('lesson list', () => {
  test('filters by trigger, kept in the URL through a reload; newest first, a page at a time', async () => {
    const page = await visit(await newPage(), 'lessons/');
    const rows = () => page.locator('#lesson-table tbody tr').count();
    expect(await rows()).toBe(PAGE_SIZE);
    const trigger = await page.locator('#lesson-table tbody tr').first().getAttribute('data-trigger');
    await expect.poll(() => page.locator('#lesson-filters').isVisible(), { timeout: SETTLE_TIMEOUT_MS }).toBe(true);
    await page.selectOption('#lesson-filters select[name="trigger"]', trigger!);
    const all = await visit(await newPage({ javaScriptEnabled: false }), 'lessons/page/all/');
    const dates = await all.locator('#lesson-table tbody td.date').allTextContents();
    expect(dates).toEqual([...dates].sort().reverse());
    const ofTrigger = await all.locator(`#lesson-table tbody tr[data-trigger="${trigger}"]`).count();
    expect(ofTrigger).toBeGreaterThan(0);
    await countSays(page, 'lesson-filters', `${ofTrigger} of ${LESSONS} lessons`);
    expect(new URL(page.url()).search).toBe(`?trigger=${trigger}`);
    await page.reload();
    await countSays(page, 'lesson-filters', `${ofTrigger} of ${LESSONS} lessons`);
    expect(await page.locator('#lesson-table tbody tr').count()).toBe(Math.min(ofTrigger, PAGE_SIZE));
    // Without JavaScript, the trigger's own page lists the same lessons.
    await visit(all, `lessons/trigger/${trigger}/`);
    expect(await all.locator('#lesson-table tbody tr').count()).toBe(ofTrigger);
  });
});

describe('accessibility and narrow screens', () => {
  test.each([
    ['the home page, filtered, with "Show more"', '?state=not-started', 'plan-filters'],
    ['the lessons index with its pager', 'lessons/', 'lesson-filters'],
  ])('axe finds no serious or critical violations on %s at 1440 and 390 px', async (_name, path, form) => {
    const page = await newPage();
    await visit(page, path);
    await expect.poll(() => page.locator(`#${form}`).isVisible(), { timeout: SETTLE_TIMEOUT_MS }).toBe(true);
    await countSays(page, form, /\d/);
    await injectAxe(page);
    const found: Record<string, string[]> = {};
    // At 390 px, colour contrast runs again where the resize changed what it depends on (ADR 58).
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      found[viewport.width] = await seriousViolations(page, 'light');
    }
    expect(found).toEqual({ 1440: [], 390: [] });
  });

  test('no list page is wider than a 360 px screen, filters shown and set', async () => {
    const page = await newPage({ viewport: SMALL_PHONE });
    const wide: string[] = [];
    for (const path of [
      '',
      '?state=not-started',
      'page/2/',
      'page/all/',
      'lessons/',
      'lessons/page/2/',
      'lessons/page/all/',
      'lessons/service/svc-1/',
    ]) {
      await visit(page, path);
      if (path.startsWith('?')) await countSays(page, 'plan-filters', /of/);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > SMALL_PHONE.width) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });
});
