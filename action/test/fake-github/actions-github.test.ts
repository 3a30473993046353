// The client the action actually ships: @actions/github's getOctokit (REST endpoint methods +
// pagination) with retry and throttling, pointed at the fake.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { describe, expect, it } from 'vitest';
import { type RateLimitNotice, testOctokitOptions } from './test-support/octokit.ts';
import { useFakeGitHub } from './test-support/use-fake-github.ts';

const ISSUE_COUNT = 250;
const PAGE_SIZE = 100;

describe('@actions/github against the fake', () => {
  const use = useFakeGitHub();

  function actionOctokit(baseUrl: string) {
    const notices: RateLimitNotice[] = [];
    // GITHUB_API_URL is read when @actions/github loads, so tests pass baseUrl explicitly
    return getOctokit('ghs_test', { baseUrl, ...testOctokitOptions(notices) }, retry, throttling);
  }

  it('paginates through link headers, one read per page', async () => {
    const { fake, repo } = use();
    for (let i = 1; i <= ISSUE_COUNT; i++) {
      fake.state.issues.create({ title: `Checklist ${i}`, labels: ['rollbook'], author: 'github-actions[bot]' });
    }
    const octokit = actionOctokit(fake.url);
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      labels: 'rollbook',
      state: 'all',
      per_page: PAGE_SIZE,
    });
    expect(issues).toHaveLength(ISSUE_COUNT);
    expect(new Set(issues.map((i) => i.number)).size).toBe(ISSUE_COUNT);
    expect(fake.log.counts()).toEqual({ reads: Math.ceil(ISSUE_COUNT / PAGE_SIZE), writes: 0, total: 3 });
  });

  it('drives REST endpoint methods and GraphQL through the same state', async () => {
    const { fake, repo } = use();
    const octokit = actionOctokit(fake.url);
    const { data: issue } = await octokit.rest.issues.create({ ...repo, title: 'Phase 1', labels: ['rollbook'] });
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, body: '- [ ] canary' });
    await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'Gate: waiting' });
    const { repository } = await octokit.graphql<{
      repository: { issue: { body: string; comments: { totalCount: number } } };
    }>(
      'query($o: String!, $n: String!, $num: Int!) { repository(owner: $o, name: $n) { issue(number: $num) { body comments(first: 1) { totalCount } } } }',
      { o: repo.owner, n: repo.repo, num: issue.number },
    );
    expect(repository.issue).toEqual({ body: '- [ ] canary', comments: { totalCount: 1 } });
    expect(fake.log.counts()).toEqual({ reads: 1, writes: 3, total: 4 });
  });
});
