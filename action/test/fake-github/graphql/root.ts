// Query and Mutation root fields the fake implements.
import type { RateSnapshot } from '../http/rate-limit.ts';
import { inRepository } from '../render/context.ts';
import { GraphqlResolutionError, nodeNotFound } from './errors.ts';
import { organizationNode, searchRepositories } from './listing.ts';
import { actorNode, commentNode, issueNode, labelNode, type NodeContext, repositoryNode, viewerNode } from './nodes.ts';

type MinimizeInput = { input: { subjectId: string; classifier?: string; clientMutationId?: string | null } };

export function rootValue(ctx: NodeContext, rate: () => RateSnapshot): Record<string, unknown> {
  const readable = ctx.repositories.readableBy(ctx.viewer);

  const findNode = (id: string): unknown => {
    for (const state of readable) {
      const here = inRepository(ctx, state);
      if (id === state.repositoryNodeId) return repositoryNode(here);
      const issue = state.issues.all().find((i) => i.nodeId === id);
      if (issue) return issueNode(here, issue);
      const comment = state.issues.allComments().find((c) => c.nodeId === id);
      if (comment) return commentNode(here, comment);
      const label = state.issues.labels().find((l) => l.nodeId === id);
      if (label) return labelNode(here, label);
    }
    const user = ctx.state.users.all().find((u) => u.nodeId === id);
    return user ? actorNode(ctx, user.login) : null;
  };

  const setMinimized = ({ input }: MinimizeInput, classifier: string | null, payloadField: string) => {
    for (const state of readable) {
      const comment = state.issues.allComments().find((c) => c.nodeId === input.subjectId);
      if (!comment) continue;
      state.issues.setMinimized(comment.id, classifier);
      return {
        clientMutationId: input.clientMutationId ?? null,
        [payloadField]: commentNode(inRepository(ctx, state), comment),
      };
    }
    throw nodeNotFound(input.subjectId);
  };

  return {
    // GitHub hides a repository the token cannot read behind the same NOT_FOUND as a missing one
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const state = ctx.repositories.find(owner, name);
      if (!state?.canRead(ctx.viewer)) {
        throw new GraphqlResolutionError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return repositoryNode(inRepository(ctx, state));
    },
    organization: ({ login }: { login: string }) => organizationNode(ctx, login),
    search: (args: Parameters<typeof searchRepositories>[1]) => searchRepositories(ctx, args),
    node: ({ id }: { id: string }) => findNode(id),
    nodes: ({ ids }: { ids: string[] }) => ids.map(findNode),
    viewer: () => viewerNode(ctx),
    rateLimit: () => {
      const snapshot = rate();
      return {
        cost: 1,
        limit: snapshot.limit,
        remaining: snapshot.remaining,
        used: snapshot.used,
        nodeCount: 0,
        resetAt: new Date(snapshot.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      };
    },
    minimizeComment: (args: MinimizeInput) =>
      setMinimized(args, args.input.classifier ?? 'OUTDATED', 'minimizedComment'),
    unminimizeComment: (args: MinimizeInput) => setMinimized(args, null, 'unminimizedComment'),
  };
}
