// The playbook site in a real Chromium: built once from the repository's own playbooks (plans
// and lessons), served under a project-pages base path, then browsed like a person would.
// Expectations come from the engine's reading of the same files, not from hard-coded content.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuildResult, buildSiteOrThrow, REPO_ROOT } from './helpers/build-site.ts';
import { AXE_PATH, testBrowser } from './helpers/chromium.ts';
import { findBrokenLinks } from './helpers/html-links.ts';
import { guardedPhase, type Playbooks, readPlaybooks } from './helpers/playbooks.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

const BASE = '/rollbook/';
const START = '2026-12-01';
const STATUS = join(import.meta.dirname, 'fixtures/status.json');
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/site');

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
let playbooks: Playbooks;

beforeAll(async () => {
  playbooks = await readPlaybooks(REPO_ROOT, START);
  [build, browser] = await Promise.all([
    buildSiteOrThrow({
      playbooks: join(REPO_ROOT, 'playbooks'),
      statusFile: STATUS,
      base: BASE,
      start: START,
      editUrl: 'https://github.com/acme/rollbook/edit/main/',
    }),
    testBrowser(),
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
  test('lists every plan with owners, services, and the phase and verdict from the status file', async () => {
    const status = JSON.parse(await readFile(STATUS, 'utf8')) as {
      plans: Record<string, { phase: string; verdict: string }>;
    };
    const page = await open('');
    expect(await page.locator('table.plans tbody tr').count()).toBe(playbooks.plans.length);
    for (const plan of playbooks.plans) {
      const { name } = plan.metadata;
      const row = page.locator('table.plans tbody tr', { has: page.locator(`a[href="${BASE}plans/${name}/"]`) });
      const text = await row.textContent();
      expect(text).toContain(plan.metadata.owners[0]);
      expect(text).toContain(plan.metadata.services[0]);
      const current = status.plans[name];
      if (!current) continue;
      const phase = plan.phases.find((p) => p.id === current.phase);
      if (!phase) throw new Error(`fixtures/status.json names phase "${current.phase}", which ${name} no longer has`);
      expect(await row.locator(`a[href="${BASE}plans/${name}/#phase-${phase.id}"]`).textContent()).toBe(phase.title);
      expect(await row.locator('.sl-badge').textContent()).toBe(current.verdict);
    }
    await page.close();
  });
});

describe('navigation', () => {
  test('home → plan → phase anchor → lesson → back to the plan', async () => {
    const { plan, phaseId, lessonId } = guardedPhase(playbooks);
    const { name } = plan.metadata;
    const page = await open('');
    await page.locator(`table.plans a[href="${BASE}plans/${name}/"]`).click();
    await page.waitForURL(`${server.url}plans/${name}/`);
    expect(await page.locator('h1').textContent()).toBe(plan.metadata.title);

    // The diagram's box for the phase jumps to the phase section.
    await page.locator(`svg.phase-flow a[href="#phase-${phaseId}"]`).click();
    await page.waitForURL(new RegExp(`#phase-${phaseId}$`));
    const heading = page.locator(`#phase-${phaseId}`);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);

    // The phase's guards link to the lesson they came from.
    const section = page.locator('section.phase', { has: heading });
    await section.locator(`.guards a[href="${BASE}lessons/${lessonId}/"]`).first().click();
    await page.waitForURL(`${server.url}lessons/${lessonId}/`);
    expect(await page.locator('h1').textContent()).toContain(lessonId);

    // The lesson links back to the plan and the phases its guards touch.
    await page.locator(`.backlinks a[href="${BASE}plans/${name}/#phase-${phaseId}"]`).click();
    await page.waitForURL(`${server.url}plans/${name}/#phase-${phaseId}`);
    const title = plan.phases.find((p) => p.id === phaseId)!.title;
    expect(await page.locator(`#phase-${phaseId}`).textContent()).toContain(title);

    await page.goBack();
    await page.waitForURL(`${server.url}lessons/${lessonId}/`);
    await page.close();
  });
});

describe('search', () => {
  test('finds a plan by its flag key', async () => {
    // A flag key no other plan mentions, so the plan must be the first result.
    const texts = playbooks.plans.map((p) => JSON.stringify(p));
    const candidates = playbooks.plans.flatMap((plan, i) =>
      (plan.flags ?? []).filter((f) => texts.every((t, j) => j === i || !t.includes(f.key))).map((f) => ({ plan, f })),
    );
    expect(candidates.length).toBeGreaterThan(0);
    const { plan, f } = candidates[0]!;
    const page = await open('');
    await page.locator('button[data-open-modal]').click();
    await page.locator('site-search dialog input').fill(f.key);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toBe(`${BASE}plans/${plan.metadata.name}/`);
    await page.close();
  });
});

describe('plan page', () => {
  test('has a labelled phase diagram with one linked box per phase', async () => {
    for (const plan of playbooks.plans) {
      const { phases } = plan;
      const page = await open(`plans/${plan.metadata.name}/`);
      const name = `Phase flow: ${phases.length} phases, from ${phases[0]!.environment} to ${phases.at(-1)!.environment}`;
      const diagram = page.getByRole('group', { name, exact: true });
      expect(await diagram.count()).toBe(1);
      const boxes = diagram.getByRole('link');
      expect(await boxes.count()).toBe(phases.length);
      for (const [i, phase] of phases.entries()) {
        expect(await boxes.nth(i).getAttribute('href')).toBe(`#phase-${phase.id}`);
        expect(await boxes.nth(i).getAttribute('aria-label')).toMatch(
          new RegExp(
            `^${i + 1}\\. ${phase.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ${phase.environment} · ${phase.strategy}`,
          ),
        );
      }
      await page.close();
    }
  });

  test('shows every step with its rollback, every sign-off, the calendar and an edit link', async () => {
    const plan = playbooks.plans[0]!;
    const page = await open(`plans/${plan.metadata.name}/`);
    for (const phase of plan.phases) {
      const section = page.locator('section.phase', { has: page.locator(`#phase-${phase.id}`) });
      for (const step of phase.steps) {
        const rollback = typeof step.rollback === 'string' ? step.rollback : step.rollback?.do;
        const text = await section.locator(`#phase-${phase.id}-step-${step.id} .rollback`).textContent();
        expect(text?.replace(/\s+/g, ' ')).toContain(rollback?.replace(/\s+/g, ' '));
      }
      for (const gate of phase.gates ?? []) {
        if (gate.signoff) expect(await section.textContent()).toContain(gate.signoff.join(', '));
      }
    }
    expect(await page.locator('table.calendar tbody tr').count()).toBe(plan.phases.length);
    const edit = `https://github.com/acme/rollbook/edit/main/playbooks/${plan.metadata.name}.rollout.yaml`;
    expect(await page.locator(`a[href="${edit}"]`).count()).toBe(1);
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
    for (const plan of playbooks.plans) expect(await scripts(`plans/${plan.metadata.name}/`)).toEqual(guide);
  });
});

describe('accessibility', () => {
  const pageTypes = () => [
    '',
    `plans/${guardedPhase(playbooks).plan.metadata.name}/`,
    'lessons/',
    `lessons/${guardedPhase(playbooks).lessonId}/`,
    'rules/',
    'guide/',
    'no-such-page/',
  ];
  for (const scheme of ['dark', 'light'] as const) {
    test(`axe finds no serious or critical violations on any page type (${scheme})`, async () => {
      const found: Record<string, string[]> = {};
      for (const path of pageTypes()) {
        const page = await open(path, scheme);
        await page.addScriptTag({ path: AXE_PATH });
        found[path] = await page.evaluate(async () => {
          // @ts-expect-error axe is injected above.
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
            .map(
              (v: { id: string; nodes: { target: string[] }[] }) =>
                `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            );
        });
        await page.close();
      }
      expect(found).toEqual(Object.fromEntries(pageTypes().map((p) => [p, []])));
    }, 60_000);
  }
});

describe('lessons index', () => {
  const count = (pred: (l: Playbooks['lessons'][number]['lesson']) => boolean) =>
    playbooks.lessons.filter((ref) => pred(ref.lesson)).length;

  test('filters by trigger, severity and service with the inline script', async () => {
    const total = playbooks.lessons.length;
    const { trigger, severity } = playbooks.lessons[0]!.lesson;
    const service = playbooks.lessons.flatMap((l) => l.lesson.services ?? [])[0]!;
    const page = await open('lessons/');
    const visible = () => page.locator('#lesson-table tbody tr:not([hidden])').count();
    expect(await page.locator('#lesson-filters').isVisible()).toBe(true);
    expect(await visible()).toBe(total);
    await page.selectOption('select[data-filter="trigger"]', trigger);
    expect(await visible()).toBe(count((l) => l.trigger === trigger));
    await page.selectOption('select[data-filter="trigger"]', '');
    await page.selectOption('select[data-filter="service"]', service);
    expect(await visible()).toBe(count((l) => (l.services ?? []).includes(service)));
    await page.selectOption('select[data-filter="severity"]', severity);
    const both = count((l) => (l.services ?? []).includes(service) && l.severity === severity);
    expect(await visible()).toBe(both);
    expect(await page.locator('#lesson-filter-count').textContent()).toBe(`${both} of ${total} lessons`);
    expect(await page.getByRole('img', { name: /^Lessons by trigger/ }).count()).toBe(1);
    await page.close();
  });

  test('works without JavaScript: the form stays hidden and the browse lists link every lesson', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('lessons/', server.url).href);
    expect(await page.locator('#lesson-filters').isVisible()).toBe(false);
    for (const { lesson } of playbooks.lessons) {
      const links = (id: string) => page.locator(`#${id} + ul a[href="${BASE}lessons/${lesson.id}/"]`).count();
      expect(await links(`trigger-${lesson.trigger}`)).toBe(1);
      expect(await links(`severity-${lesson.severity}`)).toBe(1);
    }
    await context.close();
  });
});

describe('screenshots', () => {
  test('of the plan page and the lessons page, kept under test-artifacts/site', async () => {
    const plan = guardedPhase(playbooks).plan.metadata.name;
    for (const [path, name] of [
      [`plans/${plan}/`, 'plan-page'],
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
    expect(checked).toBeGreaterThan(500);
  });

  test('nothing was requested outside the base path', () => {
    expect(server.requests.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });
});
