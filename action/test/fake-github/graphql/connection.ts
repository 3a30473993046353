// Relay connections with GitHub's rules: `first` or `last` is mandatory and at most 100.
import { GraphqlResolutionError } from './errors.ts';

export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const encodeCursor = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');
const decodeCursor = (cursor: string) => Number(Buffer.from(cursor, 'base64').toString().split(':').at(-1));

export function connection<T>(items: T[], args: ConnectionArgs, field: string, toNode: (item: T) => unknown) {
  const { first, last } = args;
  if (first == null && last == null) {
    throw new GraphqlResolutionError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
    );
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value > MAX_PAGE_SIZE || value < 0)) {
      throw new GraphqlResolutionError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${field}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE_SIZE} records.`,
      );
    }
  }
  let start = args.after ? decodeCursor(args.after) + 1 : 0;
  let end = args.before ? decodeCursor(args.before) : items.length;
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const indexes = Array.from({ length: Math.max(end - start, 0) }, (_, i) => start + i);
  const nodes = indexes.map((i) => toNode(items[i]!));
  return {
    totalCount: items.length,
    nodes,
    edges: indexes.map((i, k) => ({ cursor: encodeCursor(i), node: nodes[k] })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: indexes.length ? encodeCursor(start) : null,
      endCursor: indexes.length ? encodeCursor(end - 1) : null,
    },
  };
}
