// The playbook site in a real Chromium: built once from the repository's example plans and the
// fixture lessons, served under a project-pages base path, then browsed like a person would.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../action/src/config/load.ts';
import { checkPlans } from '../../action/src/workspace/check-plans.ts';
import { type BuildResult, buildSiteOrThrow, REPO_ROOT } from './helpers/build-site.ts';
import { AXE_PATH, launchChromium } from './helpers/chromium.ts';
import { findBrokenLinks } from './helpers/html-links.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

const BASE = '/rollbook/';
const FIXTURES = join(import.meta.dirname, 'fixtures');
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/site');

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
let planNames: string[];

beforeAll(async () => {
  const { config } = await loadConfig(REPO_ROOT);
  const checked = await checkPlans(['playbooks'], { cwd: REPO_ROOT, config, start: '2026-12-01' });
  planNames = checked.plans.flatMap((p) => (p.plan ? [p.plan.metadata.name] : []));
  [build, browser] = await Promise.all([
    buildSiteOrThrow({
      playbooks: join(REPO_ROOT, 'playbooks'),
      lessons: join(FIXTURES, 'lessons'),
      statusFile: join(FIXTURES, 'status.json'),
      base: BASE,
      editUrl: 'https://github.com/acme/rollbook/edit/main/',
    }),
    launchChromium(),
  ]);
  server = await serveStatic(build.outDir, BASE);
  await mkdir(ARTIFACTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, colorScheme: 'dark' | 'light' = 'dark'): Promise<Page> {
  const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
  // Nothing may leave 127.0.0.1: no fonts, no telemetry, no CDN.
  await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  await page.goto(new URL(path, server.url).href);
  return page;
}

describe('home', () => {
  test('lists every plan with owners, services, and the verdict from the status file', async () => {
    const page = await open('');
    const rows = page.locator('table.plans tbody tr');
    expect(await rows.count()).toBe(planNames.length);
    const row = rows.filter({ has: page.locator(`a[href="${BASE}plans/group-orders/"]`) });
    await expect.poll(() => row.textContent()).toContain('@acme/orders-team');
    expect(await row.textContent()).toContain('cart-service');
    expect(await row.locator(`a[href="${BASE}plans/group-orders/#phase-dogfood"]`).textContent()).toContain(
      'All pods on the new build',
    );
    expect(await row.locator('.sl-badge').textContent()).toBe('HOLD');
    await page.close();
  });
});

describe('navigation', () => {
  test('home → plan → phase anchor → lesson → back to the plan', async () => {
    const page = await open('');
    await page.locator(`table.plans a[href="${BASE}plans/group-orders/"]`).click();
    await page.waitForURL(`${server.url}plans/group-orders/`);
    expect(await page.locator('h1').textContent()).toContain('Group orders');

    // The diagram's box for the dogfood phase jumps to the phase section.
    await page.locator('svg.phase-flow a[href="#phase-dogfood"]').click();
    await page.waitForURL(/#phase-dogfood$/);
    const heading = page.locator('#phase-dogfood');
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(300);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);

    // The phase's guards link to the lesson they came from.
    const section = page.locator('section.phase', { has: heading });
    await section.locator(`a[href="${BASE}lessons/L-TEST-01/"]`).first().click();
    await page.waitForURL(`${server.url}lessons/L-TEST-01/`);
    expect(await page.locator('h1').textContent()).toContain('A flag ramp without a tested kill switch');

    // The lesson links back to the plan and the phases its guards touch.
    await page.locator(`.backlinks a[href="${BASE}plans/group-orders/#phase-dogfood"]`).click();
    await page.waitForURL(`${server.url}plans/group-orders/#phase-dogfood`);
    expect(await page.locator('#phase-dogfood').textContent()).toContain('All pods on the new build');

    await page.goBack();
    await page.waitForURL(`${server.url}lessons/L-TEST-01/`);
    await page.close();
  });
});

describe('search', () => {
  test('finds a plan by its flag key', async () => {
    const page = await open('');
    await page.locator('button[data-open-modal]').click();
    await page.locator('site-search dialog input').fill('payments.read-amount-minor');
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toBe(`${BASE}plans/charge-amount-minor-units/`);
    await page.close();
  });
});

describe('plan page', () => {
  test('has a labelled phase diagram with one linked box per phase', async () => {
    const page = await open('plans/group-orders/');
    const diagram = page.getByRole('group', { name: /^Phase flow: 5 phases, from staging to production$/ });
    await expect.poll(() => diagram.count()).toBe(1);
    const boxes = diagram.getByRole('link');
    expect(await boxes.count()).toBe(5);
    expect(await boxes.first().getAttribute('aria-label')).toBe(
      '1. Staging, flag off then on, with the 8.14 release candidate, staging · rolling, bake 2d',
    );
    expect(await page.locator('svg.phase-flow desc').textContent()).toContain('then 2.');
    await page.close();
  });

  test('shows steps with rollbacks, gates, sign-offs, calendar and an edit link', async () => {
    const page = await open('plans/group-orders/');
    const dogfood = page.locator('section.phase', { has: page.locator('#phase-dogfood') });
    const employees = dogfood.locator('#phase-dogfood-step-employees');
    expect(await employees.locator('.rollback').textContent()).toContain('Kill the flag');
    expect(await dogfood.textContent()).toContain('1 sign-off from @acme/product-leads, @acme/sre-leads');
    expect(await dogfood.locator('.guards').textContent()).toContain('Why: L-TEST-01');
    expect(await page.locator('#calendar + p + table tbody tr').count()).toBe(5);
    expect(
      await page
        .locator('a[href^="https://github.com/acme/rollbook/edit/main/playbooks/group-orders.rollout.yaml"]')
        .count(),
    ).toBe(1);
    await page.close();
  });

  test('ships no JavaScript beyond what a plain Starlight page ships', async () => {
    const scripts = async (path: string) => {
      const page = await open(path);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? `inline:${s.textContent?.length}`),
      );
      await page.close();
      return found.sort();
    };
    const guide = await scripts('guide/');
    for (const name of planNames) expect(await scripts(`plans/${name}/`)).toEqual(guide);
  });
});

describe('accessibility', () => {
  const pages = ['', 'plans/group-orders/', 'lessons/', 'lessons/L-TEST-01/', 'rules/', 'guide/', 'no-such-page/'];
  for (const scheme of ['dark', 'light'] as const) {
    test.each(pages)(`axe finds no serious or critical violations on /%s (${scheme})`, async (path) => {
      const page = await open(path, scheme);
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above.
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v: { id: string; nodes: { target: string[] }[] }) =>
              `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});

describe('lessons index', () => {
  test('filters by trigger, severity and service with the inline script', async () => {
    const page = await open('lessons/');
    const visible = () => page.locator('#lesson-table tbody tr:not([hidden])').count();
    expect(await page.locator('#lesson-filters').isVisible()).toBe(true);
    expect(await visible()).toBe(3);
    await page.selectOption('select[data-filter="trigger"]', 'config-push');
    expect(await visible()).toBe(1);
    await page.selectOption('select[data-filter="trigger"]', '');
    await page.selectOption('select[data-filter="service"]', 'order-service');
    expect(await visible()).toBe(1);
    await page.selectOption('select[data-filter="severity"]', 'sev2');
    expect(await visible()).toBe(0);
    expect(await page.locator('#lesson-filter-count').textContent()).toBe('0 of 3 lessons');
    expect(await page.getByRole('img', { name: /Lessons by trigger/ }).count()).toBe(1);
    await page.close();
  });

  test('works without JavaScript: the filter form stays hidden and the browse lists link every lesson', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('lessons/', server.url).href);
    expect(await page.locator('#lesson-filters').isVisible()).toBe(false);
    expect(await page.locator('#trigger-config-push + ul a').count()).toBe(1);
    expect(await page.locator('#severity-sev2 + ul a').count()).toBe(2);
    await context.close();
  });
});

describe('screenshots', () => {
  test('of the plan page and the lessons page, kept under test-artifacts/site', async () => {
    for (const [path, name] of [
      ['plans/group-orders/', 'plan-page'],
      ['lessons/', 'lessons-page'],
    ] as const) {
      for (const scheme of ['dark', 'light'] as const) {
        const page = await open(path, scheme);
        const file = join(ARTIFACTS, `${name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect((await readFile(file)).length).toBeGreaterThan(10_000);
        await page.close();
      }
    }
  });
});

describe('links', () => {
  test('every internal href and src resolves to a file, and every fragment to an id', async () => {
    const { checked, broken } = await findBrokenLinks(build.outDir, BASE);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  test('nothing was requested outside the base path', () => {
    expect(server.requests.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });
});
