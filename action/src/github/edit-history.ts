// An issue body's edit history, as GitHub keeps it: GraphQL `userContentEdits`, newest first,
// each revision with its editor, time and full text (`diff`), a deleted one without its text.
// Read a page at a time, newest first, and only as far back as the caller needs (its last
// checkpoint); the token's own login comes in the same request. See ADR 7, "Trust model".
import type { IssueHistory, Revision } from '../checklist/verify.ts';
import type { GitHubClient } from './client.ts';
import { actorLogin, type GraphqlActor } from './login.ts';
import type { RepoRef } from './repo.ts';

/**
 * Revisions per page. GitHub allows 100, but each carries a full body (up to 65,536 characters):
 * 50 keeps an answer under about 3 MiB and a query far below the node limit (50 × 2 nodes).
 */
export const HISTORY_PAGE_SIZE = 50;
/** Pages read at most (1,000 revisions); anything older counts as unknown, which fails closed. */
export const MAX_HISTORY_PAGES = 20;

const HISTORY_QUERY = /* GraphQL */ `
  query RollbookHistory($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $repo) {
      issue(number: $number) {
        body createdAt includesCreatedEdit
        author { __typename login }
        userContentEdits(first: ${HISTORY_PAGE_SIZE}, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { editedAt diff deletedAt editor { __typename login } }
        }
      }
    }
  }
`;

export interface EditNode {
  editedAt: string;
  diff: string | null;
  deletedAt: string | null;
  editor: GraphqlActor | null;
}

/** The issue fields a history page holds; a batched query may read the first page itself. */
export interface HistoryIssue {
  body: string;
  createdAt: string;
  includesCreatedEdit: boolean;
  author: GraphqlActor | null;
  userContentEdits: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: (EditNode | null)[];
  } | null;
}

interface HistoryPage {
  viewer: { login: string };
  repository: { issue: HistoryIssue | null } | null;
}

export interface ReadHistory extends IssueHistory {
  /** The token's login (`viewer`). */
  viewer: string;
  /** The current body (the newest revision). */
  body: string;
  /** Requests made. */
  pages: number;
}

type Enough = (revision: Revision, viewer: string) => boolean;

function revisionOf(node: EditNode): Revision {
  const editor = actorLogin(node.editor);
  return {
    at: node.editedAt,
    ...(editor ? { editor } : {}),
    ...(node.deletedAt === null && node.diff !== null ? { body: node.diff } : {}),
  };
}

/**
 * Adds one page's revisions (newest first) to `newestFirst`; says whether to stop (and whether
 * the history then reaches the creation) or where the next page starts.
 */
function takePage(
  issue: HistoryIssue,
  first: boolean,
  viewer: string,
  newestFirst: Revision[],
  enough: Enough,
): { stop: true; complete: boolean } | { stop: false; cursor: string } {
  const edits = issue.userContentEdits;
  const nodes = (edits?.nodes ?? []).filter((n): n is EditNode => n !== null);
  if (first && nodes.length === 0) {
    // Never edited: the body is the creation, by the issue's author.
    const author = actorLogin(issue.author);
    newestFirst.push({ at: issue.createdAt, ...(author ? { editor: author } : {}), body: issue.body });
    return { stop: true, complete: true };
  }
  for (const node of nodes) {
    const revision = revisionOf(node);
    newestFirst.push(revision);
    if (enough(revision, viewer)) return { stop: true, complete: false };
  }
  if (!edits?.pageInfo.hasNextPage || !edits.pageInfo.endCursor) {
    return { stop: true, complete: issue.includesCreatedEdit };
  }
  return { stop: false, cursor: edits.pageInfo.endCursor };
}

/**
 * The history from a first page another query already read (the portfolio's batched read), when
 * that page reaches back far enough; undefined when older pages are needed (then readIssueHistory).
 */
export function historyFromFirstPage(issue: HistoryIssue, viewer: string, enough: Enough): ReadHistory | undefined {
  const newestFirst: Revision[] = [];
  const outcome = takePage(issue, true, viewer, newestFirst, enough);
  if (!outcome.stop) return undefined;
  return { viewer, body: issue.body, revisions: newestFirst.reverse(), complete: outcome.complete, pages: 0 };
}

/**
 * The issue's revisions, oldest first, from the newest back to the first revision for which
 * `enough` says yes (a checkpoint), or to the creation. Throws when GitHub cannot answer: the
 * caller then counts none of the issue's ticks in this run.
 */
export async function readIssueHistory(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
  enough: Enough,
): Promise<ReadHistory> {
  const newestFirst: Revision[] = [];
  let cursor: string | null = null;
  let viewer = '';
  let body = '';
  let complete = false;
  let pages = 0;
  for (; pages < MAX_HISTORY_PAGES; ) {
    const page: HistoryPage = await github.graphql<HistoryPage>(HISTORY_QUERY, {
      owner: repo.owner,
      repo: repo.repo,
      number,
      cursor,
    });
    pages++;
    const issue = page.repository?.issue;
    if (!issue) throw new Error(`issue #${number} not found`);
    viewer = page.viewer.login;
    if (pages === 1) body = issue.body;
    const outcome = takePage(issue, pages === 1, viewer, newestFirst, enough);
    if (outcome.stop) {
      complete = outcome.complete;
      break;
    }
    cursor = outcome.cursor;
  }
  return { viewer, body, revisions: newestFirst.reverse(), complete, pages };
}
