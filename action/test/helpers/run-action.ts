// Runs the bundled action exactly as a runner does: `node dist/index.js` with INPUT_* variables,
// GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Asynchronous on purpose: the
// fake GitHub server lives in the test process and must keep answering while the action runs.
// Most scenarios run the action in-process instead (in-process.ts): same inputs, same result.
// The `bundled` and `prometheus` projects bundle the source once per run (bundle-setup.ts); elsewhere the
// first call bundles it for this test process.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { bundle, ROOT } from '../../../scripts/bundle.ts';
import { type ActionRun, parseOutputFile, type RunActionOptions, runnerFiles } from './runner-env.ts';

export type { ActionRun, RunActionOptions } from './runner-env.ts';

/** Same depth below the root as action/dist, so relative asset paths resolve identically. */
export const TEST_DIST = join(ROOT, '.cache/test-dist');
let built: Promise<string> | undefined;

/** Bundles the current source into a fresh directory under TEST_DIST; returns the action's entry file. */
export async function bundleAction(): Promise<string> {
  mkdirSync(TEST_DIST, { recursive: true });
  const outdir = mkdtempSync(join(TEST_DIST, 'b-'));
  await bundle(outdir);
  return join(outdir, 'index.js');
}

/** The bundle made for this test run, or one made once per test process. */
export function builtAction(): Promise<string> {
  const provided = inject('actionBundle');
  if (provided) return Promise.resolve(provided);
  built ??= bundleAction();
  return built;
}

/** Runs the bundled action in a child process, as a runner does. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const entry = await builtAction();
  const { env, outputFile, summaryFile } = runnerFiles(options, true);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 + 9 : -1),
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    });
  });
}

/**
 * Runs the bundled CLI (`cli.js` beside the bundled action, what `rollbook` runs once installed)
 * in a child process, as a user's shell does, with only `env` (and PATH) for environment.
 * Asynchronous, like runAction, so a fake GitHub in this process keeps answering.
 */
export async function runBundledCli(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = join(dirname(await builtAction()), 'cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...argv], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 + 9 : -1), stdout, stderr }));
  });
}
