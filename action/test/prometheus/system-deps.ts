// Test setup's way to get Debian's prometheus on a fresh machine: the same idempotent
// script CI and developers use (fast when everything is installed).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(import.meta.dirname, '../../../scripts/ensure-system-deps.sh');
/** Installing from apt on a fresh machine takes a while; an installed one answers at once. */
export const INSTALL_TIMEOUT_MS = 240_000;

export function ensureSystemDeps(packages: readonly string[]): void {
  const result = spawnSync('bash', [SCRIPT, ...packages], { encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(
      `scripts/ensure-system-deps.sh ${packages.join(' ')} failed (${result.status ?? result.signal}):\n${output}`,
    );
  }
}
