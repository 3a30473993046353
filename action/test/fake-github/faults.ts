// A programmable plan of failures. Each rule matches requests (method, operationId, path template,
// GraphQL operation type), lets `skip` matches through, then fails the next `times` ones.
// `phase: 'after-handling'` applies the change first and fails only the answer, the way a
// GitHub 502 can hide a write that did happen.

export type Fault =
  | { kind: 'status'; status: 403 | 404 | 410 | 422 | 500 | 502 | 503 }
  /** 403 (or 429, which GitHub also sends) with `retry-after` and GitHub's secondary-rate-limit message. */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number; status?: 403 | 429 }
  /** 403 (or 429) with `x-ratelimit-remaining: 0` and a reset `resetAfterSeconds` ahead. */
  | { kind: 'primary-rate-limit'; resetAfterSeconds?: number; status?: 403 | 429 }
  /** A bare 429 with `retry-after`. */
  | { kind: 'too-many-requests'; retryAfterSeconds?: number }
  /** The socket is destroyed without an answer. */
  | { kind: 'connection-reset' };

export type FaultPhase = 'before-handling' | 'after-handling';

export interface FaultMatch {
  /** HTTP method, any case. */
  method?: string;
  /** OpenAPI operationId such as `issues/update`, or `graphql`. */
  operationId?: string;
  /** OpenAPI path template such as `/repos/{owner}/{repo}/issues/{issue_number}`, or `/graphql`. */
  route?: string;
  /** For GraphQL requests only: the operation type. */
  graphql?: 'query' | 'mutation';
}

export interface FaultRule extends FaultMatch {
  fault: Fault;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** How many matching requests pass before the first failure; default 0. */
  skip?: number;
  /** Default `before-handling`: the request has no effect. */
  phase?: FaultPhase;
}

export interface RequestFacts {
  method: string;
  operationId: string;
  route: string;
  graphql?: 'query' | 'mutation' | 'subscription';
}

interface ActiveRule {
  rule: FaultRule;
  skipLeft: number;
  timesLeft: number;
}

export class FaultPlan {
  readonly #rules: ActiveRule[] = [];
  /** Every fault served, in order. */
  readonly fired: { fault: Fault; request: RequestFacts }[] = [];

  add(rule: FaultRule): this {
    this.#rules.push({ rule, skipLeft: rule.skip ?? 0, timesLeft: rule.times ?? 1 });
    return this;
  }

  /** `times` consecutive answers with `status` (502/503 bursts). */
  burst(status: 404 | 410 | 500 | 502 | 503, times: number, match: FaultMatch = {}): this {
    return this.add({ ...match, fault: { kind: 'status', status }, times });
  }

  clear(): void {
    this.#rules.length = 0;
  }

  /** Rules that still have failures to serve; a test can assert this is empty. */
  pending(): FaultRule[] {
    return this.#rules.filter((active) => active.timesLeft > 0).map((active) => active.rule);
  }

  /** The fault for this request in this phase, consuming one use of the first matching rule. */
  take(request: RequestFacts, phase: FaultPhase): Fault | undefined {
    for (const active of this.#rules) {
      if (active.timesLeft === 0 || (active.rule.phase ?? 'before-handling') !== phase) continue;
      if (!matches(active.rule, request)) continue;
      if (active.skipLeft > 0) {
        active.skipLeft--;
        continue;
      }
      active.timesLeft--;
      this.fired.push({ fault: active.rule.fault, request });
      return active.rule.fault;
    }
    return undefined;
  }
}

function matches(rule: FaultMatch, request: RequestFacts): boolean {
  if (rule.method && rule.method.toUpperCase() !== request.method.toUpperCase()) return false;
  if (rule.operationId && rule.operationId !== request.operationId) return false;
  if (rule.route && rule.route !== request.route) return false;
  if (rule.graphql && rule.graphql !== request.graphql) return false;
  return true;
}
