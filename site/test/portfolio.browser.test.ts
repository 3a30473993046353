// The organisation portfolio pages (ROLLBOOK_PORTFOLIO) in a real Chromium: a generated portfolio
// (site/bench/portfolio-corpus.ts) with hostile text written into every field a plan, a lesson
// or a repository error carries, and two plans of different repositories on one hostile service
// in one window, so an overlap warning names it. Each page is loaded once and resized and
// switched between colour schemes and print (ADR 36).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findOverlaps, type PortfolioFile } from '../../action/src/site-api.ts';
import { portfolioFixture } from '../bench/portfolio-corpus.ts';
import { injectAxe, seriousViolations } from './helpers/axe.ts';
import { type BuildResult, buildSiteOrThrow } from './helpers/build-site.ts';
import { type PageOptions, pageFactory, testBrowser } from './helpers/chromium.ts';
import { hoverEach } from './helpers/hover.ts';
import { findBrokenLinks } from './helpers/html-links.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

const LOCAL_PLAYBOOKS = join(import.meta.dirname, 'fixtures/hostile');
const PAGE_SIZE = 5;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Hang guard for waits that poll (a theme switch). */
const SETTLE_TIMEOUT_MS = 60_000;

const payload = (where: string) => `<script>window.__pwned='${where}';alert('${where}')</script>`;
const HOSTILE = {
  title: `</title>${payload('plan-title')}<img src=x onerror="window.__pwned='img'"> Hostile cart`,
  owner: `@acme/<b onmouseover="window.__pwned='owner'">web</b>`,
  service: `svc-<svg onload="window.__pwned='service'">`,
  freezeReason: `Launch ${payload('freeze')}`,
  lessonTitle: `</td>${payload('lesson-title')} Hostile lesson`,
  error: `acme/repo-x could not be read: ${payload('error')}`,
  invalid: `plan.rollout.yaml:1:1 ${payload('diagnostic')}`,
  ramp: `Ramp: stage 2 of 4 ${payload('ramp')}`,
};

/** A generated portfolio with hostile text in plan, lesson and error fields, overlaps found again. */
function hostilePortfolio(): PortfolioFile {
  const file = portfolioFixture({ repositories: 6, plansPerRepository: 3, collectedAt: '2026-12-01T09:00Z' });
  const [a, b, c] = file.repositories;
  const target = a!.plans[0]!;
  target.title = HOSTILE.title;
  target.owners = [HOSTILE.owner];
  target.services = [HOSTILE.service];
  target.url = "javascript:window.__pwned='url'";
  target.status = {
    phase: 'canary',
    state: 'in-progress',
    verdict: 'HOLD',
    ramp: { stage: 2, of: 4, waiting: 'hold', says: HOSTILE.ramp },
  };
  // Another team's plan on the same service, in the same window: the overlap warning.
  const other = b!.plans[0]!;
  other.services = [HOSTILE.service];
  other.phases = target.phases.map((p) => ({ ...p }));
  other.freezes = [{ name: 'launch', from: '2026-12-01', to: '2026-12-03', reason: HOSTILE.freezeReason }];
  other.status = { phase: 'canary', state: 'in-progress', verdict: 'PROMOTE' };
  c!.plans[1]!.invalid = [HOSTILE.invalid];
  c!.plans[1]!.status = undefined;
  file.repositories.push({
    repository: 'acme/repo-x',
    url: 'data:text/html,x',
    defaultBranch: 'main',
    plans: [],
    error: HOSTILE.error,
  });
  file.lessons[0]!.title = HOSTILE.lessonTitle;
  file.lessons[0]!.url = "javascript:window.__pwned='lesson-url'";
  file.overlaps = findOverlaps(file.repositories);
  return file;
}

/** Each list's first page, the rollouts' one-page version (the plan that does not validate is last), the overlaps. */
const PAGES = ['portfolio/', 'portfolio/page/all/', 'portfolio/calendar/', 'portfolio/lessons/', 'portfolio/overlaps/'];

let portfolio: PortfolioFile;
let work: string;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  portfolio = hostilePortfolio();
  work = await mkdtemp(join(tmpdir(), 'rollbook-portfolio-'));
  const portfolioFile = join(work, 'portfolio.json');
  await writeFile(portfolioFile, JSON.stringify(portfolio));
  [build, browser] = await Promise.all([
    buildSiteOrThrow({ playbooks: LOCAL_PLAYBOOKS, portfolioFile, pageSize: PAGE_SIZE }),
    testBrowser(),
  ]);
  server = await serveStatic(build.outDir, '/');
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

/**
 * A page of the test's own in the file's one context (helpers/chromium.ts pageFactory, ADR 56),
 * closed when the test ends; nothing may leave 127.0.0.1.
 */
let newPage: (options?: PageOptions) => Promise<Page>;

async function inScheme(page: Page, scheme: 'dark' | 'light'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme), { timeout: SETTLE_TIMEOUT_MS })
    .toBe(scheme);
}

describe('portfolio', () => {
  test('the first page warns of the overlap on the hostile service and links both plans', async () => {
    const page = await newPage();
    await page.goto(new URL('portfolio/', server.url).href);
    const warning = page.locator('li.overlap[data-kind="same-service"]', { hasText: HOSTILE.service });
    expect(await warning.count()).toBeGreaterThanOrEqual(1);
    const text = (await warning.first().textContent()) ?? '';
    expect(text).toContain('Same service, same window');
    expect(text).toContain(`${HOSTILE.service}: acme/repo-000/plan-0`);
    expect(text).toContain('acme/repo-001/plan-0');
    // The plan with a javascript: URL is named but not linked; the other links to its file.
    const links = await warning
      .first()
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href?.startsWith('https://github.com/acme/repo-001/'))).toBe(true);
    // The freeze the other team declared on that service is crossed too.
    const freeze = await page
      .goto(new URL('portfolio/overlaps/', server.url).href)
      .then(() => page.locator('li.overlap[data-kind="crosses-freeze"]', { hasText: 'acme/repo-000/plan-0' }).count());
    expect(freeze).toBeGreaterThanOrEqual(1);
  });

  test('hostile text is shown as text on every page, and none of it runs', async () => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const shown: string[] = [];
    for (const path of PAGES) {
      await page.goto(new URL(path, server.url).href);
      await hoverEach(page, page.locator('main a, main b, main td, main li'));
      const found = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        javascriptUrls: [...document.querySelectorAll('main [href], main [src]')]
          .flatMap((el) => [el.getAttribute('href') ?? '', el.getAttribute('src') ?? ''])
          .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v)),
        handlers: [...document.querySelectorAll('main *')].flatMap((el) =>
          el.getAttributeNames().filter((n) => /^on/i.test(n)),
        ),
        injected: document.querySelectorAll('main script, main img, main iframe, main object').length,
        text: document.querySelector('main')?.textContent ?? '',
      }));
      const { text, ...ran } = found;
      expect({ path, ...ran }).toEqual({ path, pwned: null, javascriptUrls: [], handlers: [], injected: 0 });
      shown.push(text);
    }
    expect(dialogs).toEqual([]);
    const all = shown.join('\n');
    for (const [field, text] of Object.entries(HOSTILE)) expect(all, field).toContain(text);
  });

  test('rollouts in flight come first, a page at a time, with owners and verdicts', async () => {
    const page = await newPage();
    await page.goto(new URL('portfolio/', server.url).href);
    const rows = page.locator('table.portfolio-rollouts tbody tr');
    expect(await rows.count()).toBe(PAGE_SIZE);
    const inFlight = portfolio.repositories
      .flatMap((r) => r.plans)
      .filter((p) => p.status && p.status.state !== 'done');
    const progress = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-progress')));
    expect(progress).toEqual(Array(Math.min(PAGE_SIZE, inFlight.length)).fill('in-flight'));
    const first = (await rows.first().textContent()) ?? '';
    expect(first).toContain(HOSTILE.title);
    expect(first).toContain(HOSTILE.owner);
    expect(await rows.first().locator('.rollout-note').textContent()).toBe(HOSTILE.ramp);
    expect(await rows.first().locator('.sl-badge').textContent()).toBe('HOLD');
    await page.locator('nav.pager a[rel="next"]').click();
    await page.waitForURL('**/portfolio/page/2/', { timeout: SETTLE_TIMEOUT_MS });
    expect(await page.locator('table.portfolio-rollouts tbody tr').count()).toBeGreaterThan(0);
  });

  test.each(PAGES)(
    '%s fits 390×844 and 1440×900, light and dark, and print, with no serious axe violation',
    async (path) => {
      const page = await newPage();
      await page.goto(new URL(path, server.url).href);
      await injectAxe(page);
      const problems: string[] = [];
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        for (const scheme of ['light', 'dark'] as const) {
          await inScheme(page, scheme);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > viewport.width) problems.push(`${viewport.width} px ${scheme}: ${width} px wide`);
          // At 1440 px, colour contrast runs again where the resize changed its inputs (helpers/axe.ts, ADR 58).
          for (const found of await seriousViolations(page, scheme))
            problems.push(`${viewport.width} px ${scheme}: axe ${found}`);
        }
      }
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const printed = await page.evaluate(() => {
        const main = document.querySelector('main');
        const box = main?.getBoundingClientRect();
        return { width: document.documentElement.scrollWidth, mainShown: !!box && box.width > 0 && box.height > 0 };
      });
      if (!printed.mainShown) problems.push('print: the content is hidden');
      if (printed.width > DESKTOP.width) problems.push(`print: ${printed.width} px wide`);
      expect(problems).toEqual([]);
    },
  );

  test('every internal link of the build resolves', async () => {
    expect((await findBrokenLinks(build.outDir, '/')).broken).toEqual([]);
  });
});
