// Everything a command of the action needs, built once in run(): the typed inputs, the
// workspace, one clock reading for the whole run, the event that triggered it, the validated
// plans, the host's runner, logger and clock, and a lazily created GitHub client (validate
// alone never needs a token).
import { readFileSync } from 'node:fs';
import type { GitHubClient } from '../github/client.ts';
import type { Clock } from '../runtime/clock.ts';
import type { Logger } from '../runtime/logger.ts';
import type { ActionHost, Runner } from './host.ts';
import type { ActionInputs } from './inputs.ts';
import { InputError } from './inputs.ts';
import type { SharedLessonsOf } from './lesson-sources.ts';
import type { ValidationOutcome } from './validate.ts';

export interface ActionEvent {
  /** GITHUB_EVENT_NAME: push, schedule, issues, pull_request, pull_request_target, workflow_dispatch… */
  name: string;
  /** The parsed GITHUB_EVENT_PATH payload ({} when absent). */
  payload: Record<string, unknown>;
}

export interface ActionContext {
  inputs: ActionInputs;
  cwd: string;
  /** One instant for the whole run, so every plan and gate is judged at the same time. */
  now: Date;
  event: ActionEvent;
  repo: { owner: string; repo: string };
  validation: ValidationOutcome;
  runner: Runner;
  log: Logger;
  clock: Clock;
  github(): GitHubClient;
  /** The run's one reader of lesson sources (lesson-sources.ts): each source is read once per run. */
  lessonSources: SharedLessonsOf;
}

export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
  } catch (error) {
    throw new InputError(`cannot read the event payload at GITHUB_EVENT_PATH (${(error as Error).message})`);
  }
}

export function readRepository(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY is not set as owner/repo');
  return { owner, repo };
}

export function createActionContext(
  inputs: ActionInputs,
  validation: ValidationOutcome,
  host: ActionHost,
  options: { cwd: string; now: Date; lessonSources: SharedLessonsOf },
): ActionContext {
  let client: GitHubClient | undefined;
  const env = host.runner.env;
  return {
    inputs,
    cwd: options.cwd,
    now: options.now,
    event: readEvent(env),
    repo: readRepository(env),
    validation,
    runner: host.runner,
    log: host.log,
    clock: host.clock,
    lessonSources: options.lessonSources,
    github() {
      if (!inputs.token) throw new InputError('input "token" is empty: sync and report need a GitHub token');
      client ??= host.github(inputs.token);
      return client;
    },
  };
}
