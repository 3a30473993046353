// POST /graphql: documents are validated against GitHub's schema and executed against the same
// state the REST side serves.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from './test-support/use-fake-github.ts';

const CHECKLISTS = /* GraphQL */ `
  query Checklists($owner: String!, $name: String!, $labels: [String!], $after: String, $first: Int = 100) {
    repository(owner: $owner, name: $name) {
      issues(first: $first, after: $after, labels: $labels, orderBy: { field: CREATED_AT, direction: ASC }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id number title body state stateReason updatedAt
          author { login }
          labels(first: 20) { nodes { name } }
        }
      }
    }
  }
`;

interface ChecklistPage {
  repository: {
    issues: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        number: number;
        title: string;
        body: string;
        state: string;
        author: { login: string };
        labels: { nodes: { name: string }[] };
      }[];
    };
  };
}

interface GraphqlFailure {
  errors: { type?: string; message: string; locations?: unknown; path?: unknown }[];
  data?: unknown;
}

async function graphqlFailure(promise: Promise<unknown>): Promise<GraphqlFailure> {
  try {
    await promise;
  } catch (error) {
    if (Array.isArray((error as GraphqlFailure).errors)) return error as GraphqlFailure;
    throw error;
  }
  throw new Error('expected GraphQL errors');
}

describe('GraphQL', () => {
  const use = useFakeGitHub();

  function seed() {
    const { fake } = use();
    const { issues } = fake.state;
    issues.create({
      title: 'Phase 1',
      body: '- [x] canary',
      labels: ['rollbook', 'phase'],
      author: 'github-actions[bot]',
    });
    issues.create({ title: 'Unrelated', author: 'octocat' });
    issues.create({ title: 'Phase 2', body: '- [ ] 50%', labels: ['rollbook'], author: 'github-actions[bot]' });
    fake.state.addPullRequest({ title: 'Labelled PR', author: 'octocat', head: 'x', labels: ['rollbook'] });
    issues.update(1, { state: 'closed' }, 'octocat');
  }

  it('reads every checklist issue in one request', async () => {
    const { fake, octokit, repo } = use();
    seed();
    const data = await octokit.graphql<ChecklistPage>(CHECKLISTS, {
      owner: repo.owner,
      name: repo.repo,
      labels: ['rollbook'],
    });
    const { issues } = data.repository;
    expect(issues.totalCount).toBe(2); // pull requests are not issues here
    expect(issues.nodes).toMatchObject([
      { number: 1, title: 'Phase 1', body: '- [x] canary', state: 'CLOSED', author: { login: 'github-actions' } },
      { number: 3, title: 'Phase 2', body: '- [ ] 50%', state: 'OPEN' },
    ]);
    expect(issues.nodes[0]!.labels.nodes.map((l) => l.name)).toEqual(['rollbook', 'phase']);
    expect(fake.log.counts()).toEqual({ reads: 1, writes: 0, total: 1 });
    expect(fake.log.entries[0]).toMatchObject({
      operationId: 'graphql',
      graphql: { operation: 'query', name: 'Checklists' },
    });
  });

  it('paginates with cursors', async () => {
    const { octokit, repo } = use();
    seed();
    const vars = { owner: repo.owner, name: repo.repo, first: 1 };
    const first = await octokit.graphql<ChecklistPage>(CHECKLISTS, vars);
    expect(first.repository.issues.pageInfo.hasNextPage).toBe(true);
    const rest = await octokit.graphql<ChecklistPage>(CHECKLISTS, {
      ...vars,
      first: 10,
      after: first.repository.issues.pageInfo.endCursor,
    });
    expect(rest.repository.issues.nodes.map((n) => n.number)).toEqual([2, 3]);
    expect(rest.repository.issues.pageInfo).toMatchObject({ hasNextPage: false });
  });

  it('filters by state, author and update time, and orders by update', async () => {
    const { fake, octokit, repo } = use();
    seed();
    fake.state.clock.advance(3_600_000);
    const since = fake.state.clock.iso();
    fake.state.issues.update(2, { title: 'Unrelated, edited' }, 'octocat');
    const result = await octokit.graphql<{
      repository: { open: { nodes: { number: number }[] }; recent: { nodes: { number: number }[] } };
    }>(
      `query($owner: String!, $name: String!, $since: DateTime) {
        repository(owner: $owner, name: $name) {
          open: issues(first: 10, states: [OPEN], filterBy: { createdBy: "github-actions" }, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { number } }
          recent: issues(first: 10, filterBy: { since: $since }) { nodes { number } }
        }
      }`,
      { owner: repo.owner, name: repo.repo, since },
    );
    expect(result.repository.open.nodes.map((n) => n.number)).toEqual([3]);
    expect(result.repository.recent.nodes.map((n) => n.number)).toEqual([2]);
  });

  it('minimizes a comment, counting the mutation as a write', async () => {
    const { fake, octokit, repo } = use();
    seed();
    const comment = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: 4,
      body: 'Gate report (old)',
    });
    const result = await octokit.graphql<{
      minimizeComment: {
        clientMutationId: string;
        minimizedComment: { isMinimized: boolean; minimizedReason: string };
      };
    }>(
      `mutation Hide($id: ID!) {
        minimizeComment(input: { subjectId: $id, classifier: OUTDATED, clientMutationId: "rollbook" }) {
          clientMutationId
          minimizedComment { isMinimized minimizedReason ... on IssueComment { databaseId } }
        }
      }`,
      { id: comment.data.node_id },
    );
    expect(result.minimizeComment).toEqual({
      clientMutationId: 'rollbook',
      minimizedComment: { isMinimized: true, minimizedReason: 'outdated', databaseId: comment.data.id },
    });
    expect(fake.state.issues.getComment(Number(comment.data.id)).minimizedReason).toBe('OUTDATED');
    expect(fake.log.counts()).toEqual({ reads: 0, writes: 2, total: 2 });
    expect(fake.log.entries[1]).toMatchObject({ kind: 'write', graphql: { operation: 'mutation', name: 'Hide' } });
  });

  it('answers an invalid document the way GitHub does, and records it as drift', async () => {
    const { fake, octokit, repo } = use();
    const document = 'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { checklists } }';
    const invalid = await graphqlFailure(octokit.graphql(document, { owner: repo.owner, name: repo.repo }));
    expect(invalid.errors[0]!.message).toContain('Cannot query field "checklists" on type "Repository"');
    expect(invalid.errors[0]!.locations).toEqual([{ line: 1, column: document.indexOf('checklists') + 1 }]);
    const unparsable = await graphqlFailure(octokit.graphql('query { repository(owner: "a" '));
    expect(unparsable.errors[0]!.message).toMatch(/^Syntax Error/);
    expect(fake.takeDrift().map((d) => `${d.operationId} ${d.direction}`)).toEqual([
      'graphql query request',
      'graphql query request',
    ]);
  });

  it('reports GitHub resolution errors without calling them drift', async () => {
    const { fake, octokit, repo } = use();
    const missingRepo = await graphqlFailure(
      octokit.graphql('query { repository(owner: "someone", name: "else") { id } }'),
    );
    expect(missingRepo.errors[0]).toMatchObject({ type: 'NOT_FOUND', path: ['repository'] });
    expect(missingRepo.data).toEqual({ repository: null });
    const unbounded = await graphqlFailure(
      octokit.graphql('query($o: String!, $n: String!) { repository(owner: $o, name: $n) { issues { totalCount } } }', {
        o: repo.owner,
        n: repo.repo,
      }),
    );
    expect(unbounded.errors[0]).toMatchObject({ type: 'MISSING_PAGINATION_BOUNDARIES' });
    expect(fake.driftErrors).toEqual([]);
  });

  it('treats a filter the fake does not model as drift rather than ignoring it', async () => {
    const { fake, octokit, repo } = use();
    await graphqlFailure(
      octokit.graphql(
        'query($o: String!, $n: String!) { repository(owner: $o, name: $n) { issues(first: 5, filterBy: { assignee: "x" }) { totalCount } } }',
        { o: repo.owner, n: repo.repo },
      ),
    );
    expect(fake.takeDrift()).toEqual([
      expect.objectContaining({
        direction: 'response',
        pointer: '/data/repository/issues',
        message: expect.stringContaining('IssueFilters.assignee'),
      }),
    ]);
  });

  it('serves rateLimit and GraphQL rate-limit headers', async () => {
    const { fake } = use();
    const response = await fetch(fake.graphqlUrl, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ rateLimit { cost limit remaining used resetAt } viewer { login } }' }),
    });
    expect(response.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(await response.json()).toMatchObject({
      data: { rateLimit: { cost: 1, limit: 1000, remaining: 999, used: 1 }, viewer: { login: 'github-actions[bot]' } },
    });
  });
});
