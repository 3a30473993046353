// What to tell a person when a repository, or part of one, cannot be read: GitHub answers a
// repository the token may not see exactly as one that does not exist (NOT_FOUND), and a part
// the token lacks a permission for with FORBIDDEN. The message names the repository and the
// permission, never anything GitHub's answer carried beyond its type.
import type { GraphqlFailure } from './fetch.ts';

/** The read access the collector needs, as a GitHub App and a fine-grained token name it. */
export const NEEDED_PERMISSIONS = {
  repository: 'Metadata: read, Contents: read and Issues: read',
  contents: 'Contents: read',
  issues: 'Issues: read',
} as const;

export type Needed = keyof typeof NEEDED_PERMISSIONS;

export function accessError(repository: string, failure: GraphqlFailure | undefined, what: Needed): string {
  const permission = NEEDED_PERMISSIONS[what];
  if (!failure || failure.type === 'NOT_FOUND') {
    return `cannot read ${repository}: GitHub answers that it does not exist or that the token may not read it; the token needs ${permission} on it (a GitHub App installed on it, or a classic token with the repo scope)`;
  }
  if (failure.type === 'FORBIDDEN') {
    return `cannot read the ${what === 'repository' ? 'repository' : what} of ${repository}: the token lacks ${permission} on it`;
  }
  return `cannot read ${repository}: GitHub answered ${failure.type ?? 'an error'}; the token needs ${permission} on it`;
}
