// What a runner gives a step, for both ways the tests run the action (run-action.ts bundled,
// in-process.ts in the test process): INPUT_* variables, GITHUB_* variables, and the event,
// output and summary files in a runner's temporary directory; and what a run leaves.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
