// Several repositories in one fake: REST routes by the path's owner/repo, GraphQL by
// `repository(owner, name)`, and a token that may not read a repository gets what GitHub answers
// (404 on REST, NOT_FOUND on GraphQL), never a hint that it exists.
import { describe, expect, it } from 'vitest';
import { startFakeGitHub } from './server.ts';
import { createTestOctokit } from './test-support/octokit.ts';
import { useFakeGitHub } from './test-support/use-fake-github.ts';

const REPOSITORIES = [
  { owner: 'acme', repo: 'shop' },
  { owner: 'acme', repo: 'pay', defaultBranch: 'trunk', topics: ['rollbook', 'payments'] },
  { owner: 'acme', repo: 'secret', readers: ['platform-bot[bot]'] },
  { owner: 'other', repo: 'docs', private: false },
];

const ISSUE_TITLES = /* GraphQL */ `
  query Titles($owner: String!, $name: String!) {
    repository(owner: $owner, name: $name) {
      nameWithOwner isPrivate
      defaultBranchRef { name }
      issues(first: 10) { nodes { id number title } }
    }
  }
`;

type Titles = {
  repository: {
    nameWithOwner: string;
    isPrivate: boolean;
    defaultBranchRef: { name: string };
    issues: { nodes: { id: string; number: number; title: string }[] };
  } | null;
};

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    const { status } = error as { status?: number };
    if (typeof status === 'number') return status;
    throw error;
  }
}

async function graphqlErrors(promise: Promise<unknown>): Promise<{ type?: string; message: string }[]> {
  try {
    await promise;
  } catch (error) {
    const errors = (error as { errors?: { type?: string; message: string }[] }).errors;
    if (errors) return errors;
    throw error;
  }
  throw new Error('expected GraphQL errors');
}

describe('several repositories', () => {
  const use = useFakeGitHub({
    repositories: REPOSITORIES,
    tokens: { 'ghs-platform': 'platform-bot[bot]', 'ghs-narrow': 'narrow-bot[bot]' },
  });

  it('keeps the single-repository handle: state and env() are the first repository', () => {
    const { fake, repo } = use();
    expect(fake.state).toBe(fake.repo('acme/shop'));
    expect(repo).toEqual({ owner: 'acme', repo: 'shop' });
    expect(fake.env()).toMatchObject({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_REPOSITORY_OWNER: 'acme' });
    expect(fake.repositories.map((r) => r.fullName)).toEqual(['acme/shop', 'acme/pay', 'acme/secret', 'other/docs']);
    expect(() => fake.repo('acme/missing')).toThrow(/serves no repository acme\/missing/);
    expect(fake.repo('ACME/Pay')).toBe(fake.repositories[1]);
  });

  it('routes REST by the path: each repository has its own issues, files and default branch', async () => {
    const { fake, octokit } = use();
    fake.repo('acme/pay').setFiles('trunk', { 'playbooks/3ds.yml': 'pay plan' });
    fake.state.setFiles('main', { 'playbooks/cart.yml': 'shop plan' });
    await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'pay', title: 'Pay phase' });
    await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'shop', title: 'Shop phase' });

    expect(
      fake
        .repo('acme/pay')
        .issues.all()
        .map((i) => [i.number, i.title]),
    ).toEqual([[1, 'Pay phase']]);
    expect(fake.state.issues.all().map((i) => [i.number, i.title])).toEqual([[1, 'Shop phase']]);
    // ids are unique across repositories, as on GitHub; issue numbers are per repository
    expect(fake.repo('acme/pay').issues.get(1).id).not.toBe(fake.state.issues.get(1).id);

    const pay = await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'pay' });
    expect(pay.data).toMatchObject({
      full_name: 'acme/pay',
      default_branch: 'trunk',
      topics: ['rollbook', 'payments'],
      private: true,
    });
    const docs = await octokit.request('GET /repos/{owner}/{repo}', { owner: 'other', repo: 'docs' });
    expect(docs.data).toMatchObject({ full_name: 'other/docs', private: false, visibility: 'public' });

    const file = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'acme',
      repo: 'pay',
      path: 'playbooks/3ds.yml',
      mediaType: { format: 'raw' },
    });
    expect(String(file.data)).toBe('pay plan');
    expect(
      await status(
        octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner: 'acme',
          repo: 'pay',
          path: 'playbooks/cart.yml',
        }),
      ),
    ).toBe(404);
    const issue = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: 'acme',
      repo: 'pay',
      issue_number: 1,
    });
    expect(issue.data.html_url).toBe('https://github.com/acme/pay/issues/1');
    expect(issue.data.repository_url).toBe(`${fake.url}/repos/acme/pay`);
  });

  it('answers 404 for a repository it does not serve', async () => {
    const { octokit } = use();
    expect(await status(octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'missing' }))).toBe(404);
    expect(await status(octokit.request('GET /repos/{owner}/{repo}/issues', { owner: 'nobody', repo: 'shop' }))).toBe(
      404,
    );
  });

  it('resolves repository(owner, name) for each repository over GraphQL', async () => {
    const { fake, octokit } = use();
    fake.repo('acme/pay').issues.create({ title: 'Pay phase', author: 'octocat' });
    fake.state.issues.create({ title: 'Shop phase', author: 'octocat' });
    const pay = await octokit.graphql<Titles>(ISSUE_TITLES, { owner: 'acme', name: 'pay' });
    const shop = await octokit.graphql<Titles>(ISSUE_TITLES, { owner: 'acme', name: 'shop' });
    expect(pay.repository).toMatchObject({
      nameWithOwner: 'acme/pay',
      isPrivate: true,
      defaultBranchRef: { name: 'trunk' },
      issues: { nodes: [{ number: 1, title: 'Pay phase' }] },
    });
    expect(shop.repository!.issues.nodes.map((n) => n.title)).toEqual(['Shop phase']);

    // one query over several repositories through aliases
    const both = await octokit.graphql<Record<string, { nameWithOwner: string }>>(
      `{ a: repository(owner: "acme", name: "shop") { nameWithOwner }
         b: repository(owner: "other", name: "docs") { nameWithOwner } }`,
    );
    expect(both).toEqual({ a: { nameWithOwner: 'acme/shop' }, b: { nameWithOwner: 'other/docs' } });

    // node(id) finds an issue in whichever repository holds it
    const found = await octokit.graphql<{ node: { title: string; repository: { nameWithOwner: string } } }>(
      'query($id: ID!) { node(id: $id) { ... on Issue { title repository { nameWithOwner } } } }',
      { id: pay.repository!.issues.nodes[0]!.id },
    );
    expect(found.node).toEqual({ title: 'Pay phase', repository: { nameWithOwner: 'acme/pay' } });
  });

  it('hides a repository from a token that may not read it: 404 on REST, NOT_FOUND on GraphQL', async () => {
    const { fake } = use();
    fake.repo('acme/secret').setFiles('main', { 'playbooks/x.yml': 'secret plan' });
    const secretIssue = fake.repo('acme/secret').issues.create({ title: 'Secret phase', author: 'octocat' });
    const narrow = createTestOctokit(fake.url, 'ghs-narrow').octokit;
    const platform = createTestOctokit(fake.url, 'ghs-platform').octokit;
    const secret = { owner: 'acme', repo: 'secret' };

    expect(await status(narrow.request('GET /repos/{owner}/{repo}', secret))).toBe(404);
    expect(await status(narrow.request('GET /repos/{owner}/{repo}/issues', secret))).toBe(404);
    expect(await status(narrow.request('POST /repos/{owner}/{repo}/issues', { ...secret, title: 'sneaked in' }))).toBe(
      404,
    );
    expect(fake.repo('acme/secret').issues.all()).toHaveLength(1);
    expect(await status(platform.request('GET /repos/{owner}/{repo}', secret))).toBe(200);
    // other repositories stay readable for the narrow token, the public one for everybody
    expect(await status(narrow.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' }))).toBe(200);
    expect(await status(narrow.request('GET /repos/{owner}/{repo}', { owner: 'other', repo: 'docs' }))).toBe(200);

    const errors = await graphqlErrors(narrow.graphql(ISSUE_TITLES, { owner: 'acme', name: 'secret' }));
    expect(errors).toEqual([
      expect.objectContaining({
        type: 'NOT_FOUND',
        message: "Could not resolve to a Repository with the name 'acme/secret'.",
      }),
    ]);
    // the same message as for a repository that does not exist
    const missing = await graphqlErrors(narrow.graphql(ISSUE_TITLES, { owner: 'acme', name: 'nothing' }));
    expect(missing[0]).toMatchObject({ type: 'NOT_FOUND', message: expect.stringContaining("'acme/nothing'") });
    const byId = await narrow.graphql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
      id: secretIssue.nodeId,
    });
    expect(byId.node).toBeNull();

    const allowed = await platform.graphql<Titles>(ISSUE_TITLES, { owner: 'acme', name: 'secret' });
    expect(allowed.repository!.issues.nodes.map((n) => n.title)).toEqual(['Secret phase']);

    // a role granted later opens the repository to that login
    fake.repo('acme/secret').access.setRole('narrow-bot[bot]', 'read');
    expect(await status(narrow.request('GET /repos/{owner}/{repo}', secret))).toBe(200);
  });

  it("lists an organization's repositories and finds them by topic, only those the token may read", async () => {
    const { fake } = use();
    const narrow = createTestOctokit(fake.url, 'ghs-narrow').octokit;
    const platform = createTestOctokit(fake.url, 'ghs-platform').octokit;
    const LIST = `query($org: String!) { organization(login: $org) {
      repositories(first: 100, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { nameWithOwner } } } }`;
    type List = { organization: { repositories: { totalCount: number; nodes: { nameWithOwner: string }[] } } };
    const names = (list: List) => list.organization.repositories.nodes.map((n) => n.nameWithOwner);
    expect(names(await platform.graphql<List>(LIST, { org: 'acme' }))).toEqual([
      'acme/pay',
      'acme/secret',
      'acme/shop',
    ]);
    expect(names(await narrow.graphql<List>(LIST, { org: 'acme' }))).toEqual(['acme/pay', 'acme/shop']);
    const unknown = await graphqlErrors(narrow.graphql(LIST, { org: 'nobody' }));
    expect(unknown[0]).toMatchObject({
      type: 'NOT_FOUND',
      message: "Could not resolve to an Organization with the login of 'nobody'.",
    });

    const SEARCH = `query($q: String!) { search(query: $q, type: REPOSITORY, first: 100) {
      repositoryCount nodes { ... on Repository { nameWithOwner repositoryTopics(first: 10) { nodes { topic { name } } } } } } }`;
    type Found = { search: { repositoryCount: number; nodes: { nameWithOwner: string }[] } };
    const found = await narrow.graphql<Found>(SEARCH, { q: 'org:acme topic:rollbook' });
    expect(found.search).toEqual({
      repositoryCount: 1,
      nodes: [
        {
          nameWithOwner: 'acme/pay',
          repositoryTopics: { nodes: [{ topic: { name: 'rollbook' } }, { topic: { name: 'payments' } }] },
        },
      ],
    });
    fake.repo('acme/secret').topics.push('rollbook');
    expect((await narrow.graphql<Found>(SEARCH, { q: 'org:acme topic:rollbook' })).search.repositoryCount).toBe(1);
    expect((await platform.graphql<Found>(SEARCH, { q: 'org:acme topic:rollbook' })).search.repositoryCount).toBe(2);
  });

  it("reads commits, trees and blobs with git's own object ids", async () => {
    const { fake, octokit } = use();
    const pay = fake.repo('acme/pay');
    const QUERY = `query($expr: String!) { repository(owner: "acme", name: "pay") {
      defaultBranchRef { target { ... on Commit { oid tree { oid } } } }
      file: object(expression: $expr) { ... on Blob { oid text byteSize isTruncated } ... on Tree { oid entries { name path type oid object { ... on Blob { text } } } } }
      missing: object(expression: "HEAD:nothing/here") { oid } } }`;
    type Read = {
      repository: {
        defaultBranchRef: { target: { oid: string; tree: { oid: string } } };
        file: Record<string, unknown> | null;
        missing: null;
      };
    };
    const empty = await octokit.graphql<Read>(QUERY, { expr: 'HEAD:' });
    // git's empty tree
    expect(empty.repository.defaultBranchRef.target.tree.oid).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
    const sha = pay.setFiles('trunk', { 'playbooks/a.yml': 'hello\n', 'README.md': 'x' });
    const blob = await octokit.graphql<Read>(QUERY, { expr: 'trunk:playbooks/a.yml' });
    expect(blob.repository.defaultBranchRef.target.oid).toBe(sha);
    // `git hash-object` of "hello\n"
    expect(blob.repository.file).toEqual({
      oid: 'ce013625030ba8dba906f756967f9e9ca394464a',
      text: 'hello\n',
      byteSize: 6,
      isTruncated: false,
    });
    expect(blob.repository.missing).toBeNull();
    const tree = await octokit.graphql<Read>(QUERY, { expr: `${sha}:playbooks` });
    expect(tree.repository.file).toMatchObject({
      entries: [
        {
          name: 'a.yml',
          path: 'playbooks/a.yml',
          type: 'blob',
          oid: 'ce013625030ba8dba906f756967f9e9ca394464a',
          object: { text: 'hello\n' },
        },
      ],
    });
    const before = blob.repository.defaultBranchRef.target.tree.oid;
    // a commit that changes nothing keeps the tree id; a changed file changes it; another repository with the same files has the same tree
    pay.setFiles('trunk', {});
    expect((await octokit.graphql<Read>(QUERY, { expr: 'HEAD:' })).repository.defaultBranchRef.target.tree.oid).toBe(
      before,
    );
    pay.setFiles('trunk', { 'playbooks/a.yml': 'hello again\n' });
    expect(
      (await octokit.graphql<Read>(QUERY, { expr: 'HEAD:' })).repository.defaultBranchRef.target.tree.oid,
    ).not.toBe(before);
    fake.state.setFiles('main', { 'playbooks/a.yml': 'hello\n', 'README.md': 'x' });
    const shop = await octokit.graphql<{ repository: { defaultBranchRef: { target: { tree: { oid: string } } } } }>(
      '{ repository(owner: "acme", name: "shop") { defaultBranchRef { target { ... on Commit { tree { oid } } } } } }',
    );
    expect(shop.repository.defaultBranchRef.target.tree.oid).toBe(before);
  });

  it('answers 403 and FORBIDDEN for a permission the token was given without', async () => {
    const { fake } = use();
    const narrow = createTestOctokit(fake.url, 'ghs-narrow').octokit;
    const pay = { owner: 'acme', repo: 'pay' };
    fake.repo('acme/pay').setFiles('trunk', { 'a.yml': 'x' });
    fake.repo('acme/pay').access.withhold('narrow-bot[bot]', 'issues');
    expect(await status(narrow.request('GET /repos/{owner}/{repo}/issues', pay))).toBe(403);
    expect(await status(narrow.request('GET /repos/{owner}/{repo}/labels', pay))).toBe(403);
    expect(await status(narrow.request('GET /repos/{owner}/{repo}/contents/{path}', { ...pay, path: 'a.yml' }))).toBe(
      200,
    );
    expect(await status(narrow.request('GET /repos/{owner}/{repo}', pay))).toBe(200);
    const errors = await graphqlErrors(
      narrow.graphql('{ repository(owner: "acme", name: "pay") { issues(first: 1) { totalCount } } }'),
    );
    expect(errors[0]).toMatchObject({ type: 'FORBIDDEN', message: 'Resource not accessible by integration' });
    fake.repo('acme/pay').access.withhold('narrow-bot[bot]', 'contents');
    expect(await status(narrow.request('GET /repos/{owner}/{repo}/contents/{path}', { ...pay, path: 'a.yml' }))).toBe(
      403,
    );
    const object = await graphqlErrors(
      narrow.graphql('{ repository(owner: "acme", name: "pay") { object(expression: "HEAD:a.yml") { oid } } }'),
    );
    expect(object[0]).toMatchObject({ type: 'FORBIDDEN' });
    // other tokens keep both
    expect(
      await status(
        createTestOctokit(fake.url, 'ghs-platform').octokit.request('GET /repos/{owner}/{repo}/issues', pay),
      ),
    ).toBe(200);
  });

  it('shares one clock and one set of accounts across repositories', () => {
    const { fake } = use();
    fake.state.clock.advance(60_000);
    expect(fake.repo('acme/pay').clock.iso()).toBe(fake.state.clock.iso());
    expect(fake.repo('acme/pay').users.get('octocat')).toBe(fake.state.users.get('octocat'));
    expect(fake.repo('acme/pay').ownerAccount).toBe(fake.state.ownerAccount);
  });
});

describe('repositories given twice', () => {
  it('is refused when the fake starts', async () => {
    await expect(
      startFakeGitHub({
        repositories: [
          { owner: 'acme', repo: 'shop' },
          { owner: 'ACME', repo: 'Shop' },
        ],
      }),
    ).rejects.toThrow(/acme\/shop|ACME\/Shop/);
  });
});
