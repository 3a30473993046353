// The comments Rollbook itself wrote on a pull request, and the writes that keep one of them
// current. Ours are told apart by GitHub (`viewerDidAuthor`), never by a marker alone: anyone can
// paste a marker into their own comment, and Rollbook must not take that comment over.
//
// When GraphQL is unusable (an outage, a proxy that blocks it), the comments are read over REST,
// as sync reads its issues. REST has no `viewerDidAuthor`, and the default token cannot ask who
// it is, so there ours are the comments of the account the default token posts as
// (REST_FALLBACK_AUTHOR). With another token the report then finds none of its comments and posts
// a new one: louder, never wrong. Minimizing (GraphQL only) is skipped with a warning.
import type { Logger } from '../runtime/logger.ts';
import type { GitHubClient } from './client.ts';
import { errorMessage, isUnreachable } from './errors.ts';
import { GITHUB_ACTIONS_LOGIN, sameLogin } from './login.ts';
import type { RepoRef } from './repo.ts';

const PAGE_SIZE = 100;
/** A PR with more comments than this is a discussion, not a rollout; the report stops looking. */
const MAX_PAGES = 30;

export interface OwnComment {
  /** GraphQL node id, for minimizeComment. */
  nodeId: string;
  /** REST id, for updates. */
  databaseId: number;
  body: string;
  url: string;
  isMinimized: boolean;
}

const OWN_COMMENTS = /* GraphQL */ `
  query ($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        comments(first: ${PAGE_SIZE}, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { id databaseId body url isMinimized viewerDidAuthor }
        }
      }
    }
  }
`;

interface CommentsPage {
  repository: {
    pullRequest: {
      comments: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: ({
          id: string;
          databaseId: number | null;
          body: string;
          url: string;
          isMinimized: boolean;
          viewerDidAuthor: boolean;
        } | null)[];
      };
    } | null;
  } | null;
}

/** Whom the REST fallback takes for the token: the account the workflow's GITHUB_TOKEN posts as. */
export const REST_FALLBACK_AUTHOR = GITHUB_ACTIONS_LOGIN;

/** The token's own comments on the pull request, oldest first; over REST when GraphQL fails. */
export async function listOwnComments(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  log: Logger,
): Promise<OwnComment[]> {
  try {
    return await listOwnByGraphql(client, repo, number);
  } catch (error) {
    // Rate limits were already retried by the throttling plugin; a 401 or a missing pull request
    // fails the REST read the same way, with REST's clearer message. An API that does not answer
    // would not answer REST either.
    if (isUnreachable(error)) throw error;
    log.warning(
      `GraphQL read of the report comments on #${number} failed (${errorMessage(error)}); reading them over REST`,
    );
    return listOwnByRest(client, repo, number);
  }
}

interface RestComment {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
  user: { login: string; type: string } | null;
}

async function listOwnByRest(client: GitHubClient, repo: RepoRef, number: number): Promise<OwnComment[]> {
  const own: OwnComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: number,
      per_page: PAGE_SIZE,
      page,
    });
    for (const comment of data as RestComment[]) {
      if (comment.user?.type !== 'Bot' || !sameLogin(comment.user.login, REST_FALLBACK_AUTHOR)) continue;
      own.push({
        nodeId: comment.node_id,
        databaseId: comment.id,
        body: comment.body ?? '',
        url: comment.html_url,
        // REST does not say; a minimized report is only ever an outdated one, so its digest differs.
        isMinimized: false,
      });
    }
    if (data.length < PAGE_SIZE) break;
  }
  return own;
}

async function listOwnByGraphql(client: GitHubClient, repo: RepoRef, number: number): Promise<OwnComment[]> {
  const own: OwnComment[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: CommentsPage = await client.graphql<CommentsPage>(OWN_COMMENTS, { ...repo, number, cursor });
    const comments = data.repository?.pullRequest?.comments;
    if (!comments) break;
    for (const node of comments.nodes) {
      if (!node?.viewerDidAuthor || node.databaseId === null) continue;
      own.push({
        nodeId: node.id,
        databaseId: node.databaseId,
        body: node.body,
        url: node.url,
        isMinimized: node.isMinimized,
      });
    }
    if (!comments.pageInfo.hasNextPage) break;
    cursor = comments.pageInfo.endCursor;
  }
  return own;
}

export async function createComment(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<{ url: string }> {
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body });
  return { url: data.html_url };
}

export async function updateComment(
  client: GitHubClient,
  repo: RepoRef,
  databaseId: number,
  body: string,
): Promise<{ url: string }> {
  const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: databaseId, body });
  return { url: data.html_url };
}

const MINIMIZE = /* GraphQL */ `
  mutation ($id: ID!) {
    minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) {
      minimizedComment { isMinimized }
    }
  }
`;

/** Folds an outdated comment away ("This comment was marked as outdated"); without GraphQL it stays, with a warning. */
export async function minimizeComment(client: GitHubClient, nodeId: string, log: Logger): Promise<void> {
  try {
    await client.graphql(MINIMIZE, { id: nodeId });
  } catch (error) {
    log.warning(`could not mark an outdated report comment as outdated (${errorMessage(error)}); it stays visible`);
  }
}
