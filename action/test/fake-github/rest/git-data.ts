// Reading a repository at one commit, as shared lessons do (docs/adr/0049-shared-lessons.md):
// GET /commits/{ref} with the `sha` media type (the commit's sha as text), GET /git/trees/{sha}
// (`recursive` flattens it) and GET /git/blobs/{sha}, over the object ids git itself computes
// (state/git-objects.ts). A tree sha may be a tree's id, a commit sha or a branch name, as on GitHub.
import { GitHubError, notFound } from '../http/errors.ts';
import { type RenderContext, repoApiUrl } from '../render/context.ts';
import { BLOB_MODE, type BlobObject, TREE_MODE, type TreeObject } from '../state/git-objects.ts';
import type { RestHandlers } from './types.ts';

/** `application/vnd.github.sha` (Octokit's `mediaType: { format: 'sha' }` asks for the v3 spelling). */
const SHA_ACCEPT = /application\/vnd\.github(?:\.v3)?\.sha/;

/** The tree `sha` names in this repository: a commit's root tree, or any tree below a branch head or commit. */
function findTree(ctx: RenderContext, sha: string): TreeObject | undefined {
  const commit = ctx.state.git.resolve(sha);
  if (commit) return ctx.state.git.treeOf(commit);
  for (const branch of ctx.state.git.branches()) {
    const head = ctx.state.git.resolve(branch);
    const found = head && findObject(ctx.state.git.treeOf(head), sha, 'tree');
    if (found) return found as TreeObject;
  }
  return undefined;
}

function findBlob(ctx: RenderContext, sha: string): BlobObject | undefined {
  for (const commit of ctx.state.git.commits()) {
    const found = findObject(ctx.state.git.treeOf(commit), sha, 'blob');
    if (found) return found as BlobObject;
  }
  return undefined;
}

function findObject(tree: TreeObject, oid: string, type: 'tree' | 'blob'): TreeObject | BlobObject | undefined {
  if (type === 'tree' && tree.oid === oid) return tree;
  for (const entry of tree.entries) {
    if (entry.object.type === type && entry.object.oid === oid) return entry.object;
    if (entry.object.type === 'tree') {
      const found = findObject(entry.object, oid, type);
      if (found) return found;
    }
  }
  return undefined;
}

function treeEntries(ctx: RenderContext, tree: TreeObject, recursive: boolean, prefix = ''): unknown[] {
  return tree.entries.flatMap((entry) => {
    const path = prefix + entry.name;
    if (entry.object.type === 'blob') {
      const blob = entry.object;
      return [
        {
          path,
          mode: BLOB_MODE.toString(8),
          type: 'blob',
          sha: blob.oid,
          size: blob.byteSize,
          url: repoApiUrl(ctx, `/git/blobs/${blob.oid}`),
        },
      ];
    }
    const own = {
      path,
      mode: `0${TREE_MODE.toString(8)}`,
      type: 'tree',
      sha: entry.object.oid,
      url: repoApiUrl(ctx, `/git/trees/${entry.object.oid}`),
    };
    return recursive ? [own, ...treeEntries(ctx, entry.object, true, `${path}/`)] : [own];
  });
}

export const gitDataHandlers: RestHandlers = {
  'repos/get-commit': (request, ctx) => {
    const commit = ctx.state.git.resolve(request.params['ref'] ?? '');
    // GitHub answers 422 for a ref that names no commit.
    if (!commit) throw new GitHubError(422, `No commit found for SHA: ${request.params['ref']}`);
    if (!SHA_ACCEPT.test(String(request.headers.accept ?? ''))) {
      throw new GitHubError(415, 'The fake renders a commit only as its sha (application/vnd.github.sha)');
    }
    return { status: 200, raw: { contentType: 'application/vnd.github.sha; charset=utf-8', text: commit.sha } };
  },

  'git/get-tree': (request, ctx) => {
    const sha = request.params['tree_sha'] ?? '';
    const tree = findTree(ctx, sha);
    if (!tree) throw notFound();
    // Any value of `recursive` turns it on, as on GitHub ("0", "false" too).
    const recursive = request.query.has('recursive');
    return {
      status: 200,
      body: {
        sha: tree.oid,
        url: repoApiUrl(ctx, `/git/trees/${tree.oid}`),
        tree: treeEntries(ctx, tree, recursive),
        truncated: false,
      },
    };
  },

  'git/get-blob': (request, ctx) => {
    const sha = request.params['file_sha'] ?? '';
    const blob = findBlob(ctx, sha);
    if (!blob) throw notFound();
    return {
      status: 200,
      body: {
        sha: blob.oid,
        node_id: `B_${blob.oid.slice(0, 16)}`,
        size: blob.byteSize,
        url: repoApiUrl(ctx, `/git/blobs/${blob.oid}`),
        content: `${Buffer.from(blob.text, 'utf8').toString('base64').replace(/.{60}/g, '$&\n')}\n`,
        encoding: 'base64',
      },
    };
  },
};
