// The REST side of the fake, driven by a real Octokit (retry + throttling) the way the action
// will drive it. Every test also fails on drift (see useFakeGitHub).
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from './test-support/use-fake-github.ts';

const HOUR_MS = 60 * 60 * 1000;

/** Drift answers are 500s; retrying them would only repeat the same drift. */
const NO_RETRY = { request: { retries: 0 } };

interface HttpFailure {
  status: number;
  message: string;
  response?: { data: unknown };
}

async function failure(promise: Promise<unknown>): Promise<HttpFailure> {
  try {
    await promise;
  } catch (error) {
    if (typeof (error as HttpFailure).status === 'number') return error as HttpFailure;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('issues', () => {
  const use = useFakeGitHub();

  it('creates, reads and updates an issue with GitHub-shaped answers', async () => {
    const { octokit, repo, fake } = use();
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: 'Phase 1: canary',
      body: '- [ ] deploy',
      labels: ['rollbook', 'phase'],
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Phase 1: canary',
      user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 },
      html_url: `https://github.com/${fake.state.fullName}/issues/1`,
    });
    expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['rollbook', 'phase']);

    const updated = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: 1,
      body: '- [x] deploy',
      state: 'closed',
      state_reason: 'not_planned',
      labels: ['rollbook'],
    });
    expect(updated.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', body: '- [x] deploy' });
    expect(updated.data.closed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(updated.data.labels).toHaveLength(1);

    const reopened = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: 1,
      state: 'open',
    });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    const fetched = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: 1,
    });
    expect(fetched.data.body).toBe('- [x] deploy');
  });

  it('lists with GitHub filters and link-header pagination', async () => {
    const { octokit, repo, fake } = use();
    const { issues } = fake.state;
    issues.create({ title: 'a', labels: ['rollbook', 'phase'], author: 'octocat' });
    issues.create({ title: 'b', labels: ['rollbook'], author: 'github-actions[bot]' });
    issues.create({ title: 'c', labels: ['Rollbook', 'PHASE'], author: 'github-actions[bot]' });
    fake.state.clock.advance(HOUR_MS);
    issues.update(2, { state: 'closed' }, 'octocat');
    const titles = async (query: Record<string, string | number>) =>
      (await octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, ...query })).data.map((i) => i.title);

    expect(await titles({})).toEqual(['c', 'a']);
    expect(await titles({ state: 'all', labels: 'rollbook,phase' })).toEqual(['c', 'a']);
    expect(await titles({ state: 'all', creator: 'octocat' })).toEqual(['a']);
    expect(await titles({ state: 'closed' })).toEqual(['b']);
    expect(await titles({ state: 'all', direction: 'asc' })).toEqual(['a', 'b', 'c']);
    expect(await titles({ state: 'all', sort: 'updated' })).toEqual(['b', 'c', 'a']);
    const since = new Date(Date.parse(issues.get(1).updatedAt) + HOUR_MS / 2).toISOString();
    expect(await titles({ state: 'all', since })).toEqual(['b']);

    const first = await octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'all', per_page: 2 });
    expect(first.data).toHaveLength(2);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.link ?? '')?.[1];
    expect(first.headers.link).toContain('rel="last"');
    expect(next).toContain(`${fake.url}/repos/`);
    const second = await octokit.request(`GET ${next!.slice(fake.url.length)}`);
    expect(second.data.map((i: { title: string }) => i.title)).toEqual(['a']);
    expect(second.headers.link).toContain('rel="prev"');
    expect(second.headers.link).not.toContain('rel="next"');
  });

  it('answers 410 Gone for a deleted issue and leaves it out of lists', async () => {
    const { octokit, repo, fake } = use();
    fake.state.issues.create({ title: 'doomed', author: 'octocat' });
    fake.deleteIssue(1);
    const gone = await failure(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 1 }),
    );
    expect(gone.status).toBe(410);
    expect(gone.message).toContain('This issue was deleted');
    expect((await octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'all' })).data).toEqual([]);
    const missing = await failure(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 99 }),
    );
    expect(missing.status).toBe(404);
  });
});

describe('comments and labels', () => {
  const use = useFakeGitHub();

  it('creates, lists, updates and deletes comments; a comment bumps the issue', async () => {
    const { octokit, repo, fake } = use();
    const issue = fake.state.issues.create({ title: 'gate', author: 'octocat' });
    const before = issue.updatedAt;
    fake.state.clock.advance(60_000);
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: 1,
      body: 'Gate report: 2/3',
    });
    expect(created.status).toBe(201);
    expect(created.data.html_url).toMatch(/\/issues\/1#issuecomment-\d+$/);
    expect(fake.state.issues.get(1).updatedAt > before).toBe(true);

    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: created.data.id,
      body: 'Gate report: 3/3',
    });
    const listed = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: 1,
    });
    expect(listed.data.map((c) => c.body)).toEqual(['Gate report: 3/3']);

    const deleted = await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: created.data.id,
    });
    expect(deleted.status).toBe(204);
    const again = await failure(
      octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repo,
        comment_id: created.data.id,
      }),
    );
    expect(again.status).toBe(404);
  });

  it('manages repository labels and the labels on an issue', async () => {
    const { octokit, repo, fake } = use();
    fake.state.issues.create({ title: 'phase', author: 'octocat' });
    const created = await octokit.request('POST /repos/{owner}/{repo}/labels', {
      ...repo,
      name: 'rollbook:gate',
      color: 'b60205',
      description: 'Gate pending',
    });
    expect(created.data).toMatchObject({ name: 'rollbook:gate', color: 'b60205', default: false });
    const duplicate = await failure(
      octokit.request('POST /repos/{owner}/{repo}/labels', { ...repo, name: 'ROLLBOOK:GATE' }),
    );
    expect(duplicate.status).toBe(422);
    expect(duplicate.response?.data).toMatchObject({ errors: [{ resource: 'Label', code: 'already_exists' }] });

    const got = await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { ...repo, name: 'rollbook:gate' });
    expect(got.data.description).toBe('Gate pending');

    const added = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...repo,
      issue_number: 1,
      labels: ['rollbook:gate', 'new-on-the-fly'],
    });
    expect(added.data.map((l) => l.name)).toEqual(['rollbook:gate', 'new-on-the-fly']);
    const all = await octokit.request('GET /repos/{owner}/{repo}/labels', repo);
    expect(all.data.map((l) => l.name)).toEqual(['new-on-the-fly', 'rollbook:gate']);

    const removed = await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
      ...repo,
      issue_number: 1,
      name: 'rollbook:gate',
    });
    expect(removed.data.map((l) => l.name)).toEqual(['new-on-the-fly']);
    const notThere = await failure(
      octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
        ...repo,
        issue_number: 1,
        name: 'x',
      }),
    );
    expect(notThere.status).toBe(404);
  });
});

describe('sub-issues', () => {
  const use = useFakeGitHub();

  it('adds, lists, reports and removes sub-issues by issue id', async () => {
    const { octokit, repo, fake } = use();
    const parent = fake.state.issues.create({ title: 'rollout', author: 'octocat' });
    const child = fake.state.issues.create({ title: 'phase 1', author: 'octocat' });
    const added = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
      ...repo,
      issue_number: parent.number,
      sub_issue_id: child.id,
    });
    expect(added.status).toBe(201);
    expect(added.data).toMatchObject({ number: parent.number, sub_issues_summary: { total: 1, completed: 0 } });

    fake.closeIssue(child.number);
    const listed = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
      ...repo,
      issue_number: parent.number,
    });
    expect(listed.data.map((i) => i.number)).toEqual([child.number]);
    const parentNow = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: 1,
    });
    expect(parentNow.data.sub_issues_summary).toEqual({ total: 1, completed: 1, percent_completed: 100 });

    const again = await failure(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
        ...repo,
        issue_number: parent.number,
        sub_issue_id: child.id,
      }),
    );
    expect(again.status).toBe(422);

    const removed = await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue', {
      ...repo,
      issue_number: parent.number,
      sub_issue_id: child.id,
    });
    expect(removed.data.sub_issues_summary?.total).toBe(0);
  });

  it('answers 404 on every sub-issue endpoint when the API is switched off', async () => {
    const { octokit, repo, fake } = use();
    const parent = fake.state.issues.create({ title: 'rollout', author: 'octocat' });
    const child = fake.state.issues.create({ title: 'phase 1', author: 'octocat' });
    fake.state.subIssuesEnabled = false;
    const post = await failure(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
        ...repo,
        issue_number: parent.number,
        sub_issue_id: child.id,
      }),
    );
    const list = await failure(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', { ...repo, issue_number: 1 }),
    );
    expect([post.status, list.status]).toEqual([404, 404]);
    const issue = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: 1,
    });
    expect(issue.data).not.toHaveProperty('sub_issues_summary');
  });
});

describe('commit statuses and check runs', () => {
  const use = useFakeGitHub();

  it('combines the latest status per context, by branch or sha', async () => {
    const { octokit, repo, fake } = use();
    const sha = fake.state.setFiles('rollout/phase-1', { 'plan.yml': 'phases: []\n' });
    const post = (state: 'pending' | 'success' | 'failure', context: string) =>
      octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...repo, sha, state, context });
    await post('pending', 'rollbook/gate');
    await post('success', 'ci');
    const combined = (ref: string) =>
      octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...repo, ref });
    expect((await combined(sha)).data).toMatchObject({ state: 'pending', total_count: 2, sha });
    await post('success', 'rollbook/gate');
    expect((await combined('rollout/phase-1')).data).toMatchObject({ state: 'success', total_count: 2 });
    await post('failure', 'ci');
    expect((await combined(sha)).data.state).toBe('failure');
    const all = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...repo, ref: sha });
    expect(all.data).toHaveLength(4);
    expect((await failure(combined('no-such-branch'))).status).toBe(404);
  });

  it('creates, completes and lists check runs', async () => {
    const { octokit, repo, fake } = use();
    const sha = fake.state.git.branchSha('main')!;
    const run = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      ...repo,
      name: 'rollbook gate',
      head_sha: sha,
      status: 'in_progress',
      output: { title: 'Waiting', summary: '1 of 3 approvals' },
    });
    expect(run.data).toMatchObject({ status: 'in_progress', conclusion: null, app: { slug: 'github-actions' } });
    await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: run.data.id,
      conclusion: 'success',
      output: { title: 'Approved', summary: '3 of 3 approvals' },
    });
    const listed = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...repo,
      ref: 'main',
    });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.check_runs[0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Approved' },
    });
  });
});

describe('pull requests, contents and access', () => {
  const use = useFakeGitHub();

  it('serves a pull request, its files and the plan at both refs', async () => {
    const { octokit, repo, fake } = use();
    fake.state.setFiles('main', { 'playbooks/checkout.yml': 'name: checkout\n', 'README.md': '# plans\n' });
    fake.state.setFiles('edit-plan', { 'playbooks/checkout.yml': 'name: checkout\nphases: 2\n' });
    const pr = fake.state.addPullRequest({ title: 'Edit plan', author: 'octocat', head: 'edit-plan' });

    const pull = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: pr.number,
    });
    expect(pull.data).toMatchObject({ head: { ref: 'edit-plan', sha: pr.pull.headSha }, base: { ref: 'main' } });
    const files = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      ...repo,
      pull_number: pr.number,
    });
    expect(files.data).toEqual([
      expect.objectContaining({ filename: 'playbooks/checkout.yml', status: 'modified', additions: 1 }),
    ]);

    const read = async (ref: string) => {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...repo,
        path: 'playbooks/checkout.yml',
        ref,
      });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) throw new Error('expected a file');
      return Buffer.from(data.content, 'base64').toString('utf8');
    };
    expect(await read('main')).toBe('name: checkout\n');
    expect(await read(pr.pull.headSha)).toBe('name: checkout\nphases: 2\n');

    const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'README.md',
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe('# plans\n');

    const listing = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'playbooks' });
    expect(Array.isArray(listing.data) && listing.data.map((e) => `${e.type} ${e.path}`)).toEqual([
      'file playbooks/checkout.yml',
    ]);
    const missing = await failure(
      octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'playbooks/none.yml' }),
    );
    expect(missing.status).toBe(404);
    const plainIssue = fake.state.issues.create({ title: 'not a PR', author: 'octocat' });
    const notPull = await failure(
      octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: plainIssue.number }),
    );
    expect(notPull.status).toBe(404);
  });

  it('reports team membership and repository permission', async () => {
    const { octokit, repo, fake } = use();
    fake.state.access.setTeamMember('release-managers', 'alice', { role: 'maintainer' });
    fake.state.access.setRole('alice', 'maintain');
    const member = await octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
      org: repo.owner,
      team_slug: 'release-managers',
      username: 'alice',
    });
    expect(member.data).toMatchObject({ role: 'maintainer', state: 'active' });
    const stranger = await failure(
      octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org: repo.owner,
        team_slug: 'release-managers',
        username: 'mallory',
      }),
    );
    expect(stranger.status).toBe(404);
    const permission = (username: string) =>
      octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username });
    expect((await permission('alice')).data).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect((await permission('mallory')).data).toMatchObject({ permission: 'none' });
  });
});

describe('authentication, rate-limit headers and conditional requests', () => {
  const use = useFakeGitHub({ tokens: { 'pat-alice': 'alice' } });

  it('requires a token and maps it to an actor without logging it', async () => {
    const { fake, repo } = use();
    const anonymous = await fetch(`${fake.url}/repos/${repo.owner}/${repo.repo}/issues`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });

    const asAlice = await fetch(`${fake.url}/repos/${repo.owner}/${repo.repo}/issues`, {
      method: 'POST',
      headers: { authorization: 'Bearer pat-alice', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'by alice' }),
    });
    expect(((await asAlice.json()) as { user: { login: string } }).user.login).toBe('alice');
    expect(fake.log.entries.map((e) => e.actor)).toEqual([null, 'alice']);
    expect(JSON.stringify(fake.log.entries)).not.toContain('pat-alice');
  });

  it('answers HEAD like GET, without a body', async () => {
    const { fake, repo } = use();
    const response = await fetch(`${fake.url}/repos/${repo.owner}/${repo.repo}/labels`, {
      method: 'HEAD',
      headers: { authorization: 'token t' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(fake.log.entries[0]).toMatchObject({ operationId: 'issues/list-labels-for-repo', kind: 'read' });
  });

  it('sends rate-limit headers, serves /rate_limit for free and answers 304 to a matching etag', async () => {
    const { octokit, repo } = use();
    const first = await octokit.request('GET /repos/{owner}/{repo}/labels', repo);
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '1000',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
    });
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
    const limits = await octokit.request('GET /rate_limit');
    expect(limits.data.resources.core).toMatchObject({ used: 1, remaining: 999 });

    const cached = await failure(
      octokit.request('GET /repos/{owner}/{repo}/labels', {
        ...repo,
        headers: { 'if-none-match': first.headers.etag },
      }),
    );
    expect(cached.status).toBe(304);
    const after = await octokit.request('GET /rate_limit');
    expect(after.data.resources.core.used).toBe(1);
  });
});

describe('drift detection', () => {
  const use = useFakeGitHub();

  it('answers 500 naming operation and pointer for a request the description forbids', async () => {
    const { octokit, repo, fake } = use();
    const error = await failure(
      octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...repo,
        ...NO_RETRY,
        title: 'x',
        labels: 'bug',
      } as never),
    );
    expect(error.status).toBe(500);
    expect(error.message).toContain('issues/create request /body/labels: must be array');
    expect(fake.takeDrift()).toEqual([
      expect.objectContaining({ operationId: 'issues/create', pointer: '/body/labels' }),
    ]);
  });

  it('flags unknown routes and operations the fake does not implement', async () => {
    const { octokit, repo, fake } = use();
    expect(
      (await failure(octokit.request('GET /repos/{owner}/{repo}/checklists', { ...repo, ...NO_RETRY }))).status,
    ).toBe(500);
    expect(
      (await failure(octokit.request('GET /repos/{owner}/{repo}/milestones', { ...repo, ...NO_RETRY }))).status,
    ).toBe(500);
    expect(fake.takeDrift().map((e) => e.message)).toEqual([
      expect.stringContaining('no operation in GitHub'),
      expect.stringContaining('does not implement issues/list-milestones'),
    ]);
  });

  it('refuses to answer with a response that breaks the schema', async () => {
    const { octokit, repo, fake } = use();
    const issue = fake.state.issues.create({ title: 'ok', author: 'octocat' });
    Object.assign(issue, { title: 42 });
    const error = await failure(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, ...NO_RETRY, issue_number: 1 }),
    );
    expect(error.status).toBe(500);
    const [drift] = fake.takeDrift();
    expect(drift).toMatchObject({ operationId: 'issues/get', direction: 'response', status: 200, pointer: '/title' });
    expect(() => fake.assertNoDrift()).not.toThrow();
  });

  it('assertNoDrift lists every error', async () => {
    const { octokit, repo, fake } = use();
    await failure(
      octokit.request('GET /repos/{owner}/{repo}/issues', { ...repo, ...NO_RETRY, per_page: 'many' } as never),
    );
    expect(() => fake.assertNoDrift()).toThrow(
      /1 drift error\(s\):\n {2}GET \/repos\/.*\/issues \[issues\/list-for-repo request\] \/query\/per_page: must be integer/,
    );
    fake.takeDrift();
  });
});

describe('coverage of the implemented operations', () => {
  const use = useFakeGitHub();

  it('registers handlers only under operationIds that exist in the description', async () => {
    const { restHandlers } = await import('./rest/index.ts');
    const { RateLimiter } = await import('./http/rate-limit.ts');
    const { getOpenApiValidator } = await import('./openapi/validator.ts');
    const unknown = Object.keys(restHandlers(new RateLimiter())).filter(
      (id) => !getOpenApiValidator().routes.operationById(id),
    );
    expect(unknown).toEqual([]);
  });

  it('answers the remaining reads and label writes without drift', async () => {
    const { octokit, repo, fake } = use();
    const issue = fake.state.issues.create({ title: 'x', labels: ['a'], author: 'octocat' });
    const comment = fake.state.issues.createComment(issue.number, 'hello', 'octocat');
    fake.state.addPullRequest({ title: 'pr', author: 'octocat', head: 'topic' });
    const set = await octokit.request('PUT /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...repo,
      issue_number: issue.number,
      labels: ['b', 'c'],
    });
    expect(set.data.map((l) => l.name)).toEqual(['b', 'c']);
    const onIssue = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...repo,
      issue_number: issue.number,
    });
    expect(onIssue.data.map((l) => l.name)).toEqual(['b', 'c']);
    const got = await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: comment.id,
    });
    expect(got.data.body).toBe('hello');
    const pulls = await octokit.request('GET /repos/{owner}/{repo}/pulls', repo);
    expect(pulls.data.map((p) => p.head.ref)).toEqual(['topic']);
    const repository = await octokit.request('GET /repos/{owner}/{repo}', repo);
    expect(repository.data).toMatchObject({
      full_name: fake.state.fullName,
      default_branch: 'main',
      permissions: { push: true },
    });
  });
});
