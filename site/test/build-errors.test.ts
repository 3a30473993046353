// A plan with errors stops the build, with exactly the positioned messages `rollbook validate`
// prints for the same files (same formatter, same code frames). `astro build` runs as a user runs
// it (not in a site builder, ADR 79): its exit status and terminal output are what this checks.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { astroBuildCommand, REPO_ROOT } from './helpers/build-site.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

test('plan errors fail the build with the CLI messages', async () => {
  const build = await astroBuildCommand({ playbooks: join(FIXTURES, 'broken'), start: '2026-12-01' });
  onTestFinished(() => build.remove());
  const cli = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'action/src/cli/index.ts'), 'validate', 'broken', '--start', '2026-12-01'],
    { cwd: FIXTURES, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
  );
  expect(cli.status).toBe(1);
  // The CLI found both kinds of problem, so the comparison covers schema and lint messages.
  expect(cli.stdout).toContain('error schema/not-allowed');
  expect(cli.stdout).toContain('error phase-bake');
  expect(build.code).not.toBe(0);
  expect(build.output).toContain(cli.stdout.trim());
}, 120_000);
