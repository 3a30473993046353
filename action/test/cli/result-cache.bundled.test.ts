// The bundled CLI keeps each plan's result and each lesson's parse beside Node's compile cache
// (ADR 54, ADR 61) and prints the same bytes and exit code from them as the source prints
// without them. Only the bundle keeps
// results: it carries a build id (scripts/bundle.ts) that changes with any of its code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { RESULTS_DIR } from '../../src/workspace/result-cache.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { builtAction } from '../helpers/run-action.ts';

let cli = '';
beforeAll(async () => {
  cli = join(dirname(await builtAction()), 'cli.js');
}, 120_000);

const ARGS = ['validate', '--start', '2026-11-02'];

/** The example plans and lessons, and one plan with a schema error and a rule finding. */
function repo(): string {
  const dir = tempDir();
  cpSync(join(import.meta.dirname, '../../../playbooks'), join(dir, 'playbooks'), {
    recursive: true,
    filter: (src) => !src.includes('runbooks'),
  });
  const broken = scaffoldPlan('broken', 's.json')
    .replace('  breaking: false', '  breaking: false\n  breakng: true')
    .replace(/ {4}rehearsal: .*\n/, '');
  writeFileSync(join(dir, 'playbooks/broken.rollout.yaml'), broken);
  return dir;
}

function bundled(dir: string, args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Result entries under a compile cache directory (Node puts its own in a per-version subdirectory). */
function entries(cacheDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (dir.includes(RESULTS_DIR)) found.push(path);
    }
  };
  if (existsSync(cacheDir)) walk(cacheDir);
  return found;
}

describe('the bundled CLI keeps results', () => {
  it('prints what the source prints, from a cold cache and a warm one, and keeps one entry per plan and lesson', async () => {
    const dir = repo();
    const plans = readdirSync(join(dir, 'playbooks')).filter((f) => f.endsWith('.rollout.yaml')).length;
    const lessons = readdirSync(join(dir, 'playbooks/lessons')).filter((f) => f.endsWith('.md')).length;
    for (const args of [ARGS, [...ARGS, '--format', 'json']]) {
      const cache = tempDir('rollbook-compile-cache-');
      const reference = await runCli(args, dir);
      expect(reference.code).toBe(1);
      expect(bundled(dir, args, { NODE_COMPILE_CACHE: cache })).toEqual(reference);
      const kept = entries(cache);
      expect(kept).toHaveLength(plans + lessons);
      const written = kept.map((file) => statSync(file).mtimeMs);
      expect(bundled(dir, args, { NODE_COMPILE_CACHE: cache })).toEqual(reference);
      // The warm run found every result and wrote none.
      expect(entries(cache).map((file) => statSync(file).mtimeMs)).toEqual(written);
      for (const file of kept) writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
      expect(bundled(dir, args, { NODE_COMPILE_CACHE: cache })).toEqual(reference);
    }
  });

  it('prints what the source prints after a lesson changed or went, from kept lessons', async () => {
    const dir = repo();
    const cache = tempDir('rollbook-compile-cache-');
    const args = [...ARGS, '--format', 'json'];
    const lesson = join(dir, 'playbooks/lessons/L-2019-08-unrehearsed-rollback.md');
    const original = readFileSync(lesson, 'utf8');
    // A plan that waives it, so that its absence shows.
    const plan = join(dir, 'playbooks/group-orders.rollout.yaml');
    writeFileSync(
      plan,
      `${readFileSync(plan, 'utf8')}waive:\n  - {lesson: L-2019-08-unrehearsed-rollback, reason: "Rehearsed elsewhere"}\n`,
    );
    const outputs = new Set<string>();
    for (const change of [
      () => writeFileSync(lesson, original.replace('severity: sev2', 'severity: huge')),
      () => writeFileSync(lesson, original),
      () => rmSync(lesson),
    ]) {
      bundled(dir, args, { NODE_COMPILE_CACHE: cache });
      change();
      const reference = await runCli(args, dir);
      expect(bundled(dir, args, { NODE_COMPILE_CACHE: cache })).toEqual(reference);
      expect(bundled(dir, args, { NODE_COMPILE_CACHE: cache })).toEqual(reference);
      outputs.add(reference.stdout);
    }
    expect(outputs.size).toBe(3);
  });

  it('keeps none with the compile cache turned off', () => {
    const dir = repo();
    const cache = tempDir('rollbook-compile-cache-');
    bundled(dir, ARGS, { NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(entries(cache)).toEqual([]);
  });
});
