// The comments Rollbook itself wrote on a pull request, and the writes that keep one of them
// current. Ours are told apart by GitHub (`viewerDidAuthor`), never by a marker alone: anyone can
// paste a marker into their own comment, and Rollbook must not take that comment over.
import type { GitHubClient } from './client.ts';
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

/** The token's own comments on the pull request, oldest first. */
export async function listOwnComments(client: GitHubClient, repo: RepoRef, number: number): Promise<OwnComment[]> {
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

/** Folds an outdated comment away ("This comment was marked as outdated"). */
export async function minimizeComment(client: GitHubClient, nodeId: string): Promise<void> {
  await client.graphql(MINIMIZE, { id: nodeId });
}
