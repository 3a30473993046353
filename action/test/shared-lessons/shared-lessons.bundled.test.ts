// Issue 17's tests, through the bundled action as a runner runs it (`node dist/index.js`): a
// lesson in repository B guards a plan in repository A, in A's checklist issues and in the gate
// report on A's pull request, named and linked to B with the ref and commit it was read at; and a
// lesson repository the token cannot read is a clear error that names it and the permission.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runAction } from '../helpers/run-action.ts';
import * as h from '../report/harness.ts';
import { demoPlan, managed, workspace } from '../sync/harness.ts';
import {
  configText,
  FAKE_OPTIONS,
  LESSON_ID,
  LESSONS_REPO,
  LESSONS_TOKEN,
  lessonReads,
  publishLesson,
  webUrl,
} from './harness.ts';

const setup = useFakeGitHub(FAKE_OPTIONS);

function syncBundled(ws: string, fake: ReturnType<typeof setup>['fake'], inputs: Record<string, string> = {}) {
  return runAction({
    inputs: { command: 'sync', token: 'ghs_test', ...inputs },
    workspace: ws,
    env: fake.env(),
    event: { name: 'push', payload: {} },
  });
}

describe('bundled action: a lesson in another repository', () => {
  it('guards the plan in the checklist issues, named and linked to its repository at the ref and commit read', async () => {
    const { fake } = setup();
    const commit = publishLesson(fake);
    const ws = workspace({ 'rollbook.config.yaml': configText(), [h.PLAN_FILE]: demoPlan('checkout-v2') });

    const run = await syncBundled(ws, fake, { 'lessons-token': LESSONS_TOKEN });
    expect(run.code, h.failureText(run)).toBe(0);
    const issue = (phase: string) => managed(fake).find((m) => m.phase === phase)!.issue.body!;
    const why = `${LESSONS_REPO}#${LESSON_ID} — A canary went out while its dashboards were broken (${LESSONS_REPO} at main, commit ${commit.slice(0, 12)})`;
    expect(issue('canary')).toContain('The canary dashboard is open on the incident channel');
    expect(issue('canary')).toContain(`[${why}](${webUrl(fake, 'main')})`);
    expect(issue('staging')).toContain('The staging dashboards show data from the last hour');
    expect(issue('production')).not.toContain(LESSON_ID);
    // Read once: the default branch, its head commit, one tree listing and the one lesson's blob.
    expect(lessonReads(fake)).toEqual({ 'repos/get': 1, 'repos/get-commit': 1, 'git/get-tree': 1, 'git/get-blob': 1 });
  });

  it('holds A’s promotion on B’s gate guard in the gate report, named and linked the same way', async () => {
    const { fake } = setup();
    const commit = publishLesson(fake);
    const plan = h.parseTestPlan(h.planYaml({ bake: null }));
    fake.state.setFiles('main', {
      'rollbook.config.yaml': configText(`{repository: ${LESSONS_REPO}, ref: main}`),
      [h.PLAN_FILE]: h.planYaml({ bake: null }),
      'flags/canary/checkout.yaml': 'percent: 0\n',
    });
    await h.seedPhaseIssue(fake, plan, 'staging', h.stagingTicks(2 * h.DAY, true));
    const pr = h.openPullRequest(fake, 'ramp');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });

    const run = await h.runReportBundled({
      fake,
      ws,
      event: h.pullRequestEvent(pr.number),
      inputs: { 'lessons-token': LESSONS_TOKEN },
    });
    expect(run.code, h.failureText(run)).toBe(0);
    const body = h.reportComments(fake, pr.number)[0]!.body;
    expect(body.split('\n')[0]).toMatch(/^\*\*Verdict: HOLD\.\*\*/);
    expect(body).toContain('- not confirmed: The staging dashboards show data from the last hour');
    expect(body).toContain(`(${webUrl(fake, 'main')})`);
    expect(body).toContain(`${LESSONS_REPO} at main, commit ${commit.slice(0, 12)}`);
    expect(h.statusOn(fake, pr.pull.headSha)?.state).toBe('pending');
  });

  it('a lesson repository the token cannot read is an error naming it and the permission, and sync writes nothing', async () => {
    const { fake } = setup();
    publishLesson(fake);
    const ws = workspace({ 'rollbook.config.yaml': configText(), [h.PLAN_FILE]: demoPlan('checkout-v2') });

    // No lessons-token: the workflow's own token, which cannot see the private lesson repository.
    const run = await syncBundled(ws, fake);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=rollbook lesson\/source-unreadable,file=rollbook\.config\.yaml,line=2,endLine=2,col=\d+/,
    );
    expect(run.stdout).toContain(`cannot read the lessons of ${LESSONS_REPO}: GitHub answered 404`);
    expect(run.stdout).toContain(`contents: read on ${LESSONS_REPO}`);
    expect(run.stdout).toContain('lessons-token');
    expect(run.stdout).toContain('Rollbook sync: skipped');
    // What GitHub answered is not repeated, and nothing was written.
    expect(run.stdout + run.stderr).not.toContain('Not Found');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+/);
    expect(fake.log.counts().writes).toBe(0);
  });
});
