// Everything one report run shares across pull requests: the readers (each base commit with its
// plans, lessons and report templates, each plan's issues, each team answer read once), one
// metric query pool (identical (query, window) pairs go out once) and the clock.
import { resolve } from 'node:path';
import { toDisplay } from '../../files/contained.ts';
import { planSources, type SourceResolver } from '../../gates/collect.ts';
import { createProviders, type ProviderSettings, SharedQueries } from '../../gates/providers/index.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { ActionContext } from '../context.ts';
import { BaseBranchReader } from './base-branch.ts';
import type { ReportInputs } from './inputs.ts';
import { PhaseIssueReader } from './phase-issues.ts';
import { TeamDirectory } from './teams.ts';

/** Which action input configures each provider, for "no provider" errors. */
const PROVIDER_INPUT: Record<string, string> = {
  prometheus: 'prometheus-url',
  'json-file': 'metrics-file',
};

export interface ReportSession {
  ctx: ActionContext;
  client: GitHubClient;
  repo: RepoRef;
  now: Date;
  base: BaseBranchReader;
  issues: PhaseIssueReader;
  teams: TeamDirectory;
  sources: SourceResolver;
  pool: SharedQueries;
  /**
   * Errors met while evaluating one plan or PR, and whether each is expected (a user's broken
   * template, runtime/expected-error.ts) or a bug; the run fails after reporting the rest.
   */
  unevaluated: { text: string; expected: boolean }[];
}

export async function createSession(ctx: ActionContext, client: GitHubClient): Promise<ReportSession> {
  const { inputs } = ctx;
  const pool = new SharedQueries();
  return {
    ctx,
    client,
    repo: ctx.repo,
    now: ctx.now,
    base: new BaseBranchReader(client, ctx.repo, {
      planPaths: inputs.plans,
      configPath: inputs.configPath,
      ...(inputs.templatesDir ? { templatesDir: inputs.templatesDir } : {}),
      lessonSources: ctx.lessonSources,
    }),
    issues: new PhaseIssueReader(client, ctx.repo, inputs.labelPrefix, ctx.log),
    teams: new TeamDirectory(client, ctx.repo, inputs.sync.signoffPermission),
    sources: withInputHints(planSources(createProviders(providerSettings(inputs.report, ctx.cwd), pool))),
    pool,
    unevaluated: [],
  };
}

export function providerSettings(inputs: ReportInputs, cwd: string): ProviderSettings {
  const timeoutMs = inputs.metricsTimeoutMs;
  const settings: ProviderSettings = {
    httpJson: {
      timeoutMs,
      tokenOrigins: inputs.httpJsonTokenOrigins,
      allowPrivate: inputs.httpJsonAllowPrivate,
      ...(inputs.httpJsonToken ? { token: inputs.httpJsonToken } : {}),
    },
  };
  if (inputs.prometheusUrl) {
    settings.prometheus = {
      baseUrl: inputs.prometheusUrl,
      timeoutMs,
      ...(inputs.prometheusToken ? { token: inputs.prometheusToken } : {}),
    };
  }
  // Reports name the file relative to the workspace (`metrics/x.json`), not by the runner's path.
  if (inputs.metricsFile) {
    const path = resolve(cwd, inputs.metricsFile);
    settings.jsonFile = { path, display: toDisplay(path, cwd), root: cwd };
  }
  return settings;
}

/** "no prometheus provider is configured" says which input would configure it. */
function withInputHints(sources: SourceResolver): SourceResolver {
  return (request) => {
    const found = sources(request);
    if (!('error' in found)) return found;
    const input = PROVIDER_INPUT[request.metric.provider];
    return input ? { ...found, error: `${found.error}: set the action's ${input} input` } : found;
  };
}
