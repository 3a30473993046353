// Debian's Chromium driven by playwright-core: nothing is downloaded, and the page may only
// talk to the local test server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserServer, chromium, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import { REPO_ROOT } from './build-site.ts';

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

/** Aborts every request that would leave 127.0.0.1: no fonts, no telemetry, no CDN. */
async function loopbackOnly(context: BrowserContext): Promise<void> {
  await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
}

/**
 * New pages for a test file's tests, each closed when its test ends. They share one browser
 * context (a context costs about 0.6 CPU-s of Chromium before its page draws anything; ADR 56):
 * the site keeps nothing in storage or cookies, and the width and colour scheme are the page's
 * own. A test that turns JavaScript off or needs a permission gets a context of its own, since
 * those belong to the context.
 */
export async function pageFactory(
  browser: Browser,
  defaults: { colorScheme: ColorScheme; viewport: Viewport; loopbackOnly: boolean },
): Promise<(options?: PageOptions) => Promise<Page>> {
  const shared = await browser.newContext({ colorScheme: defaults.colorScheme, viewport: defaults.viewport });
  if (defaults.loopbackOnly) await loopbackOnly(shared);
  return async (options = {}) => {
    if (options.javaScriptEnabled === false || options.permissions) {
      const context = await browser.newContext({
        colorScheme: defaults.colorScheme,
        viewport: defaults.viewport,
        ...options,
      });
      onTestFinished(() => context.close());
      if (defaults.loopbackOnly) await loopbackOnly(context);
      return context.newPage();
    }
    const page = await shared.newPage();
    if (!options.keepOpen) onTestFinished(() => page.close());
    if (options.viewport) await page.setViewportSize(options.viewport);
    if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
    return page;
  };
}
