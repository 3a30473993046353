// Debian's Chromium driven by playwright-core: nothing is downloaded, and the page may only
// talk to the local test server (the loopback interface).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserServer, chromium, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import { REPO_ROOT } from './build-site.ts';
import { deadEndProxy } from './dead-end-proxy.ts';

export const CHROMIUM = '/usr/bin/chromium';

/** Installs Chromium with the project's script when a fresh machine lacks it. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const result = spawnSync('bash', [join(REPO_ROOT, 'scripts/ensure-system-deps.sh'), 'chromium'], {
    stdio: 'inherit',
  });
  if (result.status !== 0 || !existsSync(CHROMIUM)) throw new Error('could not install chromium');
}

const LAUNCH_OPTIONS = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch(LAUNCH_OPTIONS);
}

/** A Chromium that test processes connect to (chromium-setup.ts). */
export async function launchChromiumServer(): Promise<BrowserServer> {
  ensureChromium();
  return chromium.launchServer(LAUNCH_OPTIONS);
}

export const AXE_PATH = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * The browser for a test file: connected to the one Chromium the `browser` project started
 * for the whole run (chromium-setup.ts), or launched for this file when run outside it.
 * Closing it disconnects (or ends the browser this file launched).
 */
export async function testBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchChromium();
}

export type ColorScheme = 'dark' | 'light';
export interface Viewport {
  width: number;
  height: number;
}
export interface PageOptions {
  colorScheme?: ColorScheme;
  viewport?: Viewport;
  javaScriptEnabled?: boolean;
  permissions?: string[];
  /** Kept open after its test, for later tests of the file to read; closed with the browser. */
  keepOpen?: boolean;
}

/** What `pageFactory` returns: a new page per call, and what its pages asked of other hosts. */
export type NewPage = ((options?: PageOptions) => Promise<Page>) & {
  /**
   * With `loopbackOnly`, the first line of every request these contexts made for anything but
   * the loopback interface, each one stopped (helpers/dead-end-proxy.ts): a page's, or
   * Chromium's own for the context (its autofill asks Google about the fields of a form).
   */
  readonly stoppedRequests: readonly string[];
};

/**
 * What each context keeps open on the site under test: its "page not found" page, which every
 * build has. (A document without a `<link rel="icon">`, such as the site's SVG icon, makes
 * Chromium ask for `/favicon.ico`, outside the base path.)
 */
const KEEPER_PATH = '404.html';

/**
 * New pages for a test file's tests, each closed when its test ends. They share one browser
 * context (a context costs about 0.6 CPU-s of Chromium before its page draws anything; ADR 56):
 * the site keeps nothing in storage or cookies, and the width and colour scheme are the page's
 * own. A test that turns JavaScript off or needs a permission gets a page in a context with that
 * setting, since those belong to the context; the tests asking for the same setting share that
 * context too (ADR 69).
 *
 * Each context keeps one page open on the site (`site`, the served site's URL) until the browser
 * closes, so that Chromium has a live renderer process for the site when a test's page loads: a
 * new page of the same site then joins that process, where a page opened after the last one
 * closed starts a fresh renderer and loads the site's scripts, styles and fonts into it cold,
 * about twice the CPU per page load (ADR 74). Each test still gets a page of its own.
 */
/** How long an action on a page (a click, a fill, a navigation) may wait before it is taken for a hang. */
export const PAGE_ACTION_HANG_GUARD_MS = 90_000;

export async function pageFactory(
  browser: Browser,
  defaults: { colorScheme: ColorScheme; viewport: Viewport; loopbackOnly: boolean; site: string },
): Promise<NewPage> {
  const outside = defaults.loopbackOnly ? await deadEndProxy() : undefined;
  const newContext = async (settings: Pick<PageOptions, 'javaScriptEnabled' | 'permissions'>) => {
    const context = await browser.newContext({
      colorScheme: defaults.colorScheme,
      viewport: defaults.viewport,
      // Every request for another host goes to the dead end and fails: no fonts, no telemetry, no
      // CDN. Not `context.route`, which sends every request of the page, the test server's too,
      // through this process, turns Chromium's HTTP cache off, and never sees Chromium's own
      // requests (ADR 74).
      ...(outside ? { proxy: { server: outside.url, bypass: '127.0.0.1' } } : {}),
      ...settings,
    });
    // Playwright gives every action 30 s; on a loaded machine a page's scripts (Pagefind's UI
    // loads when the page is idle) can take longer than that. A hang guard, not a measure.
    context.setDefaultTimeout(PAGE_ACTION_HANG_GUARD_MS);
    context.setDefaultNavigationTimeout(PAGE_ACTION_HANG_GUARD_MS);
    const keeper = await context.newPage();
    await keeper.goto(new URL(KEEPER_PATH, defaults.site).href);
    return context;
  };
  /** One context per setting a context holds, made when a test first asks for it. */
  const contexts = new Map<string, Promise<BrowserContext>>([['', newContext({})]]);
  await contexts.get('');
  const newPage = async (options: PageOptions = {}) => {
    const { javaScriptEnabled, permissions, keepOpen, viewport, colorScheme } = options;
    const settings = {
      ...(javaScriptEnabled === false ? { javaScriptEnabled } : {}),
      ...(permissions ? { permissions: [...permissions].sort() } : {}),
    };
    const key = Object.keys(settings).length === 0 ? '' : JSON.stringify(settings);
    let context = contexts.get(key);
    if (!context) {
      context = newContext(settings);
      contexts.set(key, context);
    }
    const page = await (await context).newPage();
    if (!keepOpen) onTestFinished(() => page.close());
    if (viewport) await page.setViewportSize(viewport);
    if (colorScheme) await page.emulateMedia({ colorScheme });
    return page;
  };
  return Object.assign(newPage, { stoppedRequests: outside?.requests ?? [] });
}
