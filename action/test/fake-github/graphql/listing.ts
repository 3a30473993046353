// Finding repositories: `organization(login).repositories` and `search(type: REPOSITORY)` with
// the `org:`/`user:`/`topic:` qualifiers. Both list only what the token may read, as GitHub does.
// Arguments and qualifiers the fake does not model are drift (FakeLimitation), never ignored.
import { FakeLimitation } from '../http/errors.ts';
import { inRepository } from '../render/context.ts';
import type { RepoState } from '../state/repo-state.ts';
import { type ConnectionArgs, connection } from './connection.ts';
import { GraphqlResolutionError } from './errors.ts';
import { actorNode, type NodeContext, repositoryNode } from './nodes.ts';

interface RepositoriesArgs extends ConnectionArgs {
  orderBy?: { field: string; direction: string } | null;
  isFork?: boolean | null;
  isArchived?: boolean | null;
  [other: string]: unknown;
}

/** Arguments GitHub gives a value by default; anything else set is a filter the fake lacks. */
const MODELLED_ARGS = new Set([
  'first',
  'last',
  'after',
  'before',
  'orderBy',
  'isFork',
  'isArchived',
  'ownerAffiliations',
]);

function ordered(repositories: RepoState[], orderBy: RepositoriesArgs['orderBy']): RepoState[] {
  if (!orderBy) return repositories;
  if (orderBy.field !== 'NAME')
    throw new FakeLimitation(`fake-github orders repositories by NAME only (got ${orderBy.field})`);
  const sign = orderBy.direction === 'DESC' ? -1 : 1;
  return [...repositories].sort((a, b) => sign * (a.repo.toLowerCase() < b.repo.toLowerCase() ? -1 : 1));
}

export function organizationNode(ctx: NodeContext, login: string): Record<string, unknown> {
  const owned = ctx.repositories.all().filter((r) => r.owner.toLowerCase() === login.toLowerCase());
  const account = owned[0]?.ownerAccount;
  if (account?.type !== 'Organization') {
    throw new GraphqlResolutionError('NOT_FOUND', `Could not resolve to an Organization with the login of '${login}'.`);
  }
  return {
    ...actorNode(ctx, account.login),
    __typename: 'Organization',
    repositories: (args: RepositoriesArgs) => {
      for (const [name, value] of Object.entries(args)) {
        if (value != null && !MODELLED_ARGS.has(name))
          throw new FakeLimitation(`fake-github does not implement Organization.repositories(${name})`);
      }
      // none of the fake's repositories is a fork or archived
      const none = args.isFork === true || args.isArchived === true;
      const readable = none ? [] : owned.filter((r) => r.canRead(ctx.viewer));
      return connection(ordered(readable, args.orderBy), args, 'repositories', (state) =>
        repositoryNode(inRepository(ctx, state)),
      );
    },
  };
}

interface SearchArgs extends ConnectionArgs {
  query: string;
  type: string;
}

/** `search(type: REPOSITORY)`: every qualifier must hold; results by `owner/name`. */
export function searchRepositories(ctx: NodeContext, args: SearchArgs): Record<string, unknown> {
  if (args.type !== 'REPOSITORY') throw new FakeLimitation(`fake-github searches repositories only (got ${args.type})`);
  const tests: ((r: RepoState) => boolean)[] = [];
  for (const term of args.query.trim().split(/\s+/).filter(Boolean)) {
    const match = /^(org|user|topic|archived|fork):(.+)$/.exec(term);
    if (!match) throw new FakeLimitation(`fake-github does not implement the search term "${term}"`);
    const [, qualifier, value] = match as unknown as [string, string, string];
    const wanted = value.toLowerCase();
    if (qualifier === 'org' || qualifier === 'user') tests.push((r) => r.owner.toLowerCase() === wanted);
    else if (qualifier === 'topic') tests.push((r) => r.topics.some((t) => t.toLowerCase() === wanted));
    else if (wanted === 'false') tests.push(() => true);
    else throw new FakeLimitation(`fake-github does not implement the search term "${term}"`);
  }
  const found = ctx.repositories
    .all()
    .filter((r) => r.canRead(ctx.viewer) && tests.every((test) => test(r)))
    .sort((a, b) => (a.fullName.toLowerCase() < b.fullName.toLowerCase() ? -1 : 1));
  const page = connection(found, args, 'search', (state) => repositoryNode(inRepository(ctx, state)));
  return {
    ...page,
    repositoryCount: found.length,
    issueCount: 0,
    codeCount: 0,
    discussionCount: 0,
    userCount: 0,
    wikiCount: 0,
  };
}
