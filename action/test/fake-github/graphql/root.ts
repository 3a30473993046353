// Query and Mutation root fields the fake implements.
import type { RateSnapshot } from '../http/rate-limit.ts';
import { GraphqlResolutionError, nodeNotFound } from './errors.ts';
import { actorNode, commentNode, issueNode, labelNode, type NodeContext, repositoryNode, viewerNode } from './nodes.ts';

type MinimizeInput = { input: { subjectId: string; classifier?: string; clientMutationId?: string | null } };

export function rootValue(ctx: NodeContext, rate: () => RateSnapshot): Record<string, unknown> {
  const { state } = ctx;

  const findNode = (id: string): unknown => {
    if (id === state.repositoryNodeId) return repositoryNode(ctx);
    const issue = state.issues.all().find((i) => i.nodeId === id);
    if (issue) return issueNode(ctx, issue);
    const comment = state.issues.allComments().find((c) => c.nodeId === id);
    if (comment) return commentNode(ctx, comment);
    const label = state.issues.labels().find((l) => l.nodeId === id);
    if (label) return labelNode(ctx, label);
    const user = state.users.all().find((u) => u.nodeId === id);
    return user ? actorNode(ctx, user.login) : null;
  };

  const setMinimized = ({ input }: MinimizeInput, classifier: string | null, payloadField: string) => {
    const comment = state.issues.allComments().find((c) => c.nodeId === input.subjectId);
    if (!comment) throw nodeNotFound(input.subjectId);
    state.issues.setMinimized(comment.id, classifier);
    return { clientMutationId: input.clientMutationId ?? null, [payloadField]: commentNode(ctx, comment) };
  };

  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (owner.toLowerCase() !== state.owner.toLowerCase() || name.toLowerCase() !== state.repo.toLowerCase()) {
        throw new GraphqlResolutionError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return repositoryNode(ctx);
    },
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
