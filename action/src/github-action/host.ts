// What a run of the action is given from outside: the runner (inputs, GITHUB_* variables,
// outputs, job summary, failure), a logger, a clock, and how to make a GitHub client. run()
// receives these; nothing deeper imports @actions/core or reads process.env. `runnerHost()` is
// the production one, built from @actions/core at the edge (index.ts → run()); tests pass their
// own to run the action in-process against the fake GitHub (docs/adr/0012-in-process-action-tests.md).
import * as core from '@actions/core';
import { apiBaseUrl, createGitHubClient, type GitHubClient } from '../github/client.ts';
import { type Clock, systemClock } from '../runtime/clock.ts';
import type { Logger } from '../runtime/logger.ts';

export type SummaryTableRow = Parameters<typeof core.summary.addTable>[0][number];

/** The job summary, as @actions/core's `summary` builds it; written once at the end of a run. */
export interface JobSummary {
  addHeading(text: string, level?: number | string): JobSummary;
  addTable(rows: SummaryTableRow[]): JobSummary;
  addRaw(text: string, addEOL?: boolean): JobSummary;
  write(): Promise<unknown>;
}

/** The workflow runner's side of a step. */
export interface Runner {
  /** GITHUB_WORKSPACE, GITHUB_REPOSITORY, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_SERVER_URL… */
  env: NodeJS.ProcessEnv;
  /** An input's value, trimmed; '' when not given. */
  getInput(name: string): string;
  /** Masks a value in the log from now on. */
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  summary: JobSummary;
  /** Fails the step with this message (the run itself goes on to its end). */
  setFailed(message: string): void;
}

export interface ActionHost {
  runner: Runner;
  log: Logger;
  clock: Clock;
  /** A client for `token`; the production one talks to GITHUB_API_URL at GitHub's pace. */
  github(token: string): GitHubClient;
}

export const coreLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message) => core.notice(message),
  warning: (message, where) => core.warning(message, where),
  error: (message, where) => core.error(message, where),
};

/** The host of a real run on a GitHub Actions runner. */
export function runnerHost(env: NodeJS.ProcessEnv = process.env): ActionHost {
  return {
    runner: {
      env,
      getInput: (name) => core.getInput(name),
      setSecret: (value) => core.setSecret(value),
      setOutput: (name, value) => core.setOutput(name, value),
      summary: core.summary,
      setFailed: (message) => core.setFailed(message),
    },
    log: coreLogger,
    clock: systemClock,
    github: (token) => createGitHubClient(token, { baseUrl: apiBaseUrl(env), log: coreLogger }),
  };
}
