// The playbook site in a real Chromium: built once from the repository's own playbooks (plans
// and lessons), served under a project-pages base path, then browsed like a person would.
// Expectations come from the engine's reading of the same files, not from hard-coded content.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  describeGate,
  formatTime,
  gateIds,
  matchGuards,
  phaseResponse,
  projectCalendar,
  RULES,
  TRIGGERS,
  withGuardFreezes,
} from '../../action/src/site-api.ts';
import { TEMPLATE_MISMATCH } from '../src/lib/command-block.ts';
import { readingShown, STATUS_STALE_AFTER_HOURS } from '../src/lib/now-view.ts';
import { injectAxe, seriousViolations } from './helpers/axe.ts';
import { type BuildResult, buildSiteOrThrow, REPO_ROOT } from './helpers/build-site.ts';
import { type ColorScheme, type NewPage, pageFactory, testBrowser, type Viewport } from './helpers/chromium.ts';
import { findBrokenLinks, htmlFiles } from './helpers/html-links.ts';
import { guardedPhase, type Playbooks, readPlaybooks } from './helpers/playbooks.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

const BASE = '/rollbook/';
const START = '2026-12-01';
/** The build's clock: one plan's status in fixtures/status.json is fresh, the others stale. */
const NOW = '2026-11-22T12:00:00Z';
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
      now: NOW,
      editUrl: 'https://github.com/acme/rollbook/edit/main/',
    }),
    testBrowser(),
  ]);
  server = await serveStatic(build.outDir, BASE);
  newPage = await pageFactory(browser, {
    colorScheme: 'dark',
    viewport: DESKTOP,
    loopbackOnly: true,
    site: server.url,
  });
  await mkdir(ARTIFACTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await build?.remove();
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 740 };
/**
 * Hang guard for waits on the page (search results, a scroll, the clipboard, a theme switch):
 * each polls for its condition, and only a page that never gets there fails, however slow the machine.
 */
const SETTLE_TIMEOUT_MS = 60_000;

/**
 * A page of the test's own (helpers/chromium.ts pageFactory), closed when the test ends. Nothing
 * may leave 127.0.0.1: no fonts, no telemetry, no CDN. A test visits every page it needs in it,
 * and checks other widths and colour schemes by resizing and switching the one loaded page
 * (atWidth, inScheme) rather than loading it again: the layout and Starlight's theme follow, as
 * they do for a reader.
 */
let newPage: NewPage;

async function visit(page: Page, path: string): Promise<Page> {
  await page.goto(new URL(path, server.url).href);
  return page;
}

async function open(path: string, colorScheme: ColorScheme = 'dark', viewport: Viewport = DESKTOP): Promise<Page> {
  return visit(await newPage({ colorScheme, viewport }), path);
}

/**
 * The home page and the plan pages, loaded once per colour scheme for the whole file and kept
 * open for the tests that only read them: a dozen tests look at every plan, and the plan pages
 * are the site's largest (ADR 58). Each use sets the width its test asks for and scrolls to the
 * top, so what one test did to the width is not what the next one sees. A test that clicks,
 * types, focuses, scrolls, switches the scheme or injects a script loads its own page (open,
 * newPage) instead.
 */
const shownPages = new Map<string, Promise<Page>>();
async function shown(path: string, colorScheme: ColorScheme = 'dark', viewport: Viewport = DESKTOP): Promise<Page> {
  if (!isShared(path)) throw new Error(`${path} is not one of the pages kept open`);
  const key = `${colorScheme} ${path}`;
  let loading = shownPages.get(key);
  if (!loading) {
    loading = newPage({ colorScheme, viewport, keepOpen: true }).then((page) => visit(page, path));
    loading.catch(() => shownPages.delete(key));
    shownPages.set(key, loading);
  }
  const page = await loading;
  await atWidth(page, viewport);
  await page.evaluate(() => window.scrollTo(0, 0));
  return page;
}
const isShared = (path: string) => path === '' || /^plans\/[^/]+\/$/.test(path);
const planPath = (plan: { metadata: { name: string } }) => `plans/${plan.metadata.name}/`;

/** The loaded page at another width (CSS media queries apply at once). */
async function atWidth(page: Page, viewport: Viewport): Promise<void> {
  await page.setViewportSize(viewport);
}

/** The loaded page in another colour scheme: Starlight follows the system's, as on load. */
async function inScheme(page: Page, scheme: ColorScheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme), { timeout: SETTLE_TIMEOUT_MS })
    .toBe(scheme);
}

describe('home', () => {
  test('lists every plan with owners, services, and the phase and verdict from the status file', async () => {
    const status = JSON.parse(await readFile(STATUS, 'utf8')) as {
      plans: Record<string, { phase: string; verdict: string }>;
    };
    const page = await shown('');
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
  });

  test('tells HOLD from FROZEN by icon and outline, not by colour alone', async () => {
    const page = await shown('', 'light');
    const look = (verdict: string) =>
      page
        .locator('.verdict-badge', { has: page.locator('.sl-badge', { hasText: new RegExp(`^${verdict}$`) }) })
        .first()
        .evaluate((el) => ({
          icon: el.querySelector('svg path')?.getAttribute('d'),
          outline: getComputedStyle(el.querySelector('.sl-badge')!).borderStyle,
        }));
    const [hold, frozen] = [await look('HOLD'), await look('FROZEN')];
    expect(hold.icon).toBeTruthy();
    expect(frozen.icon).toBeTruthy();
    expect(frozen.icon).not.toBe(hold.icon);
    expect(frozen.outline).not.toBe(hold.outline);
  });
});

describe('now panel', () => {
  type Reading = { gate: string; title: string; status: string; value: string; threshold: string; sampledAt?: string };
  const readStatusFixture = async () =>
    JSON.parse(await readFile(STATUS, 'utf8')) as {
      plans: Record<
        string,
        {
          phase: string;
          state: string;
          verdict: string;
          updatedAt: string;
          readings?: { evaluatedAt: string; gates: Reading[] };
        }
      >;
    };
  const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

  test('leads each plan page the status lists: phase, state, verdict, age, next step, gates with readings; above the fold', async () => {
    const status = await readStatusFixture();
    const listed = playbooks.plans.filter((p) => status.plans[p.metadata.name]);
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.filter((p) => status.plans[p.metadata.name]!.readings).length).toBeGreaterThan(1);
    for (const plan of listed) {
      const current = status.plans[plan.metadata.name]!;
      const phase = plan.phases.find((p) => p.id === current.phase)!;
      const ids = gateIds(phase);
      const page = await shown(planPath(plan), 'light', PHONE);
      for (const viewport of [PHONE, DESKTOP]) {
        await atWidth(page, viewport);
        const panel = page.locator('section.now-panel');
        const line = panel.locator('.now-phase');
        const box = (await line.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        const text = squash(await line.textContent());
        expect(text).toContain(phase.title);
        expect(text).toContain(current.state);
        expect(text).toContain(current.verdict);
        const panelText = squash(await panel.textContent());
        const stale = Date.parse(NOW) - Date.parse(current.updatedAt) > STATUS_STALE_AFTER_HOURS * 3_600_000;
        expect(await panel.locator('.now-stale').count()).toBe(stale ? 1 : 0);
        if (stale) {
          const since = new Date(Date.parse(current.updatedAt) + STATUS_STALE_AFTER_HOURS * 3_600_000);
          expect(panelText).toContain(`Stale since ${formatTime(since)}`);
        }
        expect(panelText).toContain(squash(phase.steps[0]!.do));
        for (const gate of phase.gates ?? []) expect(panelText).toContain(squash(describeGate(gate, plan)));
        // Each reading sits on its own gate's line (by the gate id the watch keys it by), as of its
        // evaluation; readings of gates the plan does not have are listed apart. All above the fold.
        const readings = current.readings;
        expect(await panel.locator('.now-reading').count()).toBe(readings?.gates.length ?? 0);
        if (readings) {
          const asOf = panel.locator('.now-readings-as-of');
          expect(squash(await asOf.textContent())).toContain(`as of ${formatTime(readings.evaluatedAt)}`);
          const items = panel.locator('ul.now-gates:not(.now-unmatched) > li');
          for (const reading of readings.gates) {
            const index = ids.indexOf(reading.gate);
            const item =
              index < 0 ? panel.locator('ul.now-unmatched > li', { hasText: reading.title }) : items.nth(index);
            const itemText = squash(await item.textContent());
            if (index >= 0) expect(itemText).toContain(squash(describeGate(phase.gates![index]!, plan)));
            else expect(itemText).toContain(reading.threshold);
            const shown = readingShown(reading as Parameters<typeof readingShown>[0]);
            expect(itemText).toContain(shown.value === undefined ? shown.status : `${shown.status} ${shown.value}`);
            if (reading.sampledAt) expect(itemText).toContain(`newest sample: ${formatTime(reading.sampledAt)}`);
          }
          const first = (await panel.locator('.now-reading').first().boundingBox())!;
          expect(first.y + first.height).toBeLessThanOrEqual(viewport.height);
        }
        // The current phase is marked in the diagram (outline and words), the calendar, and its own heading.
        const marked = page.locator('svg.phase-flow:visible a[aria-current="step"]');
        expect(await marked.count()).toBe(1);
        expect(await marked.getAttribute('href')).toBe(`#phase-${phase.id}`);
        expect(await marked.getAttribute('aria-label')).toMatch(/, Now: current phase$/);
        expect(await marked.locator('text.flow-now').textContent()).toBe('▶ Now: current phase');
        expect(await page.locator(`#phase-${phase.id} .now-mark`).count()).toBe(1);
        const row = page.locator('table.calendar tbody tr[aria-current="step"]');
        expect(await row.count()).toBe(1);
        expect(await row.locator(`a[href="#phase-${phase.id}"]`).count()).toBe(1);
        expect(squash(await row.locator('.now-mark').textContent())).toBe('▶ now');
      }
      // The page contents: its entry says "(now)" and stands out in weight, on wide and narrow screens.
      const entry = page.locator(`starlight-toc a[href="#phase-${phase.id}"]`);
      expect(await entry.textContent()).toContain('(now)');
      const weight = (toc: string, href: string) =>
        page.evaluate(
          (selector) => Number(getComputedStyle(document.querySelector(selector)!).fontWeight),
          `${toc} a[href="${href}"]`,
        );
      for (const toc of ['starlight-toc', 'mobile-starlight-toc'])
        expect(await weight(toc, `#phase-${phase.id}`)).toBeGreaterThan(await weight(toc, '#story'));
    }
    for (const plan of playbooks.plans.filter((p) => !status.plans[p.metadata.name])) {
      const page = await shown(planPath(plan), 'light', DESKTOP);
      expect(await page.locator('section.now-panel').count()).toBe(0);
      expect(await page.locator('svg.phase-flow [aria-current], svg.phase-flow .flow-now').count()).toBe(0);
      expect(await page.locator('table.calendar [aria-current], table.calendar .now-mark').count()).toBe(0);
      // Where the Now panel would be: the dates are projected, and from when.
      const note = page.locator('p.no-status');
      expect(squash(await note.textContent())).toContain(`projected from ${START}`);
      const box = (await note.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(DESKTOP.height);
    }
  });
});

describe('ramp stages', () => {
  test('a phase with stages lists them in order after its steps, and the now panel says which stage runs', async () => {
    const status = JSON.parse(await readFile(STATUS, 'utf8')) as {
      plans: Record<string, { phase: string; ramp?: { says: string } }>;
    };
    const plan = playbooks.plans.find((p) => p.phases.some((phase) => phase.stages?.length))!;
    const phase = plan.phases.find((p) => p.stages?.length)!;
    const page = await shown(planPath(plan));
    const section = page.locator('section.phase', { has: page.locator(`#phase-${phase.id}`) });
    const items = section.locator('ol.stages > li');
    expect(await items.count()).toBe(phase.stages!.length);
    for (const [i, stage] of phase.stages!.entries()) {
      const text = (await items.nth(i).textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(`${stage.percent}%`);
      if (stage.hold) expect(text).toContain(`hold ${stage.hold}`);
      if (stage.command) expect(text).toContain(stage.command);
    }
    const says = status.plans[plan.metadata.name]?.ramp?.says;
    expect(says).toBeTruthy();
    expect(await page.locator('section.now-panel .now-ramp').textContent()).toBe(says);
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
    await page.locator(`svg.phase-flow:visible a[href="#phase-${phaseId}"]`).click();
    await page.waitForURL(new RegExp(`#phase-${phaseId}$`));
    const heading = page.locator(`#phase-${phaseId}`);
    await expect
      .poll(() => heading.evaluate((el) => el.getBoundingClientRect().top), { timeout: SETTLE_TIMEOUT_MS })
      .toBeLessThan(300);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);

    // The phase's guards link to the lesson they came from.
    const section = page.locator('section.phase', { has: heading });
    await section.locator(`a[href="${BASE}lessons/${lessonId}/"]`).first().click();
    await page.waitForURL(`${server.url}lessons/${lessonId}/`);
    expect(await page.locator('h1').textContent()).toContain(lessonId);

    // The lesson links back to the plan and the phases its guards touch.
    await page.locator(`.backlinks a[href="${BASE}plans/${name}/#phase-${phaseId}"]`).click();
    await page.waitForURL(`${server.url}plans/${name}/#phase-${phaseId}`);
    const title = plan.phases.find((p) => p.id === phaseId)!.title;
    expect(await page.locator(`#phase-${phaseId}`).textContent()).toContain(title);

    await page.goBack();
    await page.waitForURL(`${server.url}lessons/${lessonId}/`);
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
    // Pagefind's input is drawn when the page is first idle: wait for it, however long that takes.
    await page.locator('site-search dialog input').waitFor({ timeout: SETTLE_TIMEOUT_MS });
    await page.locator('site-search dialog input').fill(f.key);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: SETTLE_TIMEOUT_MS });
    expect(await first.getAttribute('href')).toBe(`${BASE}plans/${plan.metadata.name}/`);
  });
});

describe('reading aids', () => {
  test('search excerpts keep words apart (no "Date2019-08-22Severity")', async () => {
    const { date } = playbooks.lessons[0]!.lesson;
    const page = await open('');
    await page.locator('button[data-open-modal]').click();
    // Pagefind's input is drawn when the page is first idle: wait for it, however long that takes.
    await page.locator('site-search dialog input').waitFor({ timeout: SETTLE_TIMEOUT_MS });
    await page.locator('site-search dialog input').fill(date);
    // Pagefind draws placeholder excerpts (". . .") first and fills each one as its fragment
    // loads, so wait until every excerpt shown is loaded and one of them holds the date.
    await page.waitForFunction(
      (wanted) => {
        const shown = [...document.querySelectorAll('.pagefind-ui__result-excerpt')].map((e) => e.textContent ?? '');
        return shown.length > 0 && shown.every((t) => !/^[.\s]*$/.test(t)) && shown.some((t) => t.includes(wanted));
      },
      date,
      { timeout: SETTLE_TIMEOUT_MS },
    );
    const texts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
    expect(texts.join(' ')).toContain(date);
    for (const text of texts) expect(text).not.toMatch(new RegExp(`[A-Za-z]${date}|${date}[A-Za-z]`));
  });

  test('the rules page shows code in "How to pass" as code, not backticks', async () => {
    const page = await open('rules/');
    const fixes = page.locator('.rule-fix');
    expect(await fixes.count()).toBe(RULES.length);
    expect((await fixes.allTextContents()).filter((t) => t.includes('`'))).toEqual([]);
    const withCode = RULES.filter((r) => /`[^`]+`/.test(r.fix)).length;
    expect(withCode).toBeGreaterThan(0);
    expect(await page.locator('.rule-fix:has(code)').count()).toBe(withCode);
    expect(await page.locator('main p').first().textContent()).toContain('rollbook.config.yaml (rules:)');
  });

  test('headings and steps have visible, named anchor links that work from the keyboard; pages date their file from git', async () => {
    const plan = playbooks.plans.find((p) => p.phases.some((ph) => ph.steps.length > 0))!;
    const index = plan.phases.findIndex((ph) => ph.steps.length > 0);
    const phase = plan.phases[index]!;
    const step = phase.steps[0]!;
    const page = await open(`plans/${plan.metadata.name}/`);
    // Every heading with an id in the content has a link to itself beside it.
    const headings = page.locator('.sl-markdown-content :is(h2, h3, h4)[id]');
    expect(await headings.count()).toBeGreaterThan(plan.phases.length * 2);
    const unlinked = await headings.evaluateAll((els) =>
      els
        .filter((el) => !el.parentElement?.querySelector(`:scope > a.sl-anchor-link[href="#${el.id}"]`))
        .map((el) => el.id),
    );
    expect(unlinked).toEqual([]);
    const anchors = [
      page.getByRole('link', { name: `Section titled “${index + 1}. ${phase.title}”`, exact: true }),
      page.getByRole('link', { name: `Link to step “${step.id}” of phase “${phase.id}”`, exact: true }),
    ];
    const targets = [`#phase-${phase.id}`, `#phase-${phase.id}-step-${step.id}`];
    for (const [i, link] of anchors.entries()) {
      expect(await link.count()).toBe(1);
      // Shown without hovering (on a pointer device Starlight would fade it out), and in the tab order.
      expect(await link.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
      expect(await link.isVisible()).toBe(true);
      expect(await link.evaluate((el) => (el as HTMLElement).tabIndex)).toBe(0);
      await link.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).hash, { timeout: SETTLE_TIMEOUT_MS }).toBe(targets[i]);
    }
    // "Last updated" is the last commit of the page's file (named by its edit link).
    const lastUpdated = async () => {
      const edit = (await page.locator('a[href*="/edit/main/"]').first().getAttribute('href'))!;
      const file = decodeURIComponent(edit.split('/edit/main/')[1]!);
      const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      expect(committed.trim()).not.toBe('');
      const time = page.locator('p:has-text("Last updated") > time');
      expect(await time.getAttribute('datetime')).toBe(new Date(committed.trim()).toISOString());
    };
    await lastUpdated();
    await visit(page, `lessons/${playbooks.lessons[0]!.lesson.id}/`);
    await lastUpdated();
  });
});

describe('plan page', () => {
  test('has a labelled phase diagram with one linked box per phase', async () => {
    for (const plan of playbooks.plans) {
      const { phases } = plan;
      const page = await shown(planPath(plan));
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
    }
  });

  test("says in the metric catalogue which way each metric is good, as the runbook's Good when does", async () => {
    for (const plan of playbooks.plans) {
      const page = await shown(planPath(plan));
      for (const [name, metric] of Object.entries(plan.metrics)) {
        // The examples leave `direction` to the signal (its override: action/test/gates/metric-gate.test.ts).
        expect(metric.direction, name).toBeUndefined();
        const good = metric.signal === 'positive' ? 'higher' : 'lower';
        const entry = (await page.locator(`dt#metric-${name}`).textContent()) ?? '';
        expect(entry, name).toContain(`${metric.signal} signal · ${good} is better`);
      }
    }
  });

  test('shows the production readiness answers of each plan that has them', async () => {
    const answered = playbooks.plans.filter((plan) => plan.readiness);
    expect(answered.length).toBeGreaterThan(0);
    for (const plan of answered) {
      const readiness = plan.readiness!;
      const page = await shown(planPath(plan));
      expect(await page.getByRole('heading', { level: 2, name: 'Production readiness', exact: true }).count()).toBe(1);
      if (readiness.upgrade)
        expect(await page.locator(':has(> #readiness-upgrade) + dl').textContent()).toContain('Downgrade');
      const failures = page.locator(':has(> #readiness-troubleshooting) + table tbody tr');
      expect(await failures.count()).toBe(readiness.troubleshooting?.length ?? 0);
      for (const metric of readiness.monitoring?.metrics ?? []) {
        expect(await page.locator(`:has(> #readiness-monitoring) ~ p a[href="#metric-${metric}"]`).count()).toBe(1);
      }
    }
  });

  test('shows the KPI review the status file carries: the plan outcome and each KPI with its baseline, expectation, measured value and outcome in words', async () => {
    type Review = {
      state: string;
      due?: string;
      postedAt?: string;
      kpis: {
        kpi: string;
        outcome?: 'met' | 'missed' | 'no-data';
        baseline?: string;
        expect?: string;
        measured?: string;
        window?: string;
      }[];
    };
    const status = JSON.parse(await readFile(STATUS, 'utf8')) as { plans: Record<string, { kpiReview?: Review }> };
    const reviewed = playbooks.plans.filter((p) => status.plans[p.metadata.name]?.kpiReview);
    // The fixture has a posted review and a pending one.
    expect(new Set(reviewed.map((p) => status.plans[p.metadata.name]!.kpiReview!.state === 'pending')).size).toBe(2);
    // ...and a KPI with a measured value, so the Measured column is seen with one.
    expect(reviewed.some((p) => status.plans[p.metadata.name]!.kpiReview!.kpis.some((k) => k.measured))).toBe(true);
    const words = { met: 'met', missed: 'missed', 'no-data': 'no data' } as const;
    for (const plan of reviewed) {
      const review = status.plans[plan.metadata.name]!.kpiReview!;
      const page = await shown(planPath(plan));
      const summary = (await page.locator('p.kpi-review-summary').textContent())!.trim();
      expect(summary).toBe(
        review.state === 'pending'
          ? `KPI review: pending, due ${formatTime(review.due!)}`
          : `KPI review: ${review.state} (posted ${formatTime(review.postedAt!)})`,
      );
      const rows = page.locator('table.kpi-review tbody tr');
      expect(await rows.count()).toBe(review.kpis.length);
      for (const [i, kpi] of review.kpis.entries()) {
        const cells = (await rows.nth(i).locator('th, td').allTextContents()).map((t) => t.trim());
        const impact = plan.story.impact.find((k) => k.kpi === kpi.kpi)!;
        expect(cells).toEqual([
          kpi.kpi,
          kpi.baseline ?? impact.baseline ?? '—',
          kpi.expect ?? impact.expect,
          kpi.measured ? `${kpi.measured}${kpi.window ? ` over ${kpi.window}` : ''}` : '—',
          kpi.outcome ? words[kpi.outcome] : `pending, due ${formatTime(review.due!)}`,
        ]);
      }
    }
    // A plan the status file gives no review shows none.
    const unreviewed = playbooks.plans.find((p) => !status.plans[p.metadata.name]?.kpiReview)!;
    const page = await shown(planPath(unreviewed));
    expect(await page.locator('table.kpi-review, p.kpi-review-summary').count()).toBe(0);
  });

  test('shows every step with its rollback, every sign-off, the calendar and an edit link', async () => {
    const plan = playbooks.plans[0]!;
    const page = await shown(planPath(plan));
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
  });

  test('links calendar files a calendar parser reads, and says the day the calendar is projected from', async () => {
    const page = await shown('');
    // textContent as written: a line break the build drops between text and a tag ran words together.
    expect(await page.locator('p.projected-from').textContent()).toContain(
      `in a calendar app. Projected from ${START}, as if`,
    );
    const phasesOf = async (href: string | null) => {
      const response = await page.request.get(new URL(href!, server.url).href);
      expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      return calendar
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .filter((e) => e.uid.includes('.phase.'));
    };
    const all = await phasesOf(await page.locator(`a[href="${BASE}rollouts.ics"]`).getAttribute('href'));
    expect(all).toHaveLength(playbooks.plans.reduce((n, plan) => n + plan.phases.length, 0));
    for (const plan of playbooks.plans) {
      const planPage = await shown(planPath(plan));
      const note = await planPage.locator('p.projected-from').textContent();
      expect(note).toContain(`Projected from ${START}. Add to a calendar (.ics)`);
      const own = await phasesOf(await planPage.locator('p.projected-from a').getAttribute('href'));
      expect(own.map((e) => e.summary)).toEqual(
        plan.phases.map((p, i) => `${plan.metadata.title}: ${i + 1}. ${p.title}`),
      );
    }
  });

  test("a phase waiting for other plans' phases links to each, and the linked section exists", async () => {
    const waiting = playbooks.plans.flatMap((plan) =>
      plan.phases.flatMap((phase) => (phase.dependsOn ?? []).map((ref) => ({ plan, phase, ref }))),
    );
    expect(waiting.length).toBeGreaterThan(0);
    const page = await newPage();
    for (const { plan, phase, ref } of waiting) {
      await visit(page, `plans/${plan.metadata.name}/`);
      const section = page.locator('section.phase', { has: page.locator(`#phase-${phase.id}`) });
      const [otherPlan, otherPhase] = ref.split('/');
      const link = section.getByRole('link', { name: ref, exact: true });
      expect(await link.getAttribute('href')).toBe(`${BASE}plans/${otherPlan}/#phase-${otherPhase}`);
      await link.click();
      await page.waitForURL(`**/plans/${otherPlan}/#phase-${otherPhase}`, { timeout: SETTLE_TIMEOUT_MS });
      expect(await page.locator(`#phase-${otherPhase}`).count()).toBe(1);
    }
  });

  test('shows a scheduled plan to the minute in its time zone, with its change windows and deadline', async () => {
    const plan = playbooks.plans.find((p) => p.schedule?.timeZone && p.schedule.windows && p.schedule.finishBefore)!;
    const page = await shown(planPath(plan));
    const zone = plan.schedule!.timeZone!;
    // The site shows the engine's projection, lessons' lead-in freezes included: each start is a <time> of that instant.
    const windows = projectCalendar(withGuardFreezes(plan, matchGuards(plan, playbooks.lessons)), START);
    const starts = await page
      .locator('table.calendar tbody tr td:nth-child(2) time')
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('datetime'), n.textContent]));
    expect(starts.map(([datetime]) => datetime)).toEqual(windows.map((w) => w.start));
    for (const [, text] of starts)
      expect(text).toMatch(new RegExp(`^\\w{3} \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} ${zone} \\(`));
    const calendar = (await page.locator(':has(> #calendar) ~ p').allTextContents()).join('\n');
    expect(calendar).toContain(`Change windows (${zone})`);
    expect(calendar).toContain(`${plan.schedule!.windows![0]!.from}–${plan.schedule!.windows![0]!.to}`);
    // Projected from after the deadline, the projection is late, and the page says so.
    expect(calendar).toMatch(/Deadline: finish before .* The projection finishes .* late\./);
  });

  test('has one gate table per phase with the plan gates of every kind and the lesson gates', async () => {
    for (const plan of playbooks.plans) {
      const guards = matchGuards(plan, playbooks.lessons);
      const page = await shown(planPath(plan));
      for (const phase of plan.phases) {
        const section = page.locator('section.phase', { has: page.locator(`#phase-${phase.id}`) });
        expect(await section.locator(`h4#phase-${phase.id}-gates`).textContent()).toBe('Gates');
        const lessonGates = guards.phases
          .find((p) => p.phaseId === phase.id)!
          .guards.filter((g) => g.action.kind === 'gate');
        // A phase that cannot be rolled back says "roll forward at" (plan/reversibility.ts).
        const response = phaseResponse(plan, phase);
        const distinct = new Set(
          lessonGates.map((g) => g.action.kind === 'gate' && describeGate(g.action.gate, plan, response)),
        );
        const tables = section.locator('table.gates');
        const expected = (phase.gates ?? []).length + distinct.size;
        expect(await tables.count()).toBe(expected > 0 ? 1 : 0);
        if (expected === 0) continue;
        expect(await tables.locator('tbody tr').count()).toBe(expected);
        const text = (await tables.textContent())!.replace(/\s+/g, ' ');
        for (const gate of phase.gates ?? [])
          expect(text).toContain(describeGate(gate, plan, response).replace(/\s+/g, ' '));
        for (const guard of lessonGates) {
          expect(await tables.locator(`a[href="${BASE}lessons/${guard.lessonId}/"]`).count()).toBeGreaterThan(0);
        }
        // Gates lessons add are in the table, not repeated in the guards list.
        expect(await section.locator('.guards li', { hasText: /^Gate:/ }).count()).toBe(0);
      }
    }
  });

  test('ships no JavaScript beyond what a plain Starlight page with a code block ships', async () => {
    const guidePage = await newPage();
    const scripts = async (path: string) => {
      const page = isShared(path) ? await shown(path) : await visit(guidePage, path);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? `inline:${s.textContent?.length}`),
      );
      return found.sort();
    };
    // The guide is a Markdown page with a code block: Starlight's search, theme, contents and
    // its code blocks' copy button. A plan page may load no other script.
    const guide = await scripts('guide/');
    for (const plan of playbooks.plans) expect(await scripts(planPath(plan))).toEqual(guide);
  });

  test('every command has a copy button that copies exactly the command', async () => {
    const plan = playbooks.plans.find((p) => p.phases.some((ph) => ph.steps.some((s) => s.command)))!;
    const commands = plan.phases.flatMap((phase) =>
      phase.steps.flatMap((step) => [
        ...(step.command ? [step.command] : []),
        ...(typeof step.rollback === 'object' && step.rollback.command ? [step.rollback.command] : []),
      ]),
    );
    const page = await visit(
      await newPage({ permissions: ['clipboard-read', 'clipboard-write'] }),
      `plans/${plan.metadata.name}/`,
    );
    const blocks = page.locator('section.phase .expressive-code');
    expect(await blocks.count()).toBe(commands.length);
    // Most blocks are built without Expressive Code's pipeline; the build compared them with its own (ADR 55).
    expect(build.output).not.toContain(TEMPLATE_MISMATCH);
    expect(await page.locator('section.phase .expressive-code .copy button').count()).toBe(commands.length);
    for (const i of [0, commands.length - 1]) {
      await blocks.nth(i).locator('.copy button').click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: SETTLE_TIMEOUT_MS })
        .toBe(commands[i]!.trimEnd());
    }
  });
});

describe('accessibility', () => {
  const SETTINGS = [
    ['dark', DESKTOP],
    ['light', DESKTOP],
    ['dark', PHONE],
    ['light', PHONE],
  ] as const;

  // One test per page type, so each stays far inside the hang guard on a loaded machine.
  const PAGE_TYPES: [string, (playbooks: Playbooks) => string][] = [
    ['the home page', () => ''],
    ['a plan', (p) => `plans/${guardedPhase(p).plan.metadata.name}/`],
    ['a plan in flight, its Now panel with gate readings', () => `plans/${planWithReadings()}/`],
    ['the lessons index', () => 'lessons/'],
    ['a lesson', (p) => `lessons/${guardedPhase(p).lessonId}/`],
    ['the rules', () => 'rules/'],
    ['the guide', () => 'guide/'],
    ['a missing page (404)', () => 'no-such-page/'],
  ];
  const label = ([scheme, viewport]: (typeof SETTINGS)[number]) => `${scheme}, ${viewport.width} px`;

  test.each(PAGE_TYPES)(
    'axe finds no serious or critical violations on %s, dark and light, at 1440 and 390 px',
    async (_name, pathOf) => {
      const page = await newPage();
      // Loaded once, at the first setting, then resized and switched.
      const [[scheme, viewport]] = SETTINGS;
      await atWidth(page, viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await visit(page, pathOf(playbooks));
      await injectAxe(page);
      const found: Record<string, string[]> = {};
      // Each scheme at 1440 px first: every rule on the whole page; at 390 px, colour contrast
      // again where the resize changed what it depends on (helpers/axe.ts, ADR 58).
      for (const setting of SETTINGS) {
        await atWidth(page, setting[1]);
        await inScheme(page, setting[0]);
        found[label(setting)] = await seriousViolations(page, setting[0]);
      }
      expect(found).toEqual(Object.fromEntries(SETTINGS.map((setting) => [label(setting), []])));
    },
  );

  test('the axe helper finds what a whole axe run finds at serious or critical impact, at every setting', async () => {
    // A page with findings of every impact: a critical (an image without text), a serious (an
    // empty link), moderate ones (text outside landmarks, a heading level skipped), and text whose
    // contrast fails only on a narrow screen in the light scheme and only on a wide one in the
    // dark, so the helper's contrast rerun after a resize has something to find (ADR 58, 89).
    const page = await newPage();
    await atWidth(page, DESKTOP);
    await page.setContent(`<!doctype html><html lang="en"><head><title>axe helper</title><style>
      body { background: #fff; color: #111 }
      .narrow-only { color: #333 }
      @media (max-width: 500px) { .narrow-only { color: #ddd } }
      @media (prefers-color-scheme: dark) {
        body { background: #000; color: #eee }
        .narrow-only { color: #ccc }
        .wide-only { color: #222 }
        @media (max-width: 500px) { .wide-only { color: #ccc } }
      }
    </style></head><body>
      <p>Outside every landmark.</p>
      <main><h1>Title</h1><h4>Skipped levels</h4>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">
        <a href="#nowhere"></a>
        <p class="narrow-only">Fails contrast on a phone, light.</p>
        <p class="wide-only">Fails contrast on a desktop, dark.</p>
      </main></body></html>`);
    await injectAxe(page);
    const everyRule = () =>
      page.evaluate(async () => {
        type Found = { id: string; impact: string | null; nodes: { target: string[] }[] };
        const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Found[] }> } })
          .axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({
          line: `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          impact: v.impact,
        }));
      });
    const impacts = new Set<string | null>();
    const found: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const setting of SETTINGS) {
      await atWidth(page, setting[1]);
      await page.emulateMedia({ colorScheme: setting[0] });
      found[label(setting)] = (await seriousViolations(page, setting[0])).sort();
      const whole = await everyRule();
      for (const { impact } of whole) impacts.add(impact);
      expected[label(setting)] = whole
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.line)
        .sort();
    }
    expect(found).toEqual(expected);
    // The page exercises what the helper leaves out and what it reruns.
    expect([...impacts].sort()).toEqual(['critical', 'moderate', 'serious']);
    expect(found['light, 390 px']!.some((line) => line.includes('.narrow-only'))).toBe(true);
    expect(found['light, 1440 px']!.some((line) => line.includes('.narrow-only'))).toBe(false);
    expect(found['dark, 1440 px']!.some((line) => line.includes('.wide-only'))).toBe(true);
    expect(found['dark, 390 px']!.some((line) => line.includes('.wide-only'))).toBe(false);
  });
});

/** A plan whose entry in fixtures/status.json carries gate readings. */
function planWithReadings(): string {
  const status = JSON.parse(readFileSync(STATUS, 'utf8')) as { plans: Record<string, { readings?: unknown }> };
  const name = Object.keys(status.plans).find((n) => status.plans[n]!.readings);
  if (!name) throw new Error('fixtures/status.json: no plan carries readings');
  return name;
}

/** The smallest rendered font size (CSS px on screen) of the visible text in `selector` SVGs. */
async function smallestSvgText(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const sizes = [...document.querySelectorAll<SVGSVGElement>(sel)]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) => {
        const scale = svg.getScreenCTM()?.a ?? 0;
        return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      });
    return sizes.length ? Math.min(...sizes) : 0;
  }, selector);
}

describe('phones', () => {
  test('no page is wider than a 360 or 390 px screen, and search and the menu stay on it', async () => {
    const paths = (await htmlFiles(build.outDir)).map((f) => relative(build.outDir, f).replace(/index\.html$/, ''));
    expect(paths.length).toBeGreaterThan(10);
    const wide: string[] = [];
    const own = await newPage({ colorScheme: 'light' });
    for (const path of paths.filter((p) => p.endsWith('/') || p === '')) {
      let page = own;
      if (isShared(path)) page = await shown(path, 'light', SMALL_PHONE);
      else {
        await atWidth(own, SMALL_PHONE);
        await visit(own, path);
      }
      for (const viewport of [SMALL_PHONE, PHONE]) {
        await atWidth(page, viewport);
        const { scrollWidth, controls } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          controls: ['site-search button[data-open-modal]', 'button.sl-menu-button'].map((sel) => {
            const box = document.querySelector(sel)?.getBoundingClientRect();
            return box ? box.right <= window.innerWidth && box.left >= 0 : false;
          }),
        }));
        if (scrollWidth > viewport.width) wide.push(`${path} at ${viewport.width} px: ${scrollWidth} px wide`);
        if (controls.includes(false)) wide.push(`${path} at ${viewport.width} px: search or menu off-screen`);
      }
    }
    expect(wide).toEqual([]);
  });

  test('the home page lists plans as cards that keep the current phase and verdict', async () => {
    const status = JSON.parse(await readFile(STATUS, 'utf8')) as { plans: Record<string, { verdict: string }> };
    const page = await shown('', 'light', PHONE);
    const rows = page.locator('table.plans tbody tr');
    expect(await rows.count()).toBe(playbooks.plans.length);
    for (const plan of playbooks.plans) {
      const { name } = plan.metadata;
      const card = page.locator('table.plans tbody tr', { has: page.locator(`a[href="${BASE}plans/${name}/"]`) });
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      const current = status.plans[name];
      if (!current) continue;
      for (const part of [card.locator(`a[href^="${BASE}plans/${name}/#phase-"]`), card.locator('.sl-badge')]) {
        expect(await part.isVisible()).toBe(true);
        const partBox = (await part.boundingBox())!;
        expect(partBox.x + partBox.width).toBeLessThanOrEqual(PHONE.width);
      }
      expect(await card.locator('.sl-badge').textContent()).toBe(current.verdict);
    }
    // Cards stack: each row starts below the one before it.
    const tops = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect()));
    for (let i = 1; i < tops.length; i++) expect(tops[i]!.top).toBeGreaterThanOrEqual(tops[i - 1]!.bottom);
  });

  test('the lessons index lists lessons as cards on a phone, each keeping its trigger, severity and services', async () => {
    const page = await open('lessons/', 'light', PHONE);
    const rows = page.locator('table.lessons tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const boxes = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const box = tr.getBoundingClientRect();
        const cells = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
        return { top: box.top, bottom: box.bottom, right: Math.max(box.right, ...cells.map((c) => c.right)) };
      }),
    );
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(PHONE.width);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    const first = rows.first();
    for (const label of ['Trigger', 'Severity', 'Services']) {
      expect(await first.locator(`td[data-label="${label}"]`).isVisible()).toBe(true);
    }
  });

  test('the phase diagram is one column on a phone, and its text is 12 px or more at every width', async () => {
    for (const plan of playbooks.plans) {
      const page = await shown(planPath(plan), 'light', SMALL_PHONE);
      for (const viewport of [SMALL_PHONE, PHONE, DESKTOP]) {
        await atWidth(page, viewport);
        expect(await smallestSvgText(page, 'svg.phase-flow')).toBeGreaterThanOrEqual(12);
        const boxes = page.locator('svg.phase-flow:visible a');
        expect(await boxes.count()).toBe(plan.phases.length);
        if (viewport !== DESKTOP) {
          const xs = await boxes.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().x)));
          expect(new Set(xs).size).toBe(1);
        }
      }
    }
  });

  test('the lessons chart labels are 12 px or more on a phone and a desktop', async () => {
    const page = await open('lessons/', 'light', SMALL_PHONE);
    // Beside the triggers, the KPI reviews of the status file's plans, in words and as a chart.
    const status = JSON.parse(await readFile(STATUS, 'utf8')) as {
      plans: Record<string, { kpiReview?: { state: string } }>;
    };
    const states = playbooks.plans.flatMap((p) => status.plans[p.metadata.name]?.kpiReview?.state ?? []);
    const count = (state: string) => states.filter((s) => s === state).length;
    expect(states.length).toBeGreaterThan(0);
    const reviewed = count('met') + count('missed');
    expect((await page.locator('p.kpi-tally').textContent())!.trim()).toContain(
      `KPIs met in ${count('met')} of ${reviewed} plan${reviewed === 1 ? '' : 's'} reviewed`,
    );
    expect(await page.locator('svg.bar-chart desc#kpi-chart-desc').textContent()).toBe(
      `KPIs met: ${count('met')}, KPIs missed: ${count('missed')}, Review pending: ${count('pending')}`,
    );
    for (const viewport of [SMALL_PHONE, DESKTOP]) {
      await atWidth(page, viewport);
      expect(await smallestSvgText(page, 'svg.bar-chart')).toBeGreaterThanOrEqual(12);
    }
  });

  test('the flags table, which scrolls on a phone, is reached and scrolled with the keyboard', async () => {
    const plan = playbooks.plans.find((p) => (p.flags ?? []).length > 0)!;
    const page = await open(`plans/${plan.metadata.name}/`, 'light', PHONE);
    const table = page.locator('table.flags');
    expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
    // Tab from the last focusable element before it: the next stop is the table itself.
    await table.evaluate((t) => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')].filter(
        (el) => el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING && !t.contains(el) && el.offsetParent,
      );
      focusable.at(-1)!.focus();
    });
    await page.keyboard.press('Tab');
    expect(await table.evaluate((t) => document.activeElement === t)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => table.evaluate((t) => t.scrollLeft), { timeout: SETTLE_TIMEOUT_MS }).toBeGreaterThan(0);
  });
});

describe('lessons index', () => {
  const count = (pred: (l: Playbooks['lessons'][number]['lesson']) => boolean) =>
    playbooks.lessons.filter((ref) => pred(ref.lesson)).length;

  test('filters by trigger, severity and service, and keeps the filters in the URL', async () => {
    const total = playbooks.lessons.length;
    const { trigger, severity } = playbooks.lessons[0]!.lesson;
    const service = playbooks.lessons.flatMap((l) => l.lesson.services ?? [])[0]!;
    const page = await open('lessons/');
    const visible = () => page.locator('#lesson-table tbody tr:not([hidden])').count();
    /** The filters fetch every lesson before they show matches: poll until the rows are in. */
    const shows = (n: number) => expect.poll(visible, { timeout: SETTLE_TIMEOUT_MS }).toBe(n);
    await expect.poll(() => page.locator('#lesson-filters').isVisible(), { timeout: SETTLE_TIMEOUT_MS }).toBe(true);
    expect(await visible()).toBe(total);
    await page.selectOption('select[data-filter="trigger"]', trigger);
    await shows(count((l) => l.trigger === trigger));
    await page.selectOption('select[data-filter="trigger"]', '');
    await page.selectOption('select[data-filter="service"]', service);
    await shows(count((l) => (l.services ?? []).includes(service)));
    await page.selectOption('select[data-filter="severity"]', severity);
    const both = count((l) => (l.services ?? []).includes(service) && l.severity === severity);
    await shows(both);
    expect(await page.locator('#lesson-filters-count').textContent()).toBe(`${both} of ${total} lessons`);
    expect(new URL(page.url()).search).toBe(`?severity=${severity}&service=${service}`);
    expect(await page.getByRole('img', { name: /^Lessons by trigger/ }).count()).toBe(1);
  });

  test('announces Atom feeds of every lesson and of each trigger that Chromium parses as XML', async () => {
    const page = await open('lessons/');
    const alternates = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    expect(await alternates.count()).toBe(1 + TRIGGERS.length);
    /** The feed's entry ids and links, as Chromium's XML parser reads the file the server sends. */
    const feed = async (href: string | null) => {
      const response = await page.request.get(new URL(href!, server.url).href);
      expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
      return page.evaluate(
        (xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          const ns = 'http://www.w3.org/2005/Atom';
          const text = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
          return {
            errors: doc.getElementsByTagName('parsererror').length,
            root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
            updated: text(doc.documentElement, 'updated'),
            entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
              id: text(e, 'id'),
              updated: text(e, 'updated'),
              link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? null,
            })),
          };
        },
        await response.text(),
      );
    };
    const all = await feed(await alternates.first().getAttribute('href'));
    expect(all.errors).toBe(0);
    expect(all.root).toBe('http://www.w3.org/2005/Atom feed');
    const newest = playbooks.lessons
      .map((l) => l.lesson.date)
      .sort()
      .at(-1);
    expect(all.updated).toBe(`${newest}T00:00:00Z`);
    expect(all.entries.map((e) => e.id).sort()).toEqual(
      playbooks.lessons.map((l) => `urn:rollbook:lesson:${l.lesson.id}`).sort(),
    );
    for (const { lesson } of playbooks.lessons) {
      const entry = all.entries.find((e) => e.id === `urn:rollbook:lesson:${lesson.id}`)!;
      expect(entry.updated).toBe(`${lesson.date}T00:00:00Z`);
      expect(entry.link).toBe(`${BASE}lessons/${lesson.id}/`);
    }
    const { trigger } = playbooks.lessons[0]!.lesson;
    expect(await page.locator('p.lesson-feeds').textContent()).toMatch(/; by trigger: [a-z]/);
    const own = await feed(await page.locator(`p.lesson-feeds a:text-is("${trigger}")`).getAttribute('href'));
    expect(own.errors).toBe(0);
    expect(own.entries).toHaveLength(count((l) => l.trigger === trigger));
    await visit(page, `lessons/${playbooks.lessons[0]!.lesson.id}/`);
    expect(
      await page
        .locator(`head link[type="application/atom+xml"][href="${BASE}lessons/trigger/${trigger}.atom"]`)
        .count(),
    ).toBe(1);
  });

  test('works without JavaScript: the form stays hidden and the browse lists lead to every lesson', async () => {
    const page = await visit(await newPage({ javaScriptEnabled: false }), 'lessons/');
    expect(await page.locator('#lesson-filters').isVisible()).toBe(false);
    const facetPages = new Set(
      playbooks.lessons.flatMap(({ lesson }) => [`trigger/${lesson.trigger}`, `severity/${lesson.severity}`]),
    );
    for (const facet of facetPages) {
      expect(await page.locator(`#by-${facet.split('/')[0]} + ul a[href="${BASE}lessons/${facet}/"]`).count()).toBe(1);
    }
    for (const facet of facetPages) {
      await visit(page, `lessons/${facet}/`);
      const [kind, value] = facet.split('/') as ['trigger' | 'severity', string];
      const links = await page
        .locator('#lesson-table tbody a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(
        playbooks.lessons
          .filter((l) => l.lesson[kind] === value)
          .map((l) => `${BASE}lessons/${l.lesson.id}/`)
          .sort(),
      );
    }
  });
});

/** JPEG quality of the full-page screenshots: text stays readable, the file and its encoding small. */
const FULL_PAGE_JPEG_QUALITY = 80;

describe('screenshots', () => {
  test('of the plan page, the lessons page and a Now panel, kept under test-artifacts/site', async () => {
    const plan = guardedPhase(playbooks).plan.metadata.name;
    const page = await newPage();
    for (const [path, name] of [
      [`plans/${plan}/`, 'plan-page'],
      ['lessons/', 'lessons-page'],
    ] as const) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await visit(page, path);
      for (const scheme of ['dark', 'light'] as const) {
        await inScheme(page, scheme);
        // JPEG: a picture for people to look at, of a page up to 36,000 px tall, which as PNG
        // took Chromium about twice the CPU to encode (ADR 58); no test compares its pixels.
        const file = join(ARTIFACTS, `${name}-${scheme}.jpg`);
        await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: FULL_PAGE_JPEG_QUALITY });
        expect((await readFile(file)).length).toBeGreaterThan(10_000);
      }
    }
    // The first screen of a plan in flight: its Now panel with the gate readings.
    await visit(page, `plans/${planWithReadings()}/`);
    for (const [viewport, name] of [
      [DESKTOP, 'plan-now-desktop'],
      [PHONE, 'plan-now-phone'],
    ] as const) {
      await atWidth(page, viewport);
      const file = join(ARTIFACTS, `${name}-light.png`);
      await page.screenshot({ path: file });
      expect((await readFile(file)).length).toBeGreaterThan(10_000);
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

  test('a request for another host is stopped before it leaves the machine', async () => {
    const page = await open('');
    const probe = 'http://example.com/rollbook-probe';
    const outcome = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'answered',
          () => 'failed',
        ),
      probe,
    );
    expect(outcome).toBe('failed');
    // It failed because it was sent to the dead end (helpers/dead-end-proxy.ts), not for want of a network.
    expect(newPage.stoppedRequests).toContain(`GET ${probe} HTTP/1.1`);
  });
});
