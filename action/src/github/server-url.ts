// The web address of the GitHub a run works with: GITHUB_SERVER_URL, which a runner sets (a
// GitHub Enterprise Server has its own), else github.com. The one reading of it, so links in
// phase issues, gate reports, shared lessons and the portfolio agree, and an empty value reads
// as unset rather than as a link without a host.
import type { RepoRef } from './repo.ts';

export const DEFAULT_SERVER_URL = 'https://github.com';

/** `https://github.com`, or the runner's server, without a trailing slash. */
export function serverUrl(env: Readonly<Record<string, string | undefined>>): string {
  return (env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL).replace(/\/+$/, '');
}

/** Where repository files are shown at `ref`: `https://github.com/acme/app/blob/<ref>/`. */
export function blobBaseUrl(env: Readonly<Record<string, string | undefined>>, repo: RepoRef, ref: string): string {
  return `${serverUrl(env)}/${repo.owner}/${repo.repo}/blob/${ref}/`;
}
