// What a command that reads GitHub adds when nothing answered at the API URL (Octokit's status
// 500 without a response, github/errors.ts isUnreachable): the URL it tried, and the two usual
// causes, a GITHUB_API_URL pointing elsewhere and the network. One line, on stderr, after the
// command's own error; `status`, `status --org` and `lesson new --from` print it (ADR 25). The
// words are github/unreachable.ts's.
import { notFoundAt, nothingAnsweredAt } from '../github/unreachable.ts';

export function unreachableHint(baseUrl: string): string {
  return `rollbook: hint: ${nothingAnsweredAt(baseUrl)}\n`;
}

/** The hint after a 404 for `repository`'s issues: no such repository, a token that cannot see it, or a wrong API URL. */
export function notFoundHint(baseUrl: string, repository: string): string {
  return `rollbook: hint: ${notFoundAt(baseUrl, repository)}\n`;
}
