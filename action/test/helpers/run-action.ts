// Runs the bundled action exactly as a runner does: `node dist/index.js` with INPUT_* variables,
// GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Asynchronous on purpose: the
// fake GitHub server lives in the test process and must keep answering while the action runs.
// Most scenarios run the action in-process instead (in-process.ts): same inputs, same result.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, ROOT } from '../../../scripts/bundle.ts';

/** Same depth below the root as action/dist, so relative asset paths resolve identically. */
const TEST_DIST = join(ROOT, '.cache/test-dist');
let built: Promise<string> | undefined;

/** Bundles the current source once per test process and returns the action's entry file. */
export function builtAction(): Promise<string> {
  built ??= (async () => {
    mkdirSync(TEST_DIST, { recursive: true });
    const outdir = mkdtempSync(join(TEST_DIST, 'b-'));
    await bundle(outdir);
    return join(outdir, 'index.js');
  })();
  return built;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunActionOptions {
  inputs: Record<string, string>;
  workspace: string;
  event?: { name: string; payload: unknown };
  env?: Record<string, string>;
  /** Kill the process when this returns true for a line of output (for kill-midway tests). */
  killWhen?: (line: string) => boolean;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER … DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

/** A runner's temporary directory with the event, output and summary files, and the step's environment. */
export interface RunnerFiles {
  env: Record<string, string>;
  outputFile: string;
  summaryFile: string;
}

/** GITHUB_* variables and files as a runner gives them to a step, plus `options.env`; INPUT_* too when `withInputs`. */
export function runnerFiles(options: RunActionOptions, withInputs: boolean): RunnerFiles {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'rollbook-runner-'));
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary');
  const eventFile = join(runnerTemp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'acme/rollouts',
    GITHUB_SHA: '0000000000000000000000000000000000000001',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  if (withInputs) for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;
  return { env, outputFile, summaryFile };
}

/** The variable a runner passes input `name` in (what @actions/core's getInput reads). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
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
      if (options.killWhen && chunk.split('\n').some(options.killWhen)) child.kill('SIGKILL');
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
