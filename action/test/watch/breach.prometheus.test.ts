// Acting on a breach, end to end in-process: `sync` on `schedule` events against the fake GitHub
// and a real Prometheus with backfilled scenario series (fixture.ts WATCH_SCENARIO), each run at a
// chosen minute of the series through the injected clock. A regression yields one comment that
// pings the owners, one dispatch of the plan's workflow and a failing `rollbook/watch/<plan>`
// status; later runs with nothing new write nothing; a relapse after a recovery is a new breach;
// a gap and a stale series hold, never breach. Nothing here depends on how fast anything runs.
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/server.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runActionInProcess, testClock } from '../helpers/in-process.ts';
import { sameUtcDayAs } from '../helpers/utc-day.ts';
import { SAMPLE_STEP_SECONDS, WATCH_SCENARIO } from '../prometheus/fixture.ts';
import { useTestPrometheus } from '../prometheus/shared.ts';
import * as h from '../report/harness.ts';
import { workspace } from '../sync/harness.ts';
import { ABORT_WORKFLOW, planText, type Scenario } from './breach-fixture.ts';

const prom = useTestPrometheus();

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

const PLAN_FILE = 'playbooks/demo.rollout.yaml';
const SHA = '0000000000000000000000000000000000000001';
const CONTEXT = 'rollbook/watch/demo';
const BREACH_MARKER = '<!-- rollbook:breach ';

async function repo(fake: FakeGitHub, scenario: Scenario, onBreach = true) {
  const text = planText(scenario, onBreach);
  fake.state.setFiles('main', { [PLAN_FILE]: text, '.github/workflows/abort.yml': ABORT_WORKFLOW });
  const plan = h.parseTestPlan(text);
  const activated = h.ago(3 * h.DAY);
  const issue = await h.seedPhaseIssue(fake, plan, 'staging', {
    'step:deploy': { by: 'ops-alice', at: activated },
    'step:enable': { by: 'ops-alice', at: activated },
  });
  return { dir: workspace({ [PLAN_FILE]: text }), issue: issue! };
}

/** A time `seconds` before the fixture's newest sample: the run sees the series as it was then. */
const agoAt = (seconds: number) => new Date(prom.now.getTime() - seconds * 1000);

/**
 * A rerun at `later`, kept on `first`'s UTC day (ADR 85) and fresh: past the day's last fixture
 * sample it reads a minute after it at most, inside the plan's 2m max age (23:59:59 would read a
 * sample almost five minutes old, no data).
 */
function rerunAt(first: Date, later: Date): Date {
  const stepMs = SAMPLE_STEP_SECONDS * 1000;
  const lastSample = Math.floor(sameUtcDayAs(first, later).getTime() / stepMs) * stepMs;
  return new Date(Math.min(later.getTime(), lastSample + 60_000));
}

function watchAt(fake: FakeGitHub, dir: string, at: Date) {
  return runActionInProcess({
    inputs: { command: 'sync', token: 'ghs_test', 'prometheus-url': prom.url },
    workspace: dir,
    event: h.scheduleEvent,
    env: fake.env(),
    clock: testClock(at),
  });
}

async function watchOk(fake: FakeGitHub, dir: string, at: Date) {
  const run = await watchAt(fake, dir, at);
  expect(run.code, h.failureText(run)).toBe(0);
  return run;
}

const breachComments = (fake: FakeGitHub, issue: number) =>
  fake.state.issues.commentsOf(issue).filter((c) => c.body.startsWith(BREACH_MARKER));
const issueBodyOf = (fake: FakeGitHub, issue: number) => fake.state.issues.get(issue).body ?? '';
const watchStatus = (fake: FakeGitHub) => fake.state.checks.latestStatusesFor(SHA).find((s) => s.context === CONTEXT);

describe('acting on a breach (real Prometheus, schedule events)', () => {
  it('a regression yields one comment, one dispatch and a failing status; later runs write nothing', async () => {
    const { fake } = setup();
    const { dir, issue } = await repo(fake, 'regression');
    const w = WATCH_SCENARIO;

    // Before the regression: healthy, no comment, the plan's status says so.
    await watchOk(fake, dir, agoAt(w.regressionAgo + 3600));
    expect(breachComments(fake, issue)).toEqual([]);
    expect(watchStatus(fake)).toMatchObject({ state: 'success' });

    // The regression's first minute: one comment, one dispatch, a failing status.
    await watchOk(fake, dir, agoAt(w.regressionAgo));
    const comments = breachComments(fake, issue);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(comments[0]!.author).toBe(h.BOT);
    expect(body).toContain('### 🛑 ROLL BACK: Staging, flag on for the team (`staging`)');
    // The owners ping; the measured value is formatted as the report formats it.
    expect(body).toMatch(/^@your-team: Rollbook's watch read a gate of /m);
    expect(body).toContain('- error\\_rate reads 8% (≤ 1%, roll back above 5%)');
    expect(body).toContain('| error\\_rate | 8% | ≤ 1%, roll back above 5% | 🛑 roll back |');
    expect(body).toContain('### Roll back Staging, flag on for the team: its steps, last first');
    expect(body).toContain('**Step 2, enable:** Turn the flag off.\n\n```sh\nflagctl set demo 0 --env staging\n```');
    expect(body).toContain('<!-- rollbook:dispatch state=sent -->');
    expect(body).toMatch(/dispatched `abort\.yml` on `main` with this plan, phase and reason \(\[the run\]\(https:/);
    expect(fake.state.actions.dispatches.map(({ workflow, ref, inputs }) => ({ workflow, ref, inputs }))).toEqual([
      {
        workflow: 'abort.yml',
        ref: 'main',
        inputs: { plan: 'demo', phase: 'staging', reason: 'ROLL BACK: error_rate reads 8% (≤ 1%, roll back above 5%)' },
      },
    ]);
    expect(watchStatus(fake)).toMatchObject({
      state: 'failure',
      description: 'ROLL BACK recommended in staging: error_rate reads 8% (≤ 1%, roll back above 5%)',
    });

    // Hours later, the same readings: no write at all, still one comment and one dispatch (on
    // the breach's UTC day: a read on the next one adds a history row).
    const quiet = fake.log.entries.length;
    for (const age of [w.regressionAgo - 3600, w.regressionAgo - 2 * 3600, 0]) {
      await watchOk(fake, dir, rerunAt(agoAt(w.regressionAgo), agoAt(age)));
    }
    expect(h.writesSince(fake, quiet)).toEqual({});
    expect(breachComments(fake, issue)).toHaveLength(1);
    expect(fake.state.actions.dispatches).toHaveLength(1);
  });

  it('a relapse after a recovery is a new breach: a second comment and a second dispatch', async () => {
    const { fake } = setup();
    const { dir, issue } = await repo(fake, 'relapse');
    const r = WATCH_SCENARIO.relapse;
    await watchOk(fake, dir, agoAt(r.first + 3600));
    await watchOk(fake, dir, agoAt(r.first));
    await watchOk(fake, dir, agoAt(r.first - 1800));
    expect(breachComments(fake, issue)).toHaveLength(1);
    await watchOk(fake, dir, agoAt(r.recovered - 1800));
    expect(watchStatus(fake)).toMatchObject({ state: 'success' });
    await watchOk(fake, dir, agoAt(r.again));
    await watchOk(fake, dir, agoAt(0));
    const comments = breachComments(fake, issue);
    expect(comments).toHaveLength(2);
    const keys = comments.map((c) => c.body.split('\n')[0]);
    expect(new Set(keys).size).toBe(2);
    expect(fake.state.actions.dispatches).toHaveLength(2);
  });

  // Each runs twice, the second time later (inside the gap; hours after the stale series stopped;
  // an hour on for the healthy one): the readings are the same, so the second run writes nothing.
  it.each([
    ['gap', (WATCH_SCENARIO.gap.from + WATCH_SCENARIO.gap.to) / 2, WATCH_SCENARIO.gap.to + 300, 'pending'],
    ['stale', 0, -2 * 3600, 'pending'],
    ['healthy', 3600, 0, 'success'],
  ] as const)(
    'a %s series, read %i s and %i s before the newest sample: no breach, the status is %s, the rerun writes nothing',
    async (scenario, first, later, state) => {
      const { fake } = setup();
      const { dir, issue } = await repo(fake, scenario);
      await watchOk(fake, dir, agoAt(first));
      expect(breachComments(fake, issue)).toEqual([]);
      expect(fake.state.actions.dispatches).toEqual([]);
      expect(watchStatus(fake)).toMatchObject({ state });
      expect(fake.state.issues.get(issue).body).toMatch(
        state === 'pending'
          ? /^\| error\\_rate \| .* \| ❔ no data \|/m
          : /^\| error\\_rate \| 0\.2% \| .* \| ✅ pass \|/m,
      );
      const quiet = fake.log.entries.length;
      const rerun = rerunAt(agoAt(first), agoAt(later));
      expect(rerun.getTime()).toBeGreaterThan(agoAt(first).getTime());
      await watchOk(fake, dir, rerun);
      expect(h.writesSince(fake, quiet)).toEqual({});
    },
  );

  it('a run stopped between the comment and the dispatch: the next run dispatches once', async () => {
    const { fake } = setup();
    const { dir, issue } = await repo(fake, 'regression');
    // The run fails at the edit that precedes the dispatch (the comment is already posted).
    fake.faults.add({ operationId: 'issues/update-comment', fault: { kind: 'status', status: 404 } });
    const stopped = await watchAt(fake, dir, agoAt(0));
    expect(stopped.code).toBe(1);
    expect(breachComments(fake, issue)).toHaveLength(1);
    expect(breachComments(fake, issue)[0]!.body).toContain('<!-- rollbook:dispatch state=pending -->');
    expect(fake.state.actions.dispatches).toEqual([]);

    await watchOk(fake, dir, agoAt(0));
    await watchOk(fake, dir, agoAt(0));
    expect(breachComments(fake, issue)).toHaveLength(1);
    expect(breachComments(fake, issue)[0]!.body).toContain('<!-- rollbook:dispatch state=sent -->');
    expect(fake.state.actions.dispatches).toHaveLength(1);
  });

  it('without actions: write the dispatch fails with a warning, once, and the run succeeds', async () => {
    const { fake } = setup();
    const { dir, issue } = await repo(fake, 'regression');
    fake.state.actions.dispatchAllowed = false;
    const run = await watchOk(fake, dir, agoAt(0));
    expect(run.stdout).toContain(
      '::warning::demo · staging: could not dispatch abort.yml: GitHub answered 403: the workflow running Rollbook needs `permissions: actions: write`',
    );
    expect(breachComments(fake, issue)[0]!.body).toContain('<!-- rollbook:dispatch state=failed -->');
    const quiet = fake.log.entries.length;
    const again = await watchOk(fake, dir, agoAt(0));
    expect(again.stdout).not.toContain('could not dispatch');
    expect(h.writesSince(fake, quiet)).toEqual({});
  });

  it('where GitHub does not return the run (422 for return_run_details, as on GHES), it dispatches once without it', async () => {
    const { fake } = setup();
    const { dir, issue } = await repo(fake, 'regression');
    fake.faults.add({ operationId: 'actions/create-workflow-dispatch', fault: { kind: 'status', status: 422 } });
    await watchOk(fake, dir, agoAt(0));
    expect(fake.state.actions.dispatches).toHaveLength(1);
    const body = breachComments(fake, issue)[0]!.body;
    expect(body).toContain('<!-- rollbook:dispatch state=sent -->');
    expect(body).toContain('dispatched `abort.yml` on `main` with this plan, phase and reason.');
  });

  it('a status GitHub refuses is a warning: the comment and the dispatch still happen', async () => {
    const { fake } = setup();
    const { dir, issue } = await repo(fake, 'regression');
    fake.faults.add({ operationId: 'repos/create-commit-status', fault: { kind: 'status', status: 404 } });
    const run = await watchOk(fake, dir, agoAt(0));
    expect(run.stdout).toContain(
      '::warning::the rollbook/watch/<plan> commit statuses were not set: GitHub does not know commit',
    );
    expect(watchStatus(fake)).toBeUndefined();
    expect(breachComments(fake, issue)).toHaveLength(1);
    expect(fake.state.actions.dispatches).toHaveLength(1);
  });

  it('a workflow_dispatch run on another branch reads that branch’s plans: it writes nothing at all, neither watches, comments, dispatches nor sets a status', async () => {
    const { fake } = setup();
    const { dir, issue } = await repo(fake, 'regression');
    // The branch's plan could name any workflow, ref or threshold; only the default branch's count.
    fake.state.setFiles('unmerged', { '.github/workflows/abort.yml': ABORT_WORKFLOW });
    const before = issueBodyOf(fake, issue);
    fake.log.clear();
    const run = await runActionInProcess({
      inputs: { command: 'sync', token: 'ghs_test', 'prometheus-url': prom.url },
      workspace: dir,
      event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/unmerged', inputs: {} } },
      env: { ...fake.env(), GITHUB_REF: 'refs/heads/unmerged' },
      clock: testClock(agoAt(0)),
    });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(run.stdout).toContain('this run is on refs/heads/unmerged, not the default branch main');
    // The payload names no repository: the default branch is read from GitHub, and nothing else is.
    expect(fake.log.entries.map((e) => e.operationId)).toEqual(['repos/get']);
    expect(breachComments(fake, issue)).toEqual([]);
    expect(fake.state.actions.dispatches).toEqual([]);
    expect(watchStatus(fake)).toBeUndefined();
    expect(issueBodyOf(fake, issue)).toBe(before);
    expect(before).not.toContain('rollbook:readings');
    // The same dispatch on the default branch watches.
    await watchOk(fake, dir, agoAt(0));
    expect(breachComments(fake, issue)).toHaveLength(1);
  });

  it('an onBreach.ref other than the default branch dispatches nothing: an error at the plan’s ref, a failed dispatch in the comment', async () => {
    const { fake } = setup();
    const text = `${planText('regression')}  ref: refs/heads/release\n`;
    fake.state.setFiles('main', { [PLAN_FILE]: text, '.github/workflows/abort.yml': ABORT_WORKFLOW });
    fake.state.setFiles('release', { '.github/workflows/abort.yml': ABORT_WORKFLOW });
    const activated = h.ago(3 * h.DAY);
    const issue = (await h.seedPhaseIssue(fake, h.parseTestPlan(text), 'staging', {
      'step:deploy': { by: 'ops-alice', at: activated },
      'step:enable': { by: 'ops-alice', at: activated },
    }))!;
    const dir = workspace({ [PLAN_FILE]: text });
    const run = await watchAt(fake, dir, agoAt(WATCH_SCENARIO.regressionAgo));
    expect(run.code, run.stdout).toBe(1);
    const line = text.split('\n').indexOf('  ref: refs/heads/release') + 1;
    expect(run.stdout).toContain(
      `::error title=rollbook sync/on-breach-ref,file=${PLAN_FILE},line=${line},endLine=${line},col=8,endColumn=26::onBreach.ref names refs/heads/release, but a breach workflow is dispatched only on the default branch main (ADR 63); no workflow is dispatched for this plan%0Aexpected: main, refs/heads/main, or no ref%0Ahint: remove \`ref\``,
    );
    // The breach is still reported to the owners; the workflow is not run anywhere.
    const comments = breachComments(fake, issue);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- rollbook:dispatch state=failed -->');
    expect(comments[0]!.body).toContain('could not dispatch `abort.yml` on `refs/heads/release`');
    expect(fake.state.actions.dispatches).toEqual([]);
    // Named as the default branch, the same ref is accepted.
    const fixed = text.replace('refs/heads/release', 'refs/heads/main');
    const fine = await runActionInProcess({
      inputs: { command: 'sync', token: 'ghs_test', 'prometheus-url': prom.url },
      workspace: workspace({ [PLAN_FILE]: fixed }),
      event: h.scheduleEvent,
      env: fake.env(),
      clock: testClock(agoAt(0)),
    });
    expect(fine.code, h.failureText(fine)).toBe(0);
    expect(fine.stdout).not.toContain('sync/on-breach-ref');
  });

  it('never takes a comment someone else wrote for its own, and pings no one but the owners', async () => {
    const { fake } = setup();
    const { dir, issue } = await repo(fake, 'regression', false);
    // Mallory pastes what a breach comment's first line would be: it is not Rollbook's.
    await watchOk(fake, dir, agoAt(WATCH_SCENARIO.regressionAgo + 3600));
    const record = (fake.state.issues.get(issue).body ?? '').match(/"at":"([^"]+)"/)?.[1];
    fake.state.issues.createComment(
      issue,
      `<!-- rollbook:breach plan=demo phase=staging after=${record} -->\nall fine @everyone`,
      'mallory',
    );
    await watchOk(fake, dir, agoAt(WATCH_SCENARIO.regressionAgo));
    const ours = breachComments(fake, issue).filter((c) => c.author === h.BOT);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain(`<!-- rollbook:breach plan=demo phase=staging after=${record} -->`);
    expect(ours[0]!.body).toContain('<!-- rollbook:dispatch state=none -->');
    expect(ours[0]!.body.match(/(?<![\w`\\])@[A-Za-z0-9][\w/-]*/g)).toEqual(['@your-team']);
    expect(fake.state.actions.dispatches).toEqual([]);
  });
});
