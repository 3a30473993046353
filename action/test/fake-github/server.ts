// A stateful loopback fake of GitHub's REST and GraphQL APIs for end-to-end tests of the action.
// Every request and response is checked against GitHub's OpenAPI description (REST) or executed
// against GitHub's GraphQL schema, so the fake cannot drift from the real API unnoticed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultPlan } from './faults.ts';
import { RequestPipeline, type WriteEvent, type WriteListener } from './http/pipeline.ts';
import { RateLimiter, type RateResource } from './http/rate-limit.ts';
import { HumanSimulator } from './human.ts';
import { type DriftError, getOpenApiValidator } from './openapi/validator.ts';
import type { RenderContext } from './render/context.ts';
import { RequestLog } from './request-log.ts';
import { restHandlers } from './rest/index.ts';
import { newSharedState, RepoState } from './state/repo-state.ts';
import { RepositoryDirectory } from './state/repositories.ts';

export type { WriteEvent, WriteListener } from './http/pipeline.ts';
export type { DriftError } from './openapi/validator.ts';

const LOOPBACK = '127.0.0.1';

/** One repository of several (`FakeGitHubOptions.repositories`). */
export interface FakeRepositoryOptions {
  owner: string;
  repo: string;
  /** Default: the fake's `defaultBranch`. */
  defaultBranch?: string;
  /** Default true. A public repository can be read by every token. */
  private?: boolean;
  /** Repository topics, e.g. `['rollbook']`. */
  topics?: string[];
  /**
   * Logins that may read this private repository (besides those given a role with
   * `access.setRole`); other tokens get 404 / NOT_FOUND. Default: every token may read it.
   */
  readers?: string[];
}

export interface FakeGitHubOptions {
  /** Repository owner; default `rollbook-org`. Ignored when `repositories` is given. */
  owner?: string;
  /** Repository name; default `rollout-plans`. Ignored when `repositories` is given. */
  repo?: string;
  /**
   * Several repositories; the first is `fake.state` and the one `env()` names. Default: the one
   * repository `owner`/`repo`.
   */
  repositories?: FakeRepositoryOptions[];
  /** Default `Organization` (team membership endpoints need one); applies to every owner. */
  ownerType?: 'Organization' | 'User';
  /** Default `main`. */
  defaultBranch?: string;
  /** token → login. Other tokens act as `defaultActor`. */
  tokens?: Record<string, string>;
  /** Who unknown tokens act as; default `github-actions[bot]`; null answers 401 for them. */
  defaultActor?: string | null;
  /** Hourly budgets; default 1,000 each (GITHUB_TOKEN's). */
  rateLimits?: Partial<Record<RateResource, number>>;
  /** Whether the sub-issues API exists; default true. */
  subIssues?: boolean;
  /** Web UI base for html_url fields; default `https://github.com`. */
  htmlUrl?: string;
}

export interface FakeGitHub extends HumanSimulatorMethods {
  /** REST base, for GITHUB_API_URL (`http://127.0.0.1:PORT`). */
  readonly url: string;
  /** For GITHUB_GRAPHQL_URL (`http://127.0.0.1:PORT/graphql`). */
  readonly graphqlUrl: string;
  /** The first repository. */
  readonly state: RepoState;
  /** A repository by `owner/name`; throws when the fake does not serve it. */
  repo(fullName: string): RepoState;
  /** Every repository served, the first first. */
  readonly repositories: RepoState[];
  readonly log: RequestLog;
  readonly faults: FaultPlan;
  readonly rateLimits: RateLimiter;
  /** Requests and responses that left GitHub's description, and features the fake lacks. */
  readonly driftErrors: DriftError[];
  /** Throws listing every drift error; call it in afterEach. */
  assertNoDrift(): void;
  /** Empties driftErrors and returns what was there (for tests that provoke drift on purpose). */
  takeDrift(): DriftError[];
  /** Environment for the action's process: API URLs, repository, server URL. */
  env(): Record<string, string>;
  /** Called after each write changed state, before its response is sent; returns an unsubscribe. */
  onWrite(listener: WriteListener): () => void;
  /** Runs `action` once, after the `n`-th write (1-based) and before its response is sent. */
  afterWrite(n: number, action: (event: WriteEvent) => void | Promise<void>): void;
  stop(): Promise<void>;
}

type HumanSimulatorMethods = Pick<
  HumanSimulator,
  'userEditIssue' | 'userToggleTask' | 'userComment' | 'closeIssue' | 'reopenIssue' | 'deleteIssue' | 'deleteRevision'
>;

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const shared = newSharedState();
  const given = options.repositories ?? [
    { owner: options.owner ?? 'rollbook-org', repo: options.repo ?? 'rollout-plans' },
  ];
  const repositories = new RepositoryDirectory(
    given.map(
      (r) =>
        new RepoState({
          owner: r.owner,
          repo: r.repo,
          ownerType: options.ownerType ?? 'Organization',
          defaultBranch: r.defaultBranch ?? options.defaultBranch ?? 'main',
          subIssues: options.subIssues ?? true,
          ...(r.private !== undefined && { private: r.private }),
          ...(r.topics && { topics: r.topics }),
          ...(r.readers && { readers: r.readers }),
          shared,
        }),
    ),
  );
  const state = repositories.first;
  const validator = getOpenApiValidator();
  const limiter = new RateLimiter(options.rateLimits);
  const log = new RequestLog();
  const faults = new FaultPlan();
  const driftErrors: DriftError[] = [];
  const writeListeners = new Set<WriteListener>();

  let pipeline: RequestPipeline | undefined;
  const server = createServer((req, res) => {
    pipeline!.handle(req, res).catch((error: unknown) => {
      // a fault in the pipeline itself: answer rather than hang the client
      driftErrors.push({
        operationId: 'fake-github',
        direction: 'response',
        method: req.method ?? '',
        path: req.url ?? '',
        pointer: '',
        message: String(error),
      });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.keepAliveTimeout = 1000;
  const url = await listen(server);
  const render: RenderContext = {
    state,
    repositories,
    apiUrl: url,
    htmlUrl: (options.htmlUrl ?? 'https://github.com').replace(/\/$/, ''),
  };
  pipeline = new RequestPipeline({
    render,
    validator,
    handlers: restHandlers(limiter),
    limiter,
    faults,
    log,
    auth: {
      tokens: options.tokens ?? {},
      defaultActor: options.defaultActor === undefined ? 'github-actions[bot]' : options.defaultActor,
    },
    drift: driftErrors,
    writeListeners,
  });
  const human = new HumanSimulator(render, validator, driftErrors);

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    state,
    repo: (fullName) => repositories.get(fullName),
    repositories: repositories.all(),
    log,
    faults,
    rateLimits: limiter,
    driftErrors,
    assertNoDrift() {
      if (driftErrors.length === 0) return;
      const lines = driftErrors.map(
        (e) =>
          `  ${e.method} ${e.path} [${e.operationId} ${e.direction}${e.status ? ` ${e.status}` : ''}] ${e.pointer || '(root)'}: ${e.message}`,
      );
      throw new Error(`fake-github saw ${driftErrors.length} drift error(s):\n${lines.join('\n')}`);
    },
    takeDrift: () => driftErrors.splice(0),
    env: () => ({
      GITHUB_API_URL: url,
      GITHUB_GRAPHQL_URL: `${url}/graphql`,
      GITHUB_SERVER_URL: render.htmlUrl,
      GITHUB_REPOSITORY: state.fullName,
      GITHUB_REPOSITORY_OWNER: state.owner,
    }),
    onWrite(listener) {
      writeListeners.add(listener);
      return () => writeListeners.delete(listener);
    },
    afterWrite(n, action) {
      const listener: WriteListener = async (event) => {
        if (event.writeNumber !== n) return;
        writeListeners.delete(listener);
        await action(event);
      };
      writeListeners.add(listener);
    },
    userEditIssue: human.userEditIssue.bind(human),
    userToggleTask: human.userToggleTask.bind(human),
    deleteRevision: human.deleteRevision.bind(human),
    userComment: human.userComment.bind(human),
    closeIssue: human.closeIssue.bind(human),
    reopenIssue: human.reopenIssue.bind(human),
    deleteIssue: human.deleteIssue.bind(human),
    stop: () => close(server),
  };
}

/** The brief's name for it. */
export const start = startFakeGitHub;

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://${LOOPBACK}:${port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
