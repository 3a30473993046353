// Reading every issue Rollbook manages in as few requests as possible: one GraphQL query per
// 100 issues, bodies, labels and sub-issue parents included, and the token's own login in the
// same request. Issues are found by label here and told apart by their hidden marker later.
// If GraphQL is unusable (an old GHES, a proxy that blocks it) the REST list is the fallback.

import type { Logger } from '../runtime/logger.ts';
import type { GitHubClient } from './client.ts';
import { errorMessage, isUnreachable } from './errors.ts';
import { fromRestIssue, type IssueRecord, type RestIssue } from './issue.ts';
import { actorLogin, type GraphqlActor } from './login.ts';
import type { RepoRef } from './repo.ts';

/** GitHub's largest page, for GraphQL connections and REST lists alike. */
export const PAGE_SIZE = 100;
/** Labels read per issue: ours are three, people add a few. */
const LABELS_PER_ISSUE = 50;

export interface ManagedIssues {
  issues: IssueRecord[];
  /** The token's login, as `viewer` spells it (an app as `slug[bot]`, like REST). */
  viewer?: string;
  /** Whether `parent` is known on every issue (false on the REST fallback without the sub-issues API). */
  parentsKnown: boolean;
  source: 'graphql' | 'rest';
}

const ISSUES_QUERY = /* GraphQL */ `
  query RollbookIssues($owner: String!, $repo: String!, $labels: [String!], $cursor: String) {
    viewer { login }
    repository(owner: $owner, name: $repo) {
      issues(first: ${PAGE_SIZE}, after: $cursor, labels: $labels, orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes {
          databaseId number title body state stateReason closedAt createdAt url lastEditedAt
          author { __typename login }
          editor { __typename login }
          labels(first: ${LABELS_PER_ISSUE}) { nodes { name } }
          parent { number }
        }
      }
    }
  }
`;

/** The fields of an issue the batched reads ask GraphQL for (this query and the portfolio's). */
export interface IssueNode {
  databaseId: number;
  number: number;
  title: string;
  body: string;
  state: 'OPEN' | 'CLOSED';
  stateReason: string | null;
  closedAt: string | null;
  createdAt: string;
  url: string;
  labels: { nodes: { name: string }[] } | null;
  parent: { number: number } | null;
  lastEditedAt: string | null;
  author: GraphqlActor | null;
  editor: GraphqlActor | null;
}

interface IssuesPage {
  viewer: { login: string };
  repository: {
    issues: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: IssueNode[] };
  } | null;
}

/** An issue as GraphQL gives it, in the REST-shaped record every reader uses; actors in one spelling (ADR 47). */
export function issueFromNode(node: IssueNode): IssueRecord {
  return {
    id: node.databaseId,
    number: node.number,
    title: node.title,
    body: node.body,
    state: node.state === 'CLOSED' ? 'closed' : 'open',
    stateReason: node.stateReason?.toLowerCase() ?? null,
    closedAt: node.closedAt,
    createdAt: node.createdAt,
    url: node.url,
    labels: (node.labels?.nodes ?? []).map((l) => l.name),
    parent: node.parent?.number ?? null,
    lastEditedAt: node.lastEditedAt,
    author: actorLogin(node.author) ?? null,
    editor: actorLogin(node.editor) ?? null,
  };
}

/** Issues carrying any of `labels`, oldest first, open and closed. */
export async function readManagedIssues(
  github: GitHubClient,
  repo: RepoRef,
  labels: readonly string[],
  restLabel: string,
  log: Logger,
): Promise<ManagedIssues> {
  try {
    return await readByGraphql(github, repo, labels);
  } catch (error) {
    // Rate limits were already retried by the throttling plugin; a 401 or a missing repository
    // will fail the REST read the same way, with REST's clearer message. An API that does not
    // answer would not answer REST either: fail now rather than wait through its retries too.
    if (isUnreachable(error)) throw error;
    log.warning(`GraphQL read of the checklist issues failed (${errorMessage(error)}); reading them over REST`);
    return readByRest(github, repo, restLabel);
  }
}

async function readByGraphql(github: GitHubClient, repo: RepoRef, labels: readonly string[]): Promise<ManagedIssues> {
  const issues: IssueRecord[] = [];
  let viewer: string | undefined;
  let cursor: string | null = null;
  do {
    const page: IssuesPage = await github.graphql<IssuesPage>(ISSUES_QUERY, {
      owner: repo.owner,
      repo: repo.repo,
      labels: [...labels],
      cursor,
    });
    viewer = page.viewer.login;
    if (!page.repository) throw new Error(`repository ${repo.owner}/${repo.repo} not found`);
    const { nodes, pageInfo } = page.repository.issues;
    issues.push(...nodes.map(issueFromNode));
    cursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (cursor);
  return { issues, ...(viewer ? { viewer } : {}), parentsKnown: true, source: 'graphql' };
}

async function readByRest(github: GitHubClient, repo: RepoRef, label: string): Promise<ManagedIssues> {
  const issues: IssueRecord[] = [];
  for (let page = 1; ; page++) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      labels: label,
      state: 'all',
      sort: 'created',
      direction: 'asc',
      per_page: PAGE_SIZE,
      page,
    });
    for (const issue of data as RestIssue[]) if (!issue.pull_request) issues.push(fromRestIssue(issue));
    if (data.length < PAGE_SIZE) break;
  }
  return { issues, parentsKnown: issues.every((i) => i.parent !== undefined), source: 'rest' };
}
