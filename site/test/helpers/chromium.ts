// Debian's Chromium driven by playwright-core: nothing is downloaded, and the page may only
// talk to the local test server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
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

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
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
  });
}

export const AXE_PATH = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
