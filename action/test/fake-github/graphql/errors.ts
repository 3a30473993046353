// Errors GitHub's GraphQL API itself returns (NOT_FOUND, pagination limits). Anything else thrown
// while executing is a fault in the fake and is recorded as drift.

export class GraphqlResolutionError extends Error {
  readonly type: string;

  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

export const nodeNotFound = (id: string): GraphqlResolutionError =>
  new GraphqlResolutionError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
