// A pull request cannot loosen the gates it is judged by: the plan is read at the PR's base
// commit through the contents API, never at its head, whether the PR comes from a branch
// (`pull_request`) or from a fork (`pull_request_target`, which has a write token and so must
// never read, check out or run the head).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/server.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { blindCanaryLesson, GUARDS } from '../helpers/blind-canary-lesson.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

/** The PR raises the error threshold fiftyfold, drops the sign-off and ramps the canary. */
function loosenedPlan(): string {
  return h.planYaml({ max: 0.5, rollbackAt: 0.9, signoff: false });
}

function contentReads(fake: FakeGitHub): string[] {
  return fake.log.entries.filter((e) => e.operationId === 'repos/get-content').map((e) => e.path);
}

async function expectJudgedByBase(fake: FakeGitHub, event: (n: number) => { name: string; payload: unknown }) {
  await h.rolloutRepo(fake, { staging: h.stagingTicks(2 * h.DAY, false) });
  const pr = h.openPullRequest(fake, 'loosen', {
    [h.PLAN_FILE]: loosenedPlan(),
    'flags/canary/checkout.yaml': 'percent: 5\n',
  });
  const ws = h.workspace();
  ws.setMetrics({ checkout_error_rate: 0.03 });

  const run = await h.runReport({ fake, ws, event: event(pr.number) });
  expect(run.code, h.failureText(run)).toBe(0);
  const body = h.reportComments(fake, pr.number)[0]!.body;
  expect(body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
  // The base plan's threshold and sign-off, not the head's.
  expect(body).toContain('| error\\_rate | 3% | ≤ 1%, roll back above 5% | FAIL |');
  expect(body).toContain('needs 1 sign-off from @sre-lead');
  expect(body).toContain(
    `This pull request changes ${h.PLAN_FILE}. It is judged by the plan on the base branch (${pr.pull.baseSha.slice(0, 7)}), not by its own changes.`,
  );
  expect(h.statusOn(fake, pr.pull.headSha)?.state).toBe('pending');
  // Every file was read at the base commit; nothing at the head, its branch or the default ref.
  const reads = contentReads(fake);
  expect(reads.length).toBeGreaterThan(0);
  for (const path of reads) expect(path).toContain(`ref=${pr.pull.baseSha}`);
  expect(reads.some((path) => path.includes(pr.pull.headSha) || path.includes('ref=loosen'))).toBe(false);
  // And the action never looked at the workspace for plans: it has none.
  return run;
}

describe('report: gates come from the base branch', () => {
  it('judges a PR that loosens its own gates by the plan it would replace (pull_request)', async () => {
    const { fake } = setup();
    await expectJudgedByBase(fake, (n) => h.pullRequestEvent(n));
  });

  it('judges a fork PR the same way on pull_request_target', async () => {
    const { fake } = setup();
    // The fake serves one repository, so the fork shows in the event payload (as GitHub sends
    // it) while the PR's head commit lives in the fake like any other: the action must not read it.
    await expectJudgedByBase(fake, (n) => ({
      name: 'pull_request_target',
      payload: {
        action: 'synchronize',
        number: n,
        pull_request: { number: n, head: { repo: { full_name: 'mallory/rollouts', fork: true } } },
      },
    }));
  });
});

const LESSON = blindCanaryLesson({ services: '[checkout]', guards: [GUARDS.dashboardsLive()] });

describe('report: configuration and lessons come from the base branch too', () => {
  it('finds plans by the base config, and keeps a lesson guard the PR deletes', async () => {
    const { fake } = setup();
    const planFile = 'teams/checkout/plans/checkout-v2.rollout.yaml';
    const plan = h.parseTestPlan(h.planYaml({ bake: null }));
    fake.state.setFiles('main', {
      'rollbook.config.yaml': 'plans: ["teams/*/plans/*.rollout.yaml"]\nlessons: teams/lessons\n',
      [planFile]: h.planYaml({ bake: null }),
      'teams/lessons/L-2024-05-blind-canary.md': LESSON,
      'teams/lessons/README.md': '# Lessons\n',
      'flags/canary/checkout.yaml': 'percent: 0\n',
    });
    await h.seedPhaseIssue(fake, plan, 'staging', h.stagingTicks(2 * h.DAY, true));
    const pr = h.openPullRequest(fake, 'no-lesson', {
      'teams/lessons/L-2024-05-blind-canary.md': null,
      'rollbook.config.yaml': 'plans: ["elsewhere"]\n',
      'flags/canary/checkout.yaml': 'percent: 5\n',
    });
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });

    const run = await h.runReport({ fake, ws, event: h.pullRequestEvent(pr.number) });
    expect(run.code, h.failureText(run)).toBe(0);
    const body = h.reportComments(fake, pr.number)[0]!.body;
    expect(body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
    expect(body).toContain('- not confirmed: The staging dashboards show data from the last hour');
    // The lesson link is absolute, at the base commit: a relative one 404s from a PR page.
    const server = fake.env().GITHUB_SERVER_URL!.replace(/\/$/, '');
    expect(body).toContain(
      `](${server}/${h.OWNER}/${h.REPO}/blob/${pr.pull.baseSha}/teams/lessons/L-2024-05-blind-canary.md)`,
    );
    const targets = [...body.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(target).toMatch(/^https?:\/\//);
    expect(h.statusOn(fake, pr.pull.headSha)?.state).toBe('pending');
    for (const path of contentReads(fake)) expect(path).toContain(`ref=${pr.pull.baseSha}`);
  });
});

describe('report: templates come from the base branch', () => {
  it('renders with the override templates of the base commit, never the head’s or the workspace’s', async () => {
    const { fake } = setup();
    await h.rolloutRepo(fake, { plan: { bake: null }, staging: h.stagingTicks(2 * h.DAY, true) });
    fake.state.setFiles('main', {
      'rollbook.config.yaml': 'templates: report-templates\n',
      'report-templates/report/partials/notes.hbs': 'Base commit notes partial.\n',
    });
    const pr = h.openPullRequest(fake, 'restyle', {
      'report-templates/report/partials/notes.hbs': 'HEAD NOTES: all good, merge it.\n',
      'flags/canary/checkout.yaml': 'percent: 5\n',
    });
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    // The workspace (on pull_request, the PR's own checkout) has yet another version.
    mkdirSync(join(ws.dir, 'report-templates/report/partials'), { recursive: true });
    writeFileSync(join(ws.dir, 'report-templates/report/partials/notes.hbs'), 'WORKSPACE NOTES\n');

    const run = await h.runReport({
      fake,
      ws,
      event: h.pullRequestEvent(pr.number),
      inputs: { templates: 'report-templates' },
    });
    expect(run.code, h.failureText(run)).toBe(0);
    const body = h.reportComments(fake, pr.number)[0]!.body;
    expect(body).toContain('Base commit notes partial.');
    expect(body).not.toContain('HEAD NOTES');
    expect(body).not.toContain('WORKSPACE NOTES');
    for (const path of contentReads(fake)) expect(path).toContain(`ref=${pr.pull.baseSha}`);
  });

  it('a templates directory the base commit does not have is a warning in the log, and the built-in report is posted', async () => {
    const { fake } = setup();
    await h.rolloutRepo(fake, { plan: { bake: null }, staging: h.stagingTicks(2 * h.DAY, true) });
    fake.state.setFiles('main', { 'rollbook.config.yaml': 'templates: ./report-templats/\n' });
    const pr = h.openPullRequest(fake, 'no-templates', { 'flags/canary/checkout.yaml': 'percent: 5\n' });
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    const run = await h.runReport({ fake, ws, event: h.pullRequestEvent(pr.number) });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^::warning::the templates directory "report-templats" is not on the base branch \\(${pr.pull.baseSha.slice(0, 7)}\\), so the built-in report templates are used$`,
        'm',
      ),
    );
    expect(h.reportComments(fake, pr.number)[0]!.body).toMatch(/^\*\*Verdict: /);
  });

  it('a base-branch template that does not parse is an expected error: its PR says so, the log names the file, no stack', async () => {
    const { fake } = setup();
    await h.rolloutRepo(fake, { plan: { bake: null }, staging: h.stagingTicks(2 * h.DAY, true) });
    fake.state.setFiles('main', {
      'rollbook.config.yaml': 'templates: report-templates\n',
      'report-templates/report/partials/notes.hbs': 'Notes: {{#if x}}\n',
    });
    const pr = h.openPullRequest(fake, 'broken-notes', { 'flags/canary/checkout.yaml': 'percent: 5\n' });
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    const run = await h.runReport({
      fake,
      ws,
      event: h.pullRequestEvent(pr.number),
      inputs: { templates: 'report-templates' },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/report-templates\/report\/partials\/notes\.hbs:2: the template ends inside a block/);
    expect(run.stdout).not.toContain('internal error');
    const debug = run.stdout.split('\n').filter((l) => l.startsWith('::debug::'));
    expect(debug.filter((l) => /%0A\s+at .+[:(]\d+/.test(l))).toEqual([]);
    const status = h.statusOn(fake, pr.pull.headSha)!;
    expect(status.state).toBe('error');
    expect(status.description).toContain('a template or input on the base branch is wrong (see the job log)');
  });
});
