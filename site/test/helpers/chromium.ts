// Debian's Chromium driven by playwright-core: nothing is downloaded, and the page may only
// talk to the local test server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';
import { inject } from 'vitest';
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
