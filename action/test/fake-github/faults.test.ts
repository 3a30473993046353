// Injected failures as the action's Octokit (retry + throttling) experiences them, write hooks
// for crash tests, and the read/write accounting behind the frugality benchmarks.
import { describe, expect, it } from 'vitest';
import { TEST_SECOND_MS } from './test-support/octokit.ts';
import { useFakeGitHub } from './test-support/use-fake-github.ts';

const CREATE_ISSUE = 'POST /repos/{owner}/{repo}/issues';
const GET_ISSUE = 'GET /repos/{owner}/{repo}/issues/{issue_number}';

describe('fault injection seen through Octokit', () => {
  const use = useFakeGitHub();

  it('retries through a 502 burst without duplicating the write', async () => {
    const { fake, octokit, repo } = use();
    fake.faults.burst(502, 2, { operationId: 'issues/create' });
    const created = await octokit.request(CREATE_ISSUE, { ...repo, title: 'Phase 1' });
    expect(created.status).toBe(201);
    expect(fake.log.entries.map((e) => [e.status, e.fault])).toEqual([
      [502, 'status'],
      [502, 'status'],
      [201, undefined],
    ]);
    expect(fake.state.issues.all()).toHaveLength(1);
    expect(fake.faults.pending()).toEqual([]);
  });

  it('retries a read through a 503, matching by method and path template', async () => {
    const { fake, octokit, repo } = use();
    fake.state.issues.create({ title: 'x', author: 'octocat' });
    fake.faults.add({
      method: 'GET',
      route: '/repos/{owner}/{repo}/issues/{issue_number}',
      fault: { kind: 'status', status: 503 },
    });
    expect((await octokit.request(GET_ISSUE, { ...repo, issue_number: 1 })).status).toBe(200);
    expect(fake.log.entries.map((e) => e.status)).toEqual([503, 200]);
  });

  it('honours retry-after on a secondary rate limit', async () => {
    const { fake, octokit, repo, notices } = use();
    fake.faults.add({ operationId: 'issues/create', fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 5 } });
    await octokit.request(CREATE_ISSUE, { ...repo, title: 'Phase 1' });
    expect(notices).toEqual([expect.objectContaining({ kind: 'secondary', retryAfterSeconds: 5 })]);
    const [limited, retried] = fake.log.entries;
    expect(limited).toMatchObject({ status: 403, fault: 'secondary-rate-limit' });
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(5 * TEST_SECOND_MS);
  });

  it('waits for the reset on a primary rate limit', async () => {
    const { fake, octokit, repo, notices } = use();
    fake.faults.add({ operationId: 'issues/get', fault: { kind: 'primary-rate-limit', resetAfterSeconds: 2 } });
    fake.state.issues.create({ title: 'x', author: 'octocat' });
    await octokit.request(GET_ISSUE, { ...repo, issue_number: 1 });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'primary' });
    expect(notices[0]!.retryAfterSeconds).toBeGreaterThanOrEqual(2);
    expect(fake.log.entries.map((e) => e.status)).toEqual([403, 200]);
  });

  it('reports a GraphQL rate limit as RATE_LIMITED, which Octokit retries', async () => {
    const { fake, octokit, notices } = use();
    fake.faults.add({ graphql: 'query', fault: { kind: 'primary-rate-limit', resetAfterSeconds: 1 } });
    const data = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }');
    expect(data.viewer.login).toBe('github-actions[bot]');
    expect(notices.map((n) => n.kind)).toEqual(['primary']);
    expect(fake.log.entries.map((e) => e.fault)).toEqual(['primary-rate-limit', undefined]);
  });

  it('retries a bare 429 and a reset connection', async () => {
    const { fake, octokit, repo } = use();
    fake.faults.add({ operationId: 'issues/create', fault: { kind: 'too-many-requests', retryAfterSeconds: 1 } });
    fake.faults.add({ operationId: 'issues/create', fault: { kind: 'connection-reset' } });
    await octokit.request(CREATE_ISSUE, { ...repo, title: 'Phase 1' });
    expect(fake.log.entries.map((e) => [e.status, e.fault])).toEqual([
      [429, 'too-many-requests'],
      [0, 'connection-reset'],
      [201, undefined],
    ]);
  });

  it('does not retry injected 404 and 410 answers', async () => {
    const { fake, octokit, repo } = use();
    fake.state.issues.create({ title: 'x', author: 'octocat' });
    fake.faults.add({ operationId: 'issues/get', fault: { kind: 'status', status: 410 } });
    fake.faults.add({ operationId: 'issues/get', skip: 1, fault: { kind: 'status', status: 404 } });
    await expect(octokit.request(GET_ISSUE, { ...repo, issue_number: 1 })).rejects.toMatchObject({ status: 410 });
    expect((await octokit.request(GET_ISSUE, { ...repo, issue_number: 1 })).status).toBe(200); // skipped by the 404 rule
    await expect(octokit.request(GET_ISSUE, { ...repo, issue_number: 1 })).rejects.toMatchObject({ status: 404 });
    expect(fake.log.entries).toHaveLength(3);
  });

  it('can fail the answer after the write happened, as a real 502 sometimes does', async () => {
    const { fake, octokit, repo } = use();
    fake.faults.add({ operationId: 'issues/create', phase: 'after-handling', fault: { kind: 'status', status: 502 } });
    await octokit.request(CREATE_ISSUE, { ...repo, title: 'Phase 1' });
    // the blind retry duplicated the issue: what the action's idempotency must guard against
    expect(fake.state.issues.all().map((i) => i.title)).toEqual(['Phase 1', 'Phase 1']);
  });

  it('refuses requests once the hourly budget is spent, with the headers Octokit reads', async () => {
    const { fake, repo } = use();
    fake.rateLimits.exhaust('core', 60_000);
    const response = await fetch(`${fake.url}/repos/${repo.owner}/${repo.repo}/labels`, {
      headers: { authorization: 'token t' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(((await response.json()) as { message: string }).message).toMatch(/^API rate limit exceeded/);
  });
});

describe('write hooks and request accounting', () => {
  const use = useFakeGitHub();

  it('numbers writes and runs a hook between writes, before the answer leaves', async () => {
    const { fake, octokit, repo } = use();
    const seen: string[] = [];
    fake.onWrite((event) => {
      seen.push(`${event.writeNumber} ${event.operationId} ${event.status}`);
    });
    let issuesWhenHookRan = -1;
    fake.afterWrite(2, () => {
      issuesWhenHookRan = fake.state.issues.all().length;
      expect(fake.log.entries.at(-1)!.status).toBe(0); // not answered yet
    });
    await octokit.request(CREATE_ISSUE, { ...repo, title: 'one' });
    await octokit.request(GET_ISSUE, { ...repo, issue_number: 1 });
    await octokit.request(CREATE_ISSUE, { ...repo, title: 'two' });
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: 1,
      body: 'hi',
    });
    expect(seen).toEqual(['1 issues/create 201', '2 issues/create 201', '3 issues/create-comment 201']);
    expect(issuesWhenHookRan).toBe(2);
  });

  it('lets a test cut the client off after a write, leaving the write applied', async () => {
    const { fake, repo } = use();
    const client = new AbortController();
    fake.afterWrite(1, () => client.abort());
    const request = fetch(`${fake.url}/repos/${repo.owner}/${repo.repo}/issues`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'written, never acknowledged' }),
      signal: client.signal,
    });
    await expect(request).rejects.toThrow();
    expect(fake.state.issues.all().map((i) => i.title)).toEqual(['written, never acknowledged']);
  });

  it('counts GET and GraphQL queries as reads, other methods and mutations as writes', async () => {
    const { fake, octokit, repo } = use();
    await octokit.request('GET /repos/{owner}/{repo}/labels', repo);
    await octokit.request('POST /repos/{owner}/{repo}/labels', { ...repo, name: 'rollbook' });
    const comment = fake.userComment(fake.state.issues.create({ title: 'x', author: 'octocat' }).number, 'old');
    await octokit.graphql('{ viewer { login } }');
    await octokit.graphql(
      'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { clientMutationId } }',
      {
        id: (comment['comment'] as { node_id: string }).node_id,
      },
    );
    expect(fake.log.counts()).toEqual({ reads: 2, writes: 2, total: 4 });
    expect(fake.log.byOperation()).toEqual({ 'issues/list-labels-for-repo': 1, 'issues/create-label': 1, graphql: 2 });
  });
});
