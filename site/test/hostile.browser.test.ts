// Hostile plan and lesson text (fixtures/hostile) must render inert: no dialog, no script run,
// no javascript: link, no event handler attribute. The fixtures set window.__pwned when any of
// their payloads runs, so code that runs without a dialog is caught too. This build uses the
// configurable source folder, the root base path, and no status file.
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEMPLATE_MISMATCH } from '../src/lib/command-block.ts';
import { type BuildResult, buildSiteOrThrow } from './helpers/build-site.ts';
import { type PageOptions, pageFactory, testBrowser } from './helpers/chromium.ts';
import { hoverEach } from './helpers/hover.ts';
import { findBrokenLinks, htmlFiles } from './helpers/html-links.ts';
import { type StaticServer, serveStatic } from './helpers/static-server.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/hostile');
const PAGES = [
  '',
  'page/all/',
  'plans/hostile/',
  'lessons/',
  'lessons/page/all/',
  'lessons/L-2025-01-hostile/',
  'lessons/trigger/config-push/',
  'lessons/severity/sev3/',
  'lessons/service/hostile-service/',
  'rules/',
  'guide/',
  '404.html',
];
/** The long lists: they carry the filter form and its script (components/ListFilters.astro). */
const LIST_PAGES = ['', 'page/all/', 'lessons/', 'lessons/page/all/'];

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
/** A page of the test's own (helpers/chromium.ts pageFactory). */
let newPage: (options?: PageOptions) => Promise<Page>;

beforeAll(async () => {
  [build, browser] = await Promise.all([buildSiteOrThrow({ playbooks: FIXTURE }), testBrowser()]);
  server = await serveStatic(build.outDir, '/');
  // Playwright's own defaults, which these tests were written against.
  newPage = await pageFactory(browser, {
    colorScheme: 'light',
    viewport: { width: 1280, height: 720 },
    loopbackOnly: false,
    site: server.url,
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await build?.remove();
});

/**
 * The plan page, loaded once and kept open for the tests that only read it (as site.browser's
 * `shown`, ADR 58 and 69): each use sets the width its test checks and scrolls to the top. A test
 * that hovers, clicks or navigates loads its own page.
 */
let planPage: Promise<Page> | undefined;
async function shownPlan(viewport = { width: 1280, height: 720 }): Promise<Page> {
  planPage ??= newPage({ keepOpen: true }).then(async (page) => {
    await page.goto(new URL('plans/hostile/', server.url).href);
    return page;
  });
  const page = await planPage;
  await page.setViewportSize(viewport);
  await page.evaluate(() => window.scrollTo(0, 0));
  return page;
}

/** Scripts a plain Starlight page (the guide) carries: the only ones any page may have. */
async function scriptsOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? (s.textContent ?? '').trim()),
  );
}

describe('hostile content', () => {
  test.each(PAGES)('/%s runs none of it', async (path) => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(new URL(path, server.url).href);
    await page.waitForLoadState('networkidle');
    // Hover what a reader could, in case a handler waits for an event: every visible element,
    // at its centre, whatever lies on top of it (no wait for it to be "actionable").
    await hoverEach(page, page.locator('main a, main b, main details, main div'));
    const found = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        // Pagefind's own search form (in the header) uses action="javascript:void(0);".
        javascriptUrls: [...document.querySelectorAll('[href],[src],[action],[data],[formaction]')]
          .filter((el) => !el.closest('site-search'))
          .flatMap((el) => ['href', 'src', 'action', 'data', 'formaction'].map((a) => el.getAttribute(a) ?? ''))
          .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v)),
        handlers: all.flatMap((el) =>
          el
            .getAttributeNames()
            .filter((n) => /^on/i.test(n))
            .map((n) => `${el.tagName}[${n}]`),
        ),
        embeds: all.filter(
          (el) =>
            /^(IFRAME|OBJECT|EMBED|FORM|STYLE)$/.test(el.tagName) &&
            el.closest('main') &&
            !el.classList.contains('list-filters'),
        ).length,
      };
    });
    expect({ dialogs, ...found }).toEqual({ dialogs: [], pwned: null, javascriptUrls: [], handlers: [], embeds: 0 });
    await page.close();
  });

  test('the hover above reaches each visible element in turn, scrolled to, under whatever lies on top of it', async () => {
    // helpers/hover.ts on a page of its own making: a bar fixed over the first link, a bold text
    // with a handler far down the page, a block wider than the screen, a hidden link.
    const page = await newPage();
    await page.setContent(`<main>
      <span id="bar" style="position: fixed; top: 0; left: 0; width: 300px; height: 60px"></span>
      <a id="under" href="#" style="display: block; width: 120px">under the bar</a>
      <div id="tall" style="height: 3000px"></div>
      <p>text <b id="far" onmouseover="window.__ran = this.id">far down<br>on two lines</b></p>
      <div id="wide" style="width: 4000px; height: 20px"></div>
      <a id="hidden" href="#" style="display: none">hidden</a>
    </main>`);
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { seen });
      document.addEventListener('mouseover', (event) => seen.push((event.target as Element).id));
    });
    await hoverEach(page, page.locator('main a, main b, main div'));
    const result = await page.evaluate(() => {
      const { seen, __ran } = window as unknown as { seen: string[]; __ran?: string };
      return { seen, ran: __ran };
    });
    expect(result).toEqual({ seen: ['bar', 'tall', 'far', 'wide'], ran: 'far' });
  });

  test('pages carry no scripts beyond a plain Starlight page, save the list filters', async () => {
    const page = await newPage();
    await page.goto(new URL('guide/', server.url).href);
    const starlight = new Set(await scriptsOf(page));
    for (const path of PAGES.filter((p) => p !== '404.html')) {
      await page.goto(new URL(path, server.url).href);
      const extra = (await scriptsOf(page)).filter((s) => !starlight.has(s));
      if (LIST_PAGES.includes(path)) {
        expect(extra).toHaveLength(1);
        expect(extra[0]).toContain('form.list-filters[data-list]');
      } else {
        expect(extra).toEqual([]);
      }
    }
    await page.close();
  });

  test('plan text is shown as text, and lesson Markdown keeps only safe markup', async () => {
    const plan = await shownPlan();
    expect(await plan.locator('h1').textContent()).toBe(
      "</title><script>window.__pwned='title';alert('title')</script> Hostile plan",
    );
    const flow = plan.locator('svg.phase-flow');
    expect(await flow.locator('a').first().getAttribute('aria-label')).toContain(
      "<script>window.__pwned='phase-title'",
    );
    const page = await newPage();
    await page.goto(new URL('lessons/L-2025-01-hostile/', server.url).href);
    const body = page.locator('.lesson-body');
    expect(await body.locator('h1').count()).toBe(0);
    expect(await body.locator('h2').first().textContent()).toBe('A heading that must become an h2');
    expect(await body.locator('a[href="https://example.com/incident"]').count()).toBe(1);
    expect(await body.locator('script, img, svg, iframe, form, style').count()).toBe(0);
    await page.close();
  });

  test('commands are shown and copied as text, built blocks equal to Expressive Code (ADR 55)', async () => {
    const page = await shownPlan();
    const blocks = await page.locator('section.phase .expressive-code').evaluateAll((found) =>
      found.map((block) => ({
        shown: block.querySelector('pre')?.textContent ?? '',
        copied: (block.querySelector('.copy button')?.getAttribute('data-code') ?? '').replaceAll('\u007f', '\n'),
      })),
    );
    expect(blocks.map((b) => b.copied)).toEqual(
      expect.arrayContaining([
        `deploy --version '"><svg onload=alert(1)>'`,
        "rollback && echo '<script>alert(1)</script>'",
      ]),
    );
    for (const block of blocks) expect(block.shown).toBe(block.copied);
    expect(build.output).not.toContain(TEMPLATE_MISMATCH);
  });

  test('the calendar files keep plan text inside its properties', async () => {
    const title = "</title><script>window.__pwned='title';alert('title')</script> Hostile plan";
    const page = await shownPlan();
    const phases = await page.locator('table.calendar tbody tr').count();
    for (const path of ['plans/hostile.ics', 'rollouts.ics']) {
      const response = await page.request.get(new URL(path, server.url).href);
      const text = await response.text();
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const phaseEvents = events.filter((e) => e.uid.startsWith('hostile.phase.'));
      expect(phaseEvents).toHaveLength(phases);
      expect(phaseEvents[0]!.summary).toContain(`${title}: 1. </title></text></a></svg><script>`);
      expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(events.length);
    }
  });

  test('the lesson feeds keep lesson text as text inside its elements', async () => {
    const title = "</title><script>window.__pwned='lesson-title';alert('lesson')</script> Hostile lesson";
    const page = await newPage();
    await page.goto(new URL('lessons/', server.url).href);
    for (const path of ['lessons.atom', 'lessons/trigger/config-push.atom']) {
      const response = await page.request.get(new URL(path, server.url).href);
      const read = await page.evaluate(
        (xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          const ns = 'http://www.w3.org/2005/Atom';
          const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
          return {
            errors: doc.getElementsByTagName('parsererror').length,
            elements: [...new Set([...doc.getElementsByTagName('*')].map((e) => `${e.namespaceURI} ${e.localName}`))],
            titles: entries.map((e) => e.getElementsByTagNameNS(ns, 'title')[0]?.textContent),
            summaries: entries.map((e) => e.getElementsByTagNameNS(ns, 'summary')[0]?.textContent ?? ''),
          };
        },
        await response.text(),
      );
      expect(read.errors).toBe(0);
      expect(read.elements.every((e) => e.startsWith('http://www.w3.org/2005/Atom '))).toBe(true);
      expect(read.elements).not.toContain('http://www.w3.org/2005/Atom script');
      expect(read.titles).toEqual([title]);
      expect(read.summaries[0]).toContain(`<img src=x onerror="window.__pwned='factor';alert(1)">`);
    }
    await page.close();
  });

  test('the pages above are every page of the build', async () => {
    const files = (await htmlFiles(build.outDir)).map((f) => f.slice(build.outDir.length + 1));
    expect(files.map((f) => f.replace(/index\.html$/, '')).sort()).toEqual([...PAGES].sort());
  });

  test('the document title shows the text, escaped', async () => {
    const page = await shownPlan();
    expect(await page.title()).toBe(
      "</title><script>window.__pwned='title';alert('title')</script> Hostile plan | Rollbook",
    );
  });

  test('the home page works without a status or portfolio file, and every internal link resolves', async () => {
    const page = await newPage();
    await page.goto(server.url);
    expect(await page.locator('main').textContent()).toContain('No status file was given to this build');
    expect(await page.locator('table.plans tbody tr').count()).toBe(1);
    // No portfolio file, no portfolio pages (see the list above) and no link to them.
    expect(await page.locator('a[href$="/portfolio/"]').count()).toBe(0);
    await page.close();
    expect((await findBrokenLinks(build.outDir, '/')).broken).toEqual([]);
  });

  test('without a status file a plan page says first that its dates are projected, and from when', async () => {
    const page = await shownPlan({ width: 390, height: 844 });
    // The calendar section says it too, further down: the two agree.
    const calendar = (await page.locator('p.projected-from').textContent())!.replace(/\s+/g, ' ');
    const [, start, buildDay] = /Projected from (\d{4}-\d{2}-\d{2})(, the day this site was built)?/.exec(calendar)!;
    const note = page.locator('main p.no-status');
    const text = (await note.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain(`projected from ${start}${buildDay ?? ''}, as if the rollout started then`);
    // It comes before anything else in the page's content, on the first screen of a phone.
    const first = await page.evaluate(() => document.querySelector('main .sl-markdown-content > *')?.className ?? '');
    expect(first).toContain('no-status');
    const box = (await note.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.locator('section.now-panel, [aria-current="step"]').count()).toBe(0);
  });
});
