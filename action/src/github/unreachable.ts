// The words for a GitHub API that did not answer (errors.ts isUnreachable: Octokit's status 500
// without a response), or answered 404 for a repository, in one place: the URL tried, which is
// the configured base and never anything a server sent, and the usual causes. The CLI prints
// them as a hint line after a command's own error (cli/unreachable-hint.ts); a lesson source
// that could not be read carries them as its problem's hint (lessons/shared/fetch.ts). Imports
// nothing: the CLI reads the example URL before the GitHub client library may load
// (cli/github-api-url.ts).

/** An API URL of GitHub Enterprise Server, as the hints show it. */
export const API_URL_EXAMPLE = 'https://github.example.com/api/v3';

/** "nothing answered at <url>; check …": what to look at when nothing answered at `baseUrl`. */
export function nothingAnsweredAt(baseUrl: string): string {
  return `nothing answered at ${baseUrl}; check GITHUB_API_URL (GitHub Enterprise Server: ${API_URL_EXAMPLE}) and the network`;
}

/** "GitHub answered 404 at <url>: …": a repository's issues not found, and why that may be. */
export function notFoundAt(baseUrl: string, repository: string): string {
  return `GitHub answered 404 at ${baseUrl}: ${repository} does not exist or this token cannot see it, or GITHUB_API_URL is not the API's URL (GitHub Enterprise Server: ${API_URL_EXAMPLE})`;
}
