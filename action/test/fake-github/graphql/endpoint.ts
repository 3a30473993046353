// POST /graphql: parse, validate against GitHub's schema, execute against the fake's state.
// Invalid documents get GitHub-shaped error answers and are drift; so is any execution error
// that GitHub itself would not produce.
import {
  type DocumentNode,
  execute,
  type GraphQLError,
  getOperationAST,
  type OperationTypeNode,
  parse,
  validate,
} from 'graphql';
import { FakeLimitation } from '../http/errors.ts';
import type { RateSnapshot } from '../http/rate-limit.ts';
import { GraphqlResolutionError } from './errors.ts';
import type { NodeContext } from './nodes.ts';
import { rootValue } from './root.ts';
import { githubGraphqlSchema } from './schema.ts';

export interface GraphqlRequest {
  operation: `${OperationTypeNode}`;
  name: string | null;
  document?: DocumentNode;
  variables?: Record<string, unknown>;
  /** Set when the request cannot be executed: GitHub's error answer. */
  rejection?: { message: string; locations?: unknown }[];
}

export interface GraphqlDrift {
  direction: 'request' | 'response';
  pointer: string;
  message: string;
}

type Payload = { query?: unknown; variables?: unknown; operationName?: unknown };

/** Parses and validates; the operation type decides whether the request is a read or a write. */
export function describeGraphqlRequest(payload: unknown): GraphqlRequest {
  const { query, variables, operationName } = (payload ?? {}) as Payload;
  if (typeof query !== 'string') {
    return {
      operation: 'query',
      name: null,
      rejection: [{ message: 'A query attribute must be specified and must be a string.' }],
    };
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    const syntax = error as GraphQLError;
    return { operation: 'query', name: null, rejection: [{ message: syntax.message, locations: syntax.locations }] };
  }
  const name = typeof operationName === 'string' ? operationName : null;
  const operationNode = getOperationAST(document, name);
  const described: GraphqlRequest = {
    operation: operationNode?.operation ?? 'query',
    name: name ?? operationNode?.name?.value ?? null,
    document,
    ...(variables !== null && typeof variables === 'object' && { variables: variables as Record<string, unknown> }),
  };
  const invalid = validate(githubGraphqlSchema(), document);
  if (invalid.length > 0) described.rejection = invalid.map((e) => ({ message: e.message, locations: e.locations }));
  return described;
}

export async function executeGraphql(
  request: GraphqlRequest,
  ctx: NodeContext,
  rate: () => RateSnapshot,
): Promise<{ body: unknown; drift: GraphqlDrift[] }> {
  if (request.rejection || !request.document) {
    const drift = (request.rejection ?? []).map((e) => ({
      direction: 'request' as const,
      pointer: '',
      message: e.message,
    }));
    return { body: { errors: request.rejection }, drift };
  }
  const result = await execute({
    schema: githubGraphqlSchema(),
    document: request.document,
    rootValue: rootValue(ctx, rate),
    variableValues: request.variables ?? {},
    operationName: request.name,
  });
  const drift: GraphqlDrift[] = [];
  const errors = (result.errors ?? []).map((error) => {
    const original = error.originalError;
    if (original instanceof GraphqlResolutionError) {
      return { type: original.type, path: error.path, locations: error.locations, message: original.message };
    }
    const pointer = `/data/${(error.path ?? []).join('/')}`;
    const why =
      original instanceof FakeLimitation ? original.message : `GitHub would not answer this: ${error.message}`;
    drift.push({ direction: 'response', pointer, message: why });
    return { path: error.path, locations: error.locations, message: error.message };
  });
  return { body: { data: result.data ?? null, ...(errors.length > 0 && { errors }) }, drift };
}
