// The portfolio's GraphQL documents (ADR 50): many repositories per query through aliases, and
// every limit GitHub sets on a query a named constant here. Documents are built from names GitHub
// itself answered (or `--repos` names checked against REPOSITORY_NAME), inlined as JSON string
// literals, which GraphQL reads as the same strings.

/** GitHub's largest `first` on any connection. */
export const MAX_PAGE_SIZE = 100;
/** GitHub refuses a query that could return more nodes than this (its "node limit"). */
export const GITHUB_NODE_LIMIT = 500_000;
/** Repositories per listing page and per query of named repositories' heads. */
export const REPOS_PER_HEAD_QUERY = 100;
/**
 * Repositories per details query (issues with their latest revisions, and contents where the tree
 * changed): small enough that one answer stays a few MiB and far below the node limit.
 */
export const REPOS_PER_DETAILS_QUERY = 50;
/** Labels read per issue: ours are two or three. */
export const LABELS_PER_ISSUE = 10;
/**
 * Newest body revisions read with each issue: enough to reach the action's own last revision
 * after a few ticks; an issue needing older ones has its history read on its own (edit-history.ts).
 */
export const EDITS_PER_ISSUE = 5;
/** Levels of directories read below a plan or lesson directory in one query; deeper ones take another round. */
export const TREE_DEPTH = 4;
/** GitHub's search answers at most this many results, however many match. */
export const MAX_SEARCH_RESULTS = 1000;

/** `owner/name` as GitHub allows them. */
export const REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** The worst case of a details query, in GitHub's node count: each connection's `first` times its parents'. */
export function detailsNodeCount(repositories = REPOS_PER_DETAILS_QUERY): number {
  const issues = repositories * MAX_PAGE_SIZE;
  return issues + issues * LABELS_PER_ISSUE + issues * EDITS_PER_ISSUE;
}

const HEAD_FIELDS = /* GraphQL */ `
  fragment PortfolioHead on Repository {
    nameWithOwner url isArchived
    defaultBranchRef { name target { ... on Commit { oid tree { oid } } } }
  }
`;

export const ORG_REPOSITORIES_QUERY = /* GraphQL */ `
  query RollbookPortfolioOrganization($org: String!, $cursor: String) {
    organization(login: $org) {
      repositories(first: ${REPOS_PER_HEAD_QUERY}, after: $cursor, orderBy: { field: NAME, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes { ...PortfolioHead }
      }
    }
  }
  ${HEAD_FIELDS}
`;

export const SEARCH_REPOSITORIES_QUERY = /* GraphQL */ `
  query RollbookPortfolioTopic($search: String!, $cursor: String) {
    search(query: $search, type: REPOSITORY, first: ${REPOS_PER_HEAD_QUERY}, after: $cursor) {
      repositoryCount
      pageInfo { hasNextPage endCursor }
      nodes { ... on Repository { ...PortfolioHead } }
    }
  }
  ${HEAD_FIELDS}
`;

/** The search for `--topic` within an organization. */
export function topicSearch(org: string, topic: string): string {
  return `org:${org} topic:${topic} archived:false`;
}

const literal = (text: string) => JSON.stringify(text);
const [ownerOf, nameOf] = [(full: string) => full.split('/')[0]!, (full: string) => full.split('/')[1]!];

/** Heads of named repositories, one alias `rN` each. */
export function namedHeadsQuery(repositories: readonly string[]): string {
  const aliases = repositories.map(
    (full, i) =>
      `r${i}: repository(owner: ${literal(ownerOf(full))}, name: ${literal(nameOf(full))}) { ...PortfolioHead }`,
  );
  return `query RollbookPortfolioRepositories {\n${aliases.join('\n')}\n}\n${HEAD_FIELDS}`;
}

const ISSUE_FIELDS = /* GraphQL */ `
  fragment PortfolioIssue on Issue {
    databaseId number title body state stateReason closedAt createdAt url lastEditedAt includesCreatedEdit
    author { __typename login }
    editor { __typename login }
    labels(first: ${LABELS_PER_ISSUE}) { nodes { name } }
    parent { number }
    userContentEdits(first: ${EDITS_PER_ISSUE}) {
      pageInfo { hasNextPage endCursor }
      nodes { editedAt diff deletedAt editor { __typename login } }
    }
  }
`;

/** A blob's text, or a tree's entries `depth` levels down (texts included); below that, paths only. */
export function treeSelection(depth: number): string {
  const blob = '... on Blob { text isTruncated }';
  if (depth === 0) return `${blob} ... on Tree { entries { path type } }`;
  return `${blob} ... on Tree { entries { path type object { ${treeSelection(depth - 1)} } } }`;
}

/** What one repository of a details query asks for. */
export interface DetailsRequest {
  repository: string;
  /** Read the issues (from this cursor, when a page is missing). */
  issues?: { after: string | null };
  /** The commit contents are read at, with the paths to read (a file or a directory each). */
  contents?: { commit: string; paths: readonly string[] };
}

/** One query for several repositories: `rN` per repository, `iN`/`cN_K` inside. */
export function detailsQuery(requests: readonly DetailsRequest[]): string {
  const blocks = requests.map((request, i) => {
    const fields: string[] = [];
    if (request.issues) {
      const after = request.issues.after === null ? '' : `, after: ${literal(request.issues.after)}`;
      fields.push(
        `issues(first: ${MAX_PAGE_SIZE}${after}, labels: $labels, orderBy: { field: CREATED_AT, direction: ASC }) { pageInfo { hasNextPage endCursor } nodes { ...PortfolioIssue } }`,
      );
    }
    for (const [k, path] of (request.contents?.paths ?? []).entries()) {
      const expression = `${request.contents!.commit}:${path}`;
      fields.push(`c${k}: object(expression: ${literal(expression)}) { ${treeSelection(TREE_DEPTH)} }`);
    }
    const { repository } = request;
    return `r${i}: repository(owner: ${literal(ownerOf(repository))}, name: ${literal(nameOf(repository))}) {\n${fields.join('\n')}\n}`;
  });
  const usesIssues = requests.some((r) => r.issues);
  const variables = usesIssues ? '($labels: [String!])' : '';
  return `query RollbookPortfolioDetails${variables} {\nviewer { login }\n${blocks.join('\n')}\n}\n${usesIssues ? ISSUE_FIELDS : ''}`;
}
