// GITHUB_API_URL, checked once before any command loads. The GitHub client library reads it when
// its module is imported and throws a bare "Invalid URL" on anything that is not a URL: without
// this check, a typo in a shell profile made `rollbook status` (even its --help) and
// `rollbook lesson` an internal error. A value that is set must be an http(s) URL, whichever
// command runs (docs/adr/0076-cli-edges-a-new-user-meets.md).
import { API_URL_EXAMPLE } from '../github/unreachable.ts';
import { type CliIO, UsageError } from './command.ts';

export function checkGitHubApiUrl(env: CliIO['env']): void {
  const value = env.GITHUB_API_URL;
  if (!value) return;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol === 'https:' || url?.protocol === 'http:') return;
  throw new UsageError(
    `GITHUB_API_URL must be an http(s) URL such as ${API_URL_EXAMPLE} (got "${value}"); correct it, or unset it for https://api.github.com`,
  );
}
