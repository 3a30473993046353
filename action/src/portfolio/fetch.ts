// The portfolio's reads (ADR 50): which repositories are in scope with their head commit and root
// tree in one listing query per 100, then one details query per REPOS_PER_DETAILS_QUERY
// repositories for their Rollbook issues (with the newest body revisions) and, only where the tree
// changed, their files. GitHub answers a query with some aliases failed with `data` and `errors`;
// each failure lands on its own repository, the rest go on.
import type { GitHubClient } from '../github/client.ts';
import type { EditNode, HistoryIssue } from '../github/edit-history.ts';
import { errorMessage } from '../github/errors.ts';
import type { IssueRecord } from '../github/issue.ts';
import { issueFromNode, type IssueNode as ManagedIssueNode } from '../github/managed-issues.ts';
import type { PortfolioScope } from './model.ts';
import { accessError, NEEDED_PERMISSIONS } from './permissions.ts';
import {
  type DetailsRequest,
  detailsQuery,
  MAX_SEARCH_RESULTS,
  namedHeadsQuery,
  ORG_REPOSITORIES_QUERY,
  REPOS_PER_DETAILS_QUERY,
  REPOS_PER_HEAD_QUERY,
  SEARCH_REPOSITORIES_QUERY,
  topicSearch,
} from './queries.ts';

export interface RepositoryHead {
  repository: string;
  url: string;
  defaultBranch: string;
  /** Absent for an empty repository (no commit yet). */
  commit?: string;
  treeSha?: string;
}

interface HeadNode {
  nameWithOwner: string;
  url: string;
  isArchived: boolean;
  defaultBranchRef: { name: string; target: { oid?: string; tree?: { oid: string } } | null } | null;
}

export interface GraphqlFailure {
  type?: string;
  message: string;
  path?: readonly (string | number)[];
}

/** A query's data and its errors, for answers where some aliases failed. */
async function query<T>(
  github: GitHubClient,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: T; errors: GraphqlFailure[] }> {
  try {
    return { data: await github.graphql<T>(document, variables), errors: [] };
  } catch (error) {
    const partial = error as { data?: T; errors?: GraphqlFailure[] };
    if (partial.data && Array.isArray(partial.errors)) return { data: partial.data, errors: partial.errors };
    throw error;
  }
}

function toHead(node: HeadNode): RepositoryHead {
  const target = node.defaultBranchRef?.target;
  return {
    repository: node.nameWithOwner,
    url: node.url,
    defaultBranch: node.defaultBranchRef?.name ?? '',
    ...(target?.oid ? { commit: target.oid } : {}),
    ...(target?.tree?.oid ? { treeSha: target.tree.oid } : {}),
  };
}

export interface ScopeListing {
  heads: RepositoryHead[];
  /** Repositories that could not be read, by `owner/name`: why, naming the permission. */
  errors: Map<string, string>;
  /** Said to the person running it (a truncated search). */
  notes: string[];
}

type Page<T> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (T | null)[] };

/** Every repository in scope with its head; archived ones are left out of an organization or topic. */
export async function listScope(github: GitHubClient, scope: PortfolioScope): Promise<ScopeListing> {
  const listing: ScopeListing = { heads: [], errors: new Map(), notes: [] };
  if ('repositories' in scope) {
    for (let start = 0; start < scope.repositories.length; start += REPOS_PER_HEAD_QUERY) {
      const batch = scope.repositories.slice(start, start + REPOS_PER_HEAD_QUERY);
      const { data, errors } = await query<Record<string, HeadNode | null>>(github, namedHeadsQuery(batch));
      batch.forEach((name, i) => {
        const node = data[`r${i}`];
        if (node) listing.heads.push(toHead(node));
        else listing.errors.set(name, accessError(name, failureAt(errors, `r${i}`), 'repository'));
      });
    }
    return listing;
  }
  const organization = 'organization' in scope ? scope.organization : (scope.owner ?? '');
  let cursor: string | null = null;
  do {
    let page: Page<HeadNode>;
    if ('organization' in scope) {
      const { data } = await query<{ organization: { repositories: Page<HeadNode> } | null }>(
        github,
        ORG_REPOSITORIES_QUERY,
        { org: organization, cursor },
      );
      if (!data.organization)
        throw new Error(
          `GitHub knows no organization ${organization} that the token can see; the token needs ${NEEDED_PERMISSIONS.repository} on its repositories`,
        );
      page = data.organization.repositories;
    } else {
      const { topic } = scope;
      const { data } = await query<{ search: Page<HeadNode> & { repositoryCount: number } }>(
        github,
        SEARCH_REPOSITORIES_QUERY,
        { search: topicSearch(organization, topic), cursor },
      );
      page = data.search;
      if (cursor === null && data.search.repositoryCount > MAX_SEARCH_RESULTS)
        listing.notes.push(
          `GitHub's search finds ${data.search.repositoryCount} repositories with topic ${topic} but answers only the first ${MAX_SEARCH_RESULTS}`,
        );
    }
    for (const node of page.nodes) if (node && !node.isArchived && node.nameWithOwner) listing.heads.push(toHead(node));
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (cursor);
  return listing;
}

function failureAt(errors: readonly GraphqlFailure[], alias: string): GraphqlFailure | undefined {
  return errors.find((e) => e.path?.[0] === alias);
}

export interface FetchedDetails {
  /** Issues read so far, oldest first. */
  issues: IssueRecord[];
  /** Each issue's first page of body revisions, by number. */
  histories: Map<number, HistoryIssue>;
  /** Cursor of the next issues page, while there is one. */
  nextIssues?: string;
  /** Files read: path → text (null when GitHub gives no text: binary or too large). */
  files: Map<string, string | null>;
  /** Paths asked for (files or directories), whether or not they exist. */
  asked: Set<string>;
  /** Directories seen but not yet read (deeper than one query reads). */
  pendingTrees: Set<string>;
  error?: string;
}

export function emptyDetails(): FetchedDetails {
  return { issues: [], histories: new Map(), files: new Map(), asked: new Set(), pendingTrees: new Set() };
}

/** The managed-issue fields and the newest revisions the portfolio's details query asks for. */
interface IssueNode extends HistoryIssue, ManagedIssueNode {
  userContentEdits: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (EditNode | null)[] } | null;
}

interface GitObjectNode {
  text?: string | null;
  isTruncated?: boolean;
  entries?: { path: string; type: string; object?: GitObjectNode | null }[] | null;
}

/** Files and unread directories from a blob or tree answer. */
function walk(path: string, object: GitObjectNode, into: FetchedDetails): void {
  if (object.entries === undefined) {
    into.files.set(path, object.isTruncated || typeof object.text !== 'string' ? null : object.text);
    return;
  }
  for (const entry of object.entries ?? []) {
    if (entry.object === undefined) {
      // the query's depth ended here: the directory is read in another round
      into.pendingTrees.add(path);
      return;
    }
    if (entry.object !== null && (entry.type === 'blob' || entry.type === 'tree')) walk(entry.path, entry.object, into);
  }
}

type RepositoryAnswer = {
  issues?: Page<IssueNode>;
  [content: `c${number}`]: GitObjectNode | null;
} | null;

export interface DetailsOutcome {
  /** The token's login, as `viewer` spells it. */
  viewer?: string;
  /** GraphQL queries made. */
  queries: number;
}

/**
 * Reads what each request asks into `into` (by repository), REPOS_PER_DETAILS_QUERY per query.
 * A repository whose part of the answer failed gets its `error`; a path that does not exist is
 * asked and absent.
 */
export async function readDetails(
  github: GitHubClient,
  requests: readonly DetailsRequest[],
  labels: readonly string[],
  into: Map<string, FetchedDetails>,
): Promise<DetailsOutcome> {
  const outcome: DetailsOutcome = { queries: 0 };
  for (let start = 0; start < requests.length; start += REPOS_PER_DETAILS_QUERY) {
    const batch = requests.slice(start, start + REPOS_PER_DETAILS_QUERY);
    const variables = batch.some((r) => r.issues) ? { labels: [...labels] } : {};
    let answer: { data: Record<string, RepositoryAnswer> & { viewer?: { login: string } }; errors: GraphqlFailure[] };
    try {
      answer = await query(github, detailsQuery(batch), variables);
      outcome.queries++;
    } catch (error) {
      outcome.queries++;
      for (const request of batch) {
        const details = into.get(request.repository) ?? emptyDetails();
        details.error = `cannot read ${request.repository}: ${errorMessage(error)}`;
        into.set(request.repository, details);
      }
      continue;
    }
    if (answer.data.viewer?.login) outcome.viewer = answer.data.viewer.login;
    batch.forEach((request, i) => {
      const details = into.get(request.repository) ?? emptyDetails();
      into.set(request.repository, details);
      const alias = `r${i}`;
      const failure = failureAt(answer.errors, alias);
      const repo = answer.data[alias];
      if (failure || !repo) {
        const field = failure?.path?.[1];
        const what = field === 'issues' ? 'issues' : typeof field === 'string' ? 'contents' : 'repository';
        details.error = accessError(request.repository, failure, what);
        return;
      }
      if (request.issues && repo.issues) {
        for (const node of repo.issues.nodes) {
          if (!node) continue;
          details.issues.push(issueFromNode(node));
          details.histories.set(node.number, node);
        }
        const { pageInfo } = repo.issues;
        if (pageInfo.hasNextPage && pageInfo.endCursor) details.nextIssues = pageInfo.endCursor;
        else delete details.nextIssues;
      }
      for (const [k, path] of (request.contents?.paths ?? []).entries()) {
        details.asked.add(path);
        details.pendingTrees.delete(path);
        const object = repo[`c${k}`];
        if (object) walk(path, object, details);
      }
    });
  }
  return outcome;
}
