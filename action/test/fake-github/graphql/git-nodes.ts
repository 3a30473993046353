// Git objects over GraphQL: `Repository.object(expression:|oid:)`, `Ref.target`, `Commit.tree`,
// `Tree.entries` and `Blob.text`, read from the fake's commits (state/git-objects.ts) with git's
// own object ids. Expressions are `<rev>:<path>` or `<rev>`, where rev is `HEAD` (the default
// branch), a branch name or a full commit sha.
import { repoHtmlUrl } from '../render/context.ts';
import { BLOB_MODE, type BlobObject, objectAt, TREE_MODE, type TreeObject } from '../state/git-objects.ts';
import type { CommitRecord } from '../state/records.ts';
import type { NodeContext } from './nodes.ts';

type Node = Record<string, unknown>;

function common(ctx: NodeContext, oid: string, commitSha: string): Node {
  return {
    id: `GO_${oid}`,
    oid,
    abbreviatedOid: oid.slice(0, 7),
    commitUrl: repoHtmlUrl(ctx, `/commit/${commitSha}`),
    commitResourcePath: `/${ctx.state.fullName}/commit/${commitSha}`,
  };
}

export function blobNode(ctx: NodeContext, blob: BlobObject, commitSha: string): Node {
  return {
    __typename: 'Blob',
    ...common(ctx, blob.oid, commitSha),
    byteSize: blob.byteSize,
    isBinary: false,
    isTruncated: false,
    text: blob.text,
  };
}

export function treeNode(ctx: NodeContext, tree: TreeObject, commitSha: string): Node {
  return {
    __typename: 'Tree',
    ...common(ctx, tree.oid, commitSha),
    entries: tree.entries.map((entry) => ({
      __typename: 'TreeEntry',
      name: entry.name,
      path: entry.path,
      type: entry.object.type,
      mode: entry.object.type === 'tree' ? TREE_MODE : BLOB_MODE,
      oid: entry.object.oid,
      size: entry.object.type === 'blob' ? entry.object.byteSize : 0,
      isGenerated: false,
      extension: entry.object.type === 'blob' && entry.name.includes('.') ? `.${entry.name.split('.').at(-1)}` : null,
      nameRaw: Buffer.from(entry.name).toString('base64'),
      pathRaw: Buffer.from(entry.path).toString('base64'),
      object: () => objectNode(ctx, entry.object, commitSha),
    })),
  };
}

function objectNode(ctx: NodeContext, object: BlobObject | TreeObject, commitSha: string): Node {
  return object.type === 'tree' ? treeNode(ctx, object, commitSha) : blobNode(ctx, object, commitSha);
}

export function commitNode(ctx: NodeContext, commit: CommitRecord): Node {
  const tree = ctx.state.git.treeOf(commit);
  return {
    __typename: 'Commit',
    ...common(ctx, commit.sha, commit.sha),
    url: repoHtmlUrl(ctx, `/commit/${commit.sha}`),
    resourcePath: `/${ctx.state.fullName}/commit/${commit.sha}`,
    tree: () => treeNode(ctx, tree, commit.sha),
  };
}

/** `Repository.object`: a commit, or the blob or tree at `rev:path`; null when there is none, as on GitHub. */
export function gitObject(ctx: NodeContext, args: { expression?: string | null; oid?: string | null }): Node | null {
  const { git } = ctx.state;
  git.objectReads++;
  const expression = args.expression ?? args.oid ?? '';
  const colon = expression.indexOf(':');
  const rev = colon === -1 ? expression : expression.slice(0, colon);
  const commit = git.resolve(rev === 'HEAD' || rev === '' ? git.defaultBranch : rev);
  if (!commit) return null;
  if (colon === -1) return commitNode(ctx, commit);
  const found = objectAt(git.treeOf(commit), expression.slice(colon + 1));
  return found ? objectNode(ctx, found, commit.sha) : null;
}

/** `Ref.target` of a branch: its head commit. */
export function branchTarget(ctx: NodeContext, branch: string): Node | null {
  const commit = ctx.state.git.resolve(branch);
  return commit ? commitNode(ctx, commit) : null;
}
