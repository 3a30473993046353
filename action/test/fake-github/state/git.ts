// Branches and commits, each commit a full tree of text files, so the action can read the plan
// on the base branch and on the PR head at the same time.
import { createHash } from 'node:crypto';
import { buildTree, type TreeObject } from './git-objects.ts';
import type { CommitRecord } from './records.ts';

const FULL_SHA = /^[0-9a-f]{40}$/;

export class GitStore {
  readonly defaultBranch: string;
  readonly #branches = new Map<string, string>();
  readonly #commits = new Map<string, CommitRecord>();
  readonly #trees = new Map<string, TreeObject>();
  /** How many times GraphQL `Repository.object` read this repository's contents (tests of what a client reads). */
  objectReads = 0;
  #sequence = 0;

  constructor(defaultBranch: string) {
    this.defaultBranch = defaultBranch;
    this.commit(defaultBranch, {});
  }

  /**
   * Commits changes on a branch (created from the default branch if new) and returns the new
   * sha. A `null` content deletes the file.
   */
  commit(branch: string, changes: Record<string, string | null>): string {
    const parentSha = this.#branches.get(branch) ?? this.#branches.get(this.defaultBranch);
    const files = new Map(parentSha ? this.#commits.get(parentSha)!.files : []);
    for (const [path, content] of Object.entries(changes)) {
      const clean = path.replace(/^\/+/, '');
      if (content === null) files.delete(clean);
      else files.set(clean, content);
    }
    const sha = createHash('sha1')
      .update(`${++this.#sequence}\0${branch}\0${JSON.stringify([...files])}`)
      .digest('hex');
    this.#commits.set(sha, { sha, files });
    this.#branches.set(branch, sha);
    return sha;
  }

  /** A branch name (`main`, `heads/main`, `refs/heads/main`) or a full sha. */
  resolve(ref: string): CommitRecord | undefined {
    if (FULL_SHA.test(ref)) return this.#commits.get(ref);
    const branch = ref.replace(/^refs\//, '').replace(/^heads\//, '');
    const sha = this.#branches.get(branch);
    return sha ? this.#commits.get(sha) : undefined;
  }

  /** Points a new branch at an existing commit, as POST /git/refs does; false when it exists or the sha is unknown. */
  createBranch(branch: string, sha: string): boolean {
    if (this.#branches.has(branch) || !this.#commits.has(sha)) return false;
    this.#branches.set(branch, sha);
    return true;
  }

  /** The commit's root tree, with git's object ids (built on first use). */
  treeOf(commit: CommitRecord): TreeObject {
    let tree = this.#trees.get(commit.sha);
    if (!tree) {
      tree = buildTree(commit.files);
      this.#trees.set(commit.sha, tree);
    }
    return tree;
  }

  /** Every commit made, oldest first: GET /git/blobs/{sha} finds a blob in any of them. */
  commits(): CommitRecord[] {
    return [...this.#commits.values()];
  }

  branchSha(branch: string): string | undefined {
    return this.#branches.get(branch);
  }

  branches(): string[] {
    return [...this.#branches.keys()];
  }
}

export function isFullSha(text: string): boolean {
  return FULL_SHA.test(text);
}
