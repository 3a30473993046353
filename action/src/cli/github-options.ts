// The options of the commands that read a repository's checklist issues (`status`, and
// `lesson new --from` with a token), checked in one place: the repository, the label prefix the
// action was given, and the account the action writes as.
import { GITHUB_ACTIONS_LOGIN } from '../github/login.ts';
import type { RepoRef } from '../github/repo.ts';
import { DEFAULT_LABEL_PREFIX, isLabelPrefix, LABEL_PREFIX_EXPECTED } from '../text/label-prefix.ts';
import { type CliIO, UsageError } from './command.ts';

const REPO = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
/** A user login, or an app's bot account `slug[bot]`. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/** Who the action writes as unless told otherwise: the workflow's GITHUB_TOKEN. */
export const DEFAULT_ACTION_LOGIN = GITHUB_ACTIONS_LOGIN;

/** --repo, else GITHUB_REPOSITORY; undefined when neither is given. */
export function optionalRepo(value: unknown, env: CliIO['env']): RepoRef | undefined {
  const text = (value as string | undefined) ?? env.GITHUB_REPOSITORY;
  if (!text) return undefined;
  const match = REPO.exec(text);
  if (!match) throw new UsageError(`--repo must be owner/name (got "${text}")`);
  return { owner: match[1]!, repo: match[2]! };
}

export function repoOption(value: unknown, env: CliIO['env']): RepoRef {
  const repo = optionalRepo(value, env);
  if (!repo) throw new UsageError('no repository: pass --repo owner/name or set GITHUB_REPOSITORY');
  return repo;
}

export function labelPrefixOption(value: unknown): string {
  const prefix = (value as string | undefined) ?? DEFAULT_LABEL_PREFIX;
  if (!isLabelPrefix(prefix)) throw new UsageError(`--label-prefix must be ${LABEL_PREFIX_EXPECTED} (got "${prefix}")`);
  return prefix;
}

export function actorOption(value: unknown): string {
  const actor = (value as string | undefined) ?? DEFAULT_ACTION_LOGIN;
  if (!LOGIN.test(actor)) throw new UsageError(`--actor must be a GitHub login such as my-app[bot] (got "${actor}")`);
  return actor;
}
