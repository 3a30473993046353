// Repository files at a given commit through the contents API: how the gate report reads plans,
// lessons and the configuration from a pull request's BASE commit without a checkout (so a PR
// can never supply the gates it is judged by).
import type { GitHubClient } from './client.ts';
import { isNotFound } from './errors.ts';
import type { RepoRef } from './repo.ts';

export interface DirectoryEntry {
  type: 'file' | 'dir' | 'symlink' | 'submodule';
  path: string;
  /** The blob sha for files: equal shas mean equal contents, whatever the commit. */
  sha: string;
}

export type RepoContent =
  | { kind: 'file'; path: string; sha: string; bytes: Buffer }
  /** The contents API leaves `content` empty above 1 MB; plans and lessons are far smaller. */
  | { kind: 'too-large'; path: string; size: number }
  | { kind: 'dir'; path: string; entries: DirectoryEntry[] };

/** A file (its bytes) or a directory listing at `ref`; undefined when nothing is at `path` (404). */
export async function readContent(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<RepoContent | undefined> {
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getContent({ ...repo, path, ref }));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  if (Array.isArray(data)) {
    const entries = data.map((entry: { type: DirectoryEntry['type']; path: string; sha: string }) => ({
      type: entry.type,
      path: entry.path,
      sha: entry.sha,
    }));
    return { kind: 'dir', path, entries };
  }
  const file = data as { type: string; path: string; sha: string; size: number; content?: string; encoding?: string };
  if (file.type !== 'file') return undefined;
  if (file.encoding !== 'base64' || !file.content) {
    return file.size > 0 ? { kind: 'too-large', path: file.path, size: file.size } : fileOf(file, Buffer.alloc(0));
  }
  return fileOf(file, Buffer.from(file.content, 'base64'));
}

function fileOf(file: { path: string; sha: string }, bytes: Buffer): RepoContent {
  return { kind: 'file', path: file.path, sha: file.sha, bytes };
}
