// Shared lessons in-process against the fake GitHub (docs/adr/0049-shared-lessons.md): the
// report judges by the lesson sources of the PR's BASE commit (a PR that re-pins, adds or drops a
// source changes nothing about its own report), a source is read once per run however many base
// commits and commands need it, a missing ref is a clear error, and the CLI reads sources with
// GITHUB_TOKEN or says plainly that it did not.
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/server.ts';
import { withFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runCli } from '../helpers/cli.ts';
import { startClosedServer } from '../helpers/closed-server.ts';
import { runActionInProcess } from '../helpers/in-process.ts';
import { positionOf } from '../helpers/position.ts';
import { startStatusServer } from '../helpers/status-server.ts';
import * as h from '../report/harness.ts';
import { demoPlan, workspace } from '../sync/harness.ts';
import {
  configText,
  FAKE_OPTIONS,
  LESSON_FILE,
  LESSONS_REPO,
  LESSONS_TOKEN,
  lessonReads,
  lessonText,
  publishLesson,
} from './harness.ts';

const itWithFake = withFakeGitHub(FAKE_OPTIONS);
const BASE_GATE = 'The staging dashboards show data from the last hour';
const V2_GATE = 'A second person watched the dashboards for ten minutes';

/** A's main pins B at `ref`; staging is done and signed off, so a PR ramping the canary is judged by its gates. */
async function pinnedRollout(fake: FakeGitHub, ref: string) {
  const plan = h.parseTestPlan(h.planYaml({ bake: null }));
  fake.state.setFiles('main', {
    'rollbook.config.yaml': configText(`{repository: ${LESSONS_REPO}, ref: "${ref}"}`),
    [h.PLAN_FILE]: h.planYaml({ bake: null }),
    'flags/canary/checkout.yaml': 'percent: 0\n',
  });
  await h.seedPhaseIssue(fake, plan, 'staging', h.stagingTicks(2 * h.DAY, true));
}

function getCommitPaths(fake: FakeGitHub): string[] {
  return fake.log.entries.filter((e) => e.operationId === 'repos/get-commit').map((e) => e.path);
}

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('report: lesson sources come from the base commit', () => {
  itWithFake(
    'a PR that re-pins, adds or drops a source is judged by the sources of its base, read once for the run',
    async ({ fake }) => {
      const pinned = publishLesson(fake);
      publishLesson(fake, lessonText(V2_GATE), 'v2');
      await pinnedRollout(fake, pinned);
      const repin = h.openPullRequest(fake, 'repin', {
        'rollbook.config.yaml': configText(`{repository: ${LESSONS_REPO}, ref: v2}\n  - {repository: acme/elsewhere}`),
        'flags/canary/checkout.yaml': 'percent: 5\n',
      });
      const drop = h.openPullRequest(fake, 'drop', {
        'rollbook.config.yaml': 'lessonSources: []\n',
        'flags/canary/checkout.yaml': 'percent: 5\n',
      });
      const ws = h.workspace();
      ws.setMetrics({ checkout_error_rate: 0.004 });

      const run = await h.runReport({ fake, ws, event: h.scheduleEvent, inputs: { 'lessons-token': LESSONS_TOKEN } });
      expect(run.code, h.failureText(run)).toBe(0);
      for (const pr of [repin, drop]) {
        const body = h.reportComments(fake, pr.number)[0]!.body;
        expect(body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
        expect(body).toContain(`- not confirmed: ${BASE_GATE}`);
        expect(body).toContain(`${LESSONS_REPO} at ${pinned}, commit ${pinned.slice(0, 12)}`);
        expect(body).not.toContain(V2_GATE);
        expect(h.statusOn(fake, pr.pull.headSha)?.state).toBe('pending');
      }
      // Both PRs share the base: B was read once, at the pinned commit, and the added source never.
      expect(lessonReads(fake)).toEqual({ 'repos/get-commit': 1, 'git/get-tree': 1, 'git/get-blob': 1 });
      expect(getCommitPaths(fake)).toEqual([`/repos/${LESSONS_REPO}/commits/${pinned}`]);
      expect(fake.log.entries.some((e) => e.path.includes('acme/elsewhere'))).toBe(false);
    },
  );

  itWithFake('a PR that adds a source is not guarded by it in its own report', async ({ fake }) => {
    publishLesson(fake);
    const plan = h.parseTestPlan(h.planYaml({ bake: null }));
    fake.state.setFiles('main', {
      [h.PLAN_FILE]: h.planYaml({ bake: null }),
      'flags/canary/checkout.yaml': 'percent: 0\n',
    });
    await h.seedPhaseIssue(fake, plan, 'staging', h.stagingTicks(2 * h.DAY, true));
    // This PR adds the source itself: it has no effect on its own report.
    const adds = h.openPullRequest(fake, 'adds', {
      'rollbook.config.yaml': configText(),
      'flags/canary/checkout.yaml': 'percent: 5\n',
    });
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    const run = await h.runReport({
      fake,
      ws,
      event: h.pullRequestEvent(adds.number),
      inputs: { 'lessons-token': LESSONS_TOKEN },
    });
    expect(run.code, h.failureText(run)).toBe(0);
    const body = h.reportComments(fake, adds.number)[0]!.body;
    expect(body.split('\n')[0]).toMatch(/^\*\*Verdict: PROMOTE\.\*\*/);
    expect(body).not.toContain(BASE_GATE);
    expect(lessonReads(fake)).toEqual({});
  });

  itWithFake(
    'a source the token cannot read gives the base’s plans an error status naming it, never a verdict',
    async ({ fake }) => {
      const pinned = publishLesson(fake);
      await pinnedRollout(fake, pinned);
      const pr = h.openPullRequest(fake, 'ramp');
      const ws = h.workspace();
      ws.setMetrics({ checkout_error_rate: 0.004 });
      const run = await h.runReport({ fake, ws, event: h.pullRequestEvent(pr.number) });
      const status = h.statusOn(fake, pr.pull.headSha);
      expect(status?.state, h.failureText(run)).toBe('error');
      expect(status?.description).toContain(LESSONS_REPO);
      expect(run.stdout).toContain(`cannot read the lessons of ${LESSONS_REPO}: GitHub answered 404`);
      expect(run.stdout).toContain(`contents: read on ${LESSONS_REPO}`);
      expect(h.reportComments(fake, pr.number).some((c) => c.body.includes('Verdict: PROMOTE'))).toBe(false);
    },
  );
});

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('the action reads each source once per run', () => {
  itWithFake('validate, sync and the report of one scheduled run share one read of the source', async ({ fake }) => {
    const pinned = publishLesson(fake);
    const config = configText(`{repository: ${LESSONS_REPO}, ref: "${pinned}"}`);
    const plan = demoPlan('checkout-v2');
    fake.state.setFiles('main', { 'rollbook.config.yaml': config, [h.PLAN_FILE]: plan });
    const pr = h.openPullRequest(fake, 'docs', { 'docs/notes.md': 'Notes\n' });
    const ws = workspace({ 'rollbook.config.yaml': config, [h.PLAN_FILE]: plan });
    const run = await runActionInProcess({
      inputs: { command: 'all', token: 'ghs_test', 'lessons-token': LESSONS_TOKEN },
      workspace: ws,
      event: h.scheduleEvent,
      env: fake.env(),
    });
    expect(run.code, h.failureText(run)).toBe(0);
    // Sync wrote the issues, and the report read the PR's base commit (its config names the same source).
    expect(fake.log.entries.some((e) => e.operationId === 'issues/create')).toBe(true);
    const baseReads = fake.log.entries.filter(
      (e) => e.operationId === 'repos/get-content' && e.path.includes(`ref=${pr.pull.baseSha}`),
    );
    expect(baseReads.map((e) => e.path)).toContainEqual(expect.stringContaining('rollbook.config.yaml'));
    expect(lessonReads(fake)).toEqual({ 'repos/get-commit': 1, 'git/get-tree': 1, 'git/get-blob': 1 });
  });

  itWithFake(
    'a ref the lesson repository does not have is an error on the source, naming the ref',
    async ({ fake }) => {
      publishLesson(fake);
      const config = configText(`{repository: ${LESSONS_REPO}, ref: v9}`);
      const ws = workspace({ 'rollbook.config.yaml': config, [h.PLAN_FILE]: demoPlan('checkout-v2') });
      const run = await runActionInProcess({
        inputs: { command: 'validate', token: 'ghs_test', 'lessons-token': LESSONS_TOKEN },
        workspace: ws,
        env: fake.env(),
      });
      expect(run.code).toBe(1);
      const { line, column } = positionOf(config, LESSONS_REPO);
      expect(run.stdout).toContain(
        `::error title=rollbook lesson/source-unreadable,file=rollbook.config.yaml,line=${line},endLine=${line},col=${column}`,
      );
      expect(run.stdout).toContain(`${LESSONS_REPO} has no tag, branch or commit "v9"`);
    },
  );
});

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('the CLI and lesson sources', () => {
  function repoWith(fake: FakeGitHub, lesson = lessonText()) {
    publishLesson(fake, lesson);
    const dir = workspace({ 'rollbook.config.yaml': configText(), [h.PLAN_FILE]: demoPlan('checkout-v2') });
    const env = { ...fake.env(), GITHUB_TOKEN: LESSONS_TOKEN };
    return { dir, env };
  }

  itWithFake('validate reads them with GITHUB_TOKEN and positions their problems in their source', async ({ fake }) => {
    const broken = lessonText().replace('severity: sev2', 'severity: sev9');
    const { dir, env } = repoWith(fake, broken);
    const result = await runCli(['validate'], dir, { env });
    expect(result.code).toBe(1);
    const { line, column } = positionOf(broken, 'sev9');
    expect(result.stdout).toContain(`${LESSONS_REPO}@main:${LESSON_FILE}:${line}:${column} error`);
    expect(lessonReads(fake)['git/get-blob']).toBe(1);
  });

  itWithFake(
    'validate without GITHUB_TOKEN warns that the shared lessons were not checked; --strict fails',
    async ({ fake }) => {
      const { dir } = repoWith(fake);
      const result = await runCli(['validate'], dir, { env: { GITHUB_API_URL: fake.url } });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        `warning lesson/source-unchecked the lessons of ${LESSONS_REPO} were not checked: GITHUB_TOKEN is not set`,
      );
      expect((await runCli(['validate', '--strict'], dir, { env: {} })).code).toBe(1);
      expect(lessonReads(fake)).toEqual({});
    },
  );

  itWithFake('lessons lists a shared lesson with its source and the plans it guards', async ({ fake }) => {
    const { dir, env } = repoWith(fake);
    const commit = fake.repo(LESSONS_REPO).git.branchSha('main')!;
    const result = await runCli(['lessons', '--json'], dir, { env });
    expect(result.code, result.stderr).toBe(0);
    const listing = JSON.parse(result.stdout) as {
      lessons: { id: string; file: string; source?: { repository: string; commit: string }; guardedPlans: string[] }[];
    };
    expect(listing.lessons).toEqual([
      expect.objectContaining({
        id: 'L-2024-05-blind-canary',
        file: `${LESSONS_REPO}@main:${LESSON_FILE}`,
        source: expect.objectContaining({ repository: LESSONS_REPO, commit }),
        guardedPlans: ['checkout-v2'],
      }),
    ]);
  });

  itWithFake(
    'render without GITHUB_TOKEN renders nothing rather than runbooks without the shared guards',
    async ({ fake }) => {
      const { dir } = repoWith(fake);
      const result = await runCli(['render', '--out', 'runbooks'], dir, { env: {} });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('nothing rendered');
    },
  );

  itWithFake(
    'render with GITHUB_TOKEN writes the shared guard with its source, ref and commit into the runbook',
    async ({ fake }) => {
      const { dir, env } = repoWith(fake);
      const commit = fake.repo(LESSONS_REPO).git.branchSha('main')!;
      const result = await runCli(['render', '--out', 'runbooks', '--start', '2026-11-23'], dir, { env });
      expect(result.code, result.stderr).toBe(0);
      const { readFileSync } = await import('node:fs');
      const runbook = readFileSync(`${dir}/runbooks/checkout-v2.md`, 'utf8');
      expect(runbook).toContain('The canary dashboard is open on the incident channel');
      expect(runbook).toContain(`(${LESSONS_REPO} at main, commit ${commit.slice(0, 12)})`);
      expect(runbook).toContain(`/${LESSONS_REPO}/blob/main/${LESSON_FILE}`);
    },
  );
});

describe('the CLI and a lesson source it cannot reach', () => {
  it('says the API could not be reached and names its URL when nothing answered, and what GitHub answered when it did', async () => {
    const dir = workspace({ 'rollbook.config.yaml': configText(), [h.PLAN_FILE]: demoPlan('checkout-v2') });
    const closed = await startClosedServer();
    try {
      const result = await runCli(['validate'], dir, {
        env: { GITHUB_TOKEN: LESSONS_TOKEN, GITHUB_API_URL: closed.url },
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `cannot read the lessons of ${LESSONS_REPO}: the GitHub API could not be reached`,
      );
      expect(result.stdout).toContain(
        `hint: nothing answered at ${closed.url}; check GITHUB_API_URL (GitHub Enterprise Server: https://github.example.com/api/v3) and the network, then run again`,
      );
      expect(closed.connections()).toBeGreaterThan(0);
    } finally {
      await closed.close();
    }
    // A server error is an answer: said as one, not as an API out of reach.
    const failing = await startStatusServer(500, 'Server Error');
    try {
      const result = await runCli(['validate'], dir, {
        env: { GITHUB_TOKEN: LESSONS_TOKEN, GITHUB_API_URL: failing.url },
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`cannot read the lessons of ${LESSONS_REPO}: GitHub answered 500`);
      expect(result.stdout).not.toContain('could not be reached');
      expect(result.stdout).not.toContain('nothing answered');
      expect(failing.requests()).toBeGreaterThan(0);
    } finally {
      await failing.close();
    }
  });
});
