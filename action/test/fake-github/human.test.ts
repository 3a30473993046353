// People acting through the web UI: state changes plus the webhook payloads end-to-end tests
// write to GITHUB_EVENT_PATH. Payloads are checked against the description's webhook schemas
// (any mismatch is drift, which fails the test in afterEach).
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from './test-support/use-fake-github.ts';

describe('human simulator', () => {
  const use = useFakeGitHub();

  it('edits a body and returns an issues.edited payload with the old body', async () => {
    const { fake, octokit, repo } = use();
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: 'Phase 1',
      body: '- [ ] canary',
    });
    const payload = fake.userEditIssue(created.data.number, '- [x] canary', 'alice');
    expect(payload).toMatchObject({
      action: 'edited',
      changes: { body: { from: '- [ ] canary' } },
      issue: { number: 1, body: '- [x] canary', user: { login: 'github-actions[bot]' } },
      sender: { login: 'alice', type: 'User' },
      repository: { full_name: fake.state.fullName, default_branch: 'main' },
    });
    const fetched = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: 1,
    });
    expect(fetched.data.body).toBe('- [x] canary');
    expect(fake.log.counts().total).toBe(2); // the person used the web UI, not the API
  });

  it('ticks a task by its text', () => {
    const { fake } = use();
    const issue = fake.state.issues.create({
      title: 'Phase 2',
      body: '- [ ] 10% of traffic\n- [ ] 50% of traffic',
      author: 'octocat',
    });
    const payload = fake.userToggleTask(issue.number, '50%', true, 'bob');
    expect(fake.state.issues.get(issue.number).body).toBe('- [ ] 10% of traffic\n- [x] 50% of traffic');
    expect(payload['changes']).toEqual({ body: { from: '- [ ] 10% of traffic\n- [ ] 50% of traffic' } });
    expect(() => fake.userToggleTask(issue.number, 'rollback', true)).toThrow(/no task containing 'rollback'/);
  });

  it('comments, closes and reopens with matching payloads', () => {
    const { fake } = use();
    const issue = fake.state.issues.create({ title: 'Phase 3', author: 'github-actions[bot]' });
    const comment = fake.userComment(issue.number, '/approve', 'carol');
    expect(comment).toMatchObject({
      action: 'created',
      comment: { body: '/approve', user: { login: 'carol' } },
      issue: { comments: 1 },
    });
    expect(fake.closeIssue(issue.number, 'carol', 'not_planned')).toMatchObject({
      action: 'closed',
      issue: { state: 'closed', state_reason: 'not_planned', closed_by: { login: 'carol' } },
    });
    expect(fake.reopenIssue(issue.number)).toMatchObject({
      action: 'reopened',
      issue: { state: 'open', closed_at: null },
    });
  });

  it('deletes an issue: payload first, then 410 Gone from the API', async () => {
    const { fake, octokit, repo } = use();
    const issue = fake.state.issues.create({ title: 'Phase 4', author: 'github-actions[bot]' });
    const payload = fake.deleteIssue(issue.number, 'dave');
    expect(payload).toMatchObject({ action: 'deleted', issue: { number: issue.number }, sender: { login: 'dave' } });
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue.number,
      }),
    ).rejects.toMatchObject({ status: 410 });
    expect(() => fake.userEditIssue(issue.number, 'too late')).toThrow('This issue was deleted');
  });

  it('records a payload that breaks its webhook schema as drift', () => {
    const { fake } = use();
    const issue = fake.state.issues.create({ title: 'Phase 5', author: 'octocat' });
    Object.assign(issue, { createdAt: 'yesterday' });
    fake.userEditIssue(issue.number, 'edited');
    const drift = fake.takeDrift();
    expect(drift[0]).toMatchObject({
      operationId: 'webhook-issues-edited',
      method: 'WEBHOOK',
      pointer: '/issue/created_at',
    });
  });
});
