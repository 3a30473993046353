// Runs the action in the test process: the same run() the bundle runs, given a host instead of
// @actions/core. Inputs, GITHUB_* variables and the event file are what a runner gives
// (run-action.ts builds both); the GitHub client is the production one (Octokit with its retry
// and throttling plugins, real HTTP to the OpenAPI-validated fake) with waits scaled down; log
// lines are written as the workflow commands @actions/core would print, so a result reads the
// same as a bundled run's. docs/adr/0012-in-process-action-tests.md says which tests run which way.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as core from '@actions/core';
import { apiBaseUrl, createGitHubClient, type GitHubClient, type Pacing } from '../../src/github/client.ts';
import type { ActionHost, JobSummary } from '../../src/github-action/host.ts';
import { run } from '../../src/main.ts';
import type { Clock } from '../../src/runtime/clock.ts';
import type { AnnotationProperties, Logger } from '../../src/runtime/logger.ts';
import { type ActionRun, inputVariable, parseOutputFile, type RunActionOptions, runnerFiles } from './runner-env.ts';

/** How long one second of GitHub's `retry-after` and back-off lasts in tests. */
export const TEST_SECOND_MS = 10;
/** GitHub's waits scaled down, and writes not spaced: a test server has no secondary rate limit to protect. */
export const TEST_PACING: Pacing = { secondMs: TEST_SECOND_MS, spaceWrites: false };

/** The real time, with waits scaled like TEST_PACING; or a fixed `now`. */
export function testClock(now?: Date): Clock {
  return {
    now: () => (now ? new Date(now) : new Date()),
    sleep: (ms) => sleep((ms * TEST_SECOND_MS) / 1000),
  };
}

export interface InProcessOptions extends Omit<RunActionOptions, 'killWhen'> {
  clock?: Clock;
  /** Sees every client the run makes (e.g. to stop it mid-run, see freeze.ts). */
  onClient?: (client: GitHubClient) => void;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A workflow command line, as @actions/core prints it (`::warning file=a.yaml,line=3::text`). */
export function workflowCommand(command: string, message: string, where: AnnotationProperties = {}): string {
  const properties = {
    title: where.title,
    file: where.file,
    line: where.startLine,
    endLine: where.endLine,
    col: where.startColumn,
    endColumn: where.endColumn,
  };
  const fields = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${fields.length > 0 ? ` ${fields.join(',')}` : ''}::${escapeData(message)}`;
}

/** A logger that appends what @actions/core would print to `lines`. */
export function recordingLogger(lines: string[]): Logger {
  return {
    debug: (message) => lines.push(workflowCommand('debug', message)),
    info: (message) => lines.push(message),
    notice: (message) => lines.push(workflowCommand('notice', message)),
    warning: (message, where) => lines.push(workflowCommand('warning', message, where)),
    error: (message, where) => lines.push(workflowCommand('error', message, where)),
  };
}

/** @actions/core's own summary builder (same HTML), written to a string instead of a file. */
function recordingSummary(written: { text: string }): JobSummary {
  const Summary = core.summary.constructor as new () => typeof core.summary;
  const summary = new Summary();
  const writer: JobSummary = {
    addHeading(text, level) {
      summary.addHeading(text, level);
      return writer;
    },
    addTable(rows) {
      summary.addTable(rows);
      return writer;
    },
    addRaw(text, addEOL) {
      summary.addRaw(text, addEOL);
      return writer;
    },
    write: async () => {
      written.text += summary.stringify();
      summary.emptyBuffer();
    },
  };
  return writer;
}

/** Runs the action's run() in this process, with the runner's inputs and files, against GITHUB_API_URL. */
export async function runActionInProcess(options: InProcessOptions): Promise<ActionRun> {
  const { env, outputFile } = runnerFiles(options, false);
  const inputs = new Map(Object.entries(options.inputs).map(([name, value]) => [inputVariable(name), value]));
  const lines: string[] = [];
  const log = recordingLogger(lines);
  const outputs: Record<string, string> = {};
  const summary = { text: '' };
  let failed = false;
  const host: ActionHost = {
    runner: {
      env,
      getInput: (name) => (inputs.get(inputVariable(name)) ?? '').trim(),
      setSecret: (value) => lines.push(workflowCommand('add-mask', value)),
      setOutput: (name, value) => {
        outputs[name] = value;
      },
      summary: recordingSummary(summary),
      setFailed: (message) => {
        failed = true;
        log.error(message);
      },
    },
    log,
    clock: options.clock ?? testClock(),
    github: (token) => {
      const client = createGitHubClient(token, { baseUrl: apiBaseUrl(env), log, pacing: TEST_PACING });
      options.onClient?.(client);
      return client;
    },
  };
  await run(host);
  return {
    code: failed ? 1 : 0,
    stdout: lines.map((line) => `${line}\n`).join(''),
    stderr: '',
    // Nothing writes the runner's file in-process; read it anyway, so a stray write would show.
    outputs: { ...parseOutputFile(readFileSync(outputFile, 'utf8')), ...outputs },
    summary: summary.text,
  };
}
