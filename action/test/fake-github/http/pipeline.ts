// One request's way through the fake: log → authenticate → validate the request against the
// OpenAPI description → injected fault? → rate limit → handler → write hooks → validate the
// response → send. Drift (a request or response GitHub's description does not allow, or a
// feature the fake does not model) is recorded; REST answers it 500 so it cannot go unnoticed,
// GraphQL answers 200 with GitHub-shaped `errors`.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault, FaultPlan, RequestFacts } from '../faults.ts';
import { describeGraphqlRequest, executeGraphql, type GraphqlRequest } from '../graphql/endpoint.ts';
import type { RouteMatch } from '../openapi/route-index.ts';
import { type DriftError, type OpenApiValidator, UNKNOWN_OPERATION } from '../openapi/validator.ts';
import { inRepository, type RenderContext } from '../render/context.ts';
import type { LoggedRequest, RequestLog } from '../request-log.ts';
import type { RestHandlers, RestReply } from '../rest/types.ts';
import type { RepositoryPart } from '../state/access.ts';
import type { UserRecord } from '../state/records.ts';
import { type AuthOptions, authenticate } from './auth.ts';
import { readJsonBody } from './body.ts';
import { errorBody, FakeLimitation, GitHubError } from './errors.ts';
import { faultResponse, primaryRateLimitResponse } from './fault-responses.ts';
import { type RateLimiter, type RateResource, rateLimitHeaders } from './rate-limit.ts';

export interface WriteEvent {
  /** 1-based count of write requests that reached a handler (REST writes and GraphQL mutations). */
  writeNumber: number;
  method: string;
  path: string;
  operationId: string;
  status: number;
}

/** Runs after the write changed state and before its response is sent; awaited. */
export type WriteListener = (event: WriteEvent) => void | Promise<void>;

export interface PipelineDeps {
  render: RenderContext;
  validator: OpenApiValidator;
  handlers: RestHandlers;
  limiter: RateLimiter;
  faults: FaultPlan;
  log: RequestLog;
  auth: AuthOptions;
  drift: DriftError[];
  writeListeners: Set<WriteListener>;
}

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
  entry: LoggedRequest;
  requestId: string;
  resource: RateResource;
}

const BASE_HEADERS = {
  'x-github-media-type': 'github.v3; format=json',
  'x-github-api-version-selected': '2022-11-28',
};

export class RequestPipeline {
  readonly #deps: PipelineDeps;
  #writesHandled = 0;

  constructor(deps: PipelineDeps) {
    this.#deps = deps;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { validator, log } = this.#deps;
    const url = new URL(req.url ?? '/', this.#deps.render.apiUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const isGraphql = url.pathname === '/graphql' && method === 'POST';
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 400;
      const entry = log.add({
        at: Date.now(),
        method,
        path: url.pathname + url.search,
        operationId: UNKNOWN_OPERATION,
        kind: method === 'GET' || method === 'HEAD' ? 'read' : 'write',
        actor: null,
        status,
      });
      this.#send(
        { req, res, url, method, entry, requestId, resource: 'core' },
        { status, body: errorBody(status, (error as Error).message) },
      );
      return;
    }

    let graphql: GraphqlRequest | undefined;
    let match: RouteMatch | undefined;
    let requestDrift: DriftError[] = [];
    if (isGraphql) graphql = describeGraphqlRequest(body);
    else {
      // GitHub answers HEAD wherever it answers GET; the description lists only GET
      const routeMethod = method === 'HEAD' ? 'GET' : method;
      const checked = validator.validateRequest({
        method: routeMethod,
        pathname: url.pathname,
        query: url.searchParams,
        body,
      });
      match = checked.match;
      requestDrift = checked.errors;
    }

    const operationId = isGraphql ? 'graphql' : (match?.operation.operationId ?? UNKNOWN_OPERATION);
    const isWrite = graphql ? graphql.operation === 'mutation' : method !== 'GET' && method !== 'HEAD';
    const entry = log.add({
      at: Date.now(),
      method,
      path: url.pathname + url.search,
      operationId,
      kind: isWrite ? 'write' : 'read',
      actor: null,
      status: 0,
      ...(graphql && { graphql: { operation: graphql.operation, name: graphql.name } }),
    });
    const resource: RateResource = isGraphql ? 'graphql' : url.pathname.startsWith('/search/') ? 'search' : 'core';
    const exchange: Exchange = { req, res, url, method, entry, requestId, resource };

    const auth = authenticate(req.headers, this.#deps.auth);
    if (!auth.ok) {
      this.#send(exchange, { status: 401, body: errorBody(401, auth.message) });
      return;
    }
    const actor = this.#deps.render.state.users.get(auth.login);
    entry.actor = actor.login;

    if (requestDrift.length > 0) {
      this.#sendDrift(exchange, requestDrift);
      return;
    }

    const facts: RequestFacts = {
      method,
      operationId,
      route: isGraphql ? '/graphql' : (match?.operation.template ?? url.pathname),
      ...(graphql && { graphql: graphql.operation }),
    };
    const before = this.#deps.faults.take(facts, 'before-handling');
    if (before) {
      this.#sendFault(exchange, before, isGraphql);
      return;
    }

    const free = operationId === 'rate-limit/get'; // GitHub does not count this call
    if (!free && this.#deps.limiter.isExhausted(resource)) {
      const snapshot = this.#deps.limiter.peek(resource);
      const refused = primaryRateLimitResponse(rateLimitHeaders(snapshot), 403, isGraphql);
      this.#send(exchange, { status: refused.status, body: refused.body, headers: refused.headers });
      return;
    }
    if (!free) this.#deps.limiter.charge(resource);

    const { reply, drift } = graphql
      ? await this.#runGraphql(graphql, actor)
      : this.#runRest(match!, { url, body, actor, headers: req.headers });
    if (graphql) {
      // GraphQL clients expect 200 with `errors`; drift is recorded but the answer stays GitHub's
      this.#deps.drift.push(...drift);
    } else if (drift.length > 0) {
      this.#sendDrift(exchange, drift);
      return;
    }

    if (isWrite) await this.#notifyWrite(exchange, reply.status);

    const after = this.#deps.faults.take(facts, 'after-handling');
    if (after) {
      this.#sendFault(exchange, after, isGraphql);
      return;
    }

    if (match && !reply.raw) {
      const responseDrift = validator.validateResponse(
        match.operation,
        { method, pathname: url.pathname },
        {
          status: reply.status,
          mediaType: 'application/json',
          body: reply.body,
        },
      );
      if (responseDrift.length > 0) {
        this.#sendDrift(exchange, responseDrift);
        return;
      }
    }
    this.#send(exchange, reply);
  }

  #runRest(
    match: RouteMatch,
    request: { url: URL; body: unknown; actor: UserRecord; headers: IncomingMessage['headers'] },
  ): { reply: RestReply; drift: DriftError[] } {
    const op = match.operation;
    const where = {
      operationId: op.operationId,
      direction: 'request' as const,
      method: op.method.toUpperCase(),
      path: request.url.pathname,
      pointer: '',
    };
    try {
      const ctx = this.#contextFor(match.pathParams, op.template, request.actor);
      const handler = this.#deps.handlers[op.operationId];
      if (!handler)
        throw new FakeLimitation(
          `fake-github does not implement ${op.operationId} (${op.method.toUpperCase()} ${op.template})`,
        );
      const reply = handler(
        {
          params: match.pathParams,
          query: request.url.searchParams,
          body: request.body,
          actor: request.actor,
          url: request.url,
          headers: request.headers,
        },
        ctx,
      );
      return { reply, drift: [] };
    } catch (error) {
      if (error instanceof GitHubError) return { reply: { status: error.status, body: error.toBody() }, drift: [] };
      const message =
        error instanceof FakeLimitation ? error.message : `fake-github failed: ${(error as Error).message}`;
      return { reply: { status: 500 }, drift: [{ ...where, message }] };
    }
  }

  /**
   * The repository a REST path names (`{owner}/{repo}`), or for `/orgs/{org}/…` the first one the
   * organization owns. GitHub answers 404, not 403, for a repository the token cannot read, so a
   * private repository's existence does not leak.
   */
  #contextFor(params: Record<string, string>, template: string, actor: UserRecord): RenderContext {
    const { render } = this.#deps;
    const { owner, repo, org } = params;
    if (owner !== undefined && repo !== undefined) {
      const state = render.repositories.find(owner, repo);
      if (!state?.canRead(actor.login)) throw new GitHubError(404, 'Not Found');
      const part = partOf(template);
      if (part && state.access.isWithheld(actor.login, part))
        throw new GitHubError(403, 'Resource not accessible by integration');
      return inRepository(render, state);
    }
    if (org !== undefined) {
      const state = render.repositories.all().find((r) => r.owner.toLowerCase() === org.toLowerCase());
      return state ? inRepository(render, state) : render;
    }
    return render;
  }

  async #runGraphql(graphql: GraphqlRequest, actor: UserRecord): Promise<{ reply: RestReply; drift: DriftError[] }> {
    const ctx = { ...this.#deps.render, viewer: actor.login };
    const outcome = await executeGraphql(graphql, ctx, () => this.#deps.limiter.peek('graphql'));
    const drift = outcome.drift.map((d) => ({
      ...d,
      operationId: graphql.name ? `graphql ${graphql.operation} ${graphql.name}` : `graphql ${graphql.operation}`,
      method: 'POST',
      path: '/graphql',
    }));
    return { reply: { status: 200, body: outcome.body }, drift };
  }

  async #notifyWrite(exchange: Exchange, status: number): Promise<void> {
    const event: WriteEvent = {
      writeNumber: ++this.#writesHandled,
      method: exchange.method,
      path: exchange.entry.path,
      operationId: exchange.entry.operationId,
      status,
    };
    for (const listener of this.#deps.writeListeners) await listener(event);
  }

  #sendDrift(exchange: Exchange, errors: DriftError[]): void {
    this.#deps.drift.push(...errors);
    const summary = errors
      .map((e) => `${e.operationId} ${e.direction} ${e.pointer || '(root)'}: ${e.message}`)
      .join('; ');
    this.#send(exchange, { status: 500, body: errorBody(500, `fake-github drift: ${summary}`) });
  }

  #sendFault(exchange: Exchange, fault: Fault, graphql: boolean): void {
    exchange.entry.fault = fault.kind;
    const response = faultResponse(fault, {
      requestId: exchange.requestId,
      rate: this.#deps.limiter.peek(exchange.resource),
      graphql,
    });
    if (!response) {
      exchange.entry.status = 0;
      exchange.req.socket.destroy();
      return;
    }
    this.#send(exchange, response);
  }

  #send(exchange: Exchange, reply: RestReply): void {
    const { res, method, entry } = exchange;
    const headers: Record<string, string> = {
      ...BASE_HEADERS,
      'x-github-request-id': exchange.requestId,
      ...rateLimitHeaders(this.#deps.limiter.peek(exchange.resource)),
      ...reply.headers,
    };
    let payload = reply.raw?.text ?? (reply.body === undefined ? undefined : JSON.stringify(reply.body));
    if (payload !== undefined) headers['content-type'] = reply.raw?.contentType ?? 'application/json; charset=utf-8';
    let status = reply.status;
    if (method === 'GET' && status === 200 && payload !== undefined) {
      const etag = `W/"${createHash('sha1').update(payload).digest('hex')}"`;
      headers['etag'] = etag;
      if (exchange.req.headers['if-none-match'] === etag) {
        status = 304;
        payload = undefined;
        delete headers['content-type'];
        entry.notModified = true;
        Object.assign(headers, rateLimitHeaders(this.#deps.limiter.refund(exchange.resource)));
      }
    }
    entry.status = status;
    res.on('error', () => {}); // the client may already be gone (killed between writes)
    res.writeHead(status, headers);
    res.end(method === 'HEAD' || status === 204 || status === 304 ? undefined : payload);
  }
}

/** Which permission a repository route needs beyond metadata, if one the fake can withhold. */
function partOf(template: string): RepositoryPart | undefined {
  const rest = template.replace(/^\/repos\/\{owner\}\/\{repo\}/, '');
  if (/^\/(issues|labels)(\/|$)/.test(rest)) return 'issues';
  if (/^\/(contents|git|commits)(\/|$)/.test(rest)) return 'contents';
  return undefined;
}
