// The watch end to end: the action (in-process, then bundled) runs `sync` on a `schedule` event
// against the fake GitHub and a real Prometheus (backfilled fixture series), reads the gates of
// the active staging phase and writes the readings into its issue; a run that reads the same
// writes nothing, and a push-event sync keeps them.
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { formatTime } from '../../src/text/time.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runActionInProcess, testClock } from '../helpers/in-process.ts';
import { runAction } from '../helpers/run-action.ts';
import { useTestPrometheus } from '../prometheus/shared.ts';
import * as h from '../report/harness.ts';
import { ABORT_WORKFLOW, planText as breachPlanText } from './breach-fixture.ts';
import { issueBody, repoWithActiveStaging, syncRun as watchRun } from './harness.ts';

const prom = useTestPrometheus();

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

const syncRun = (fake: FakeGitHub, dir: string, event: { name: string; payload: unknown }, prometheus = true) =>
  watchRun(fake, prom, dir, event, prometheus ? { 'prometheus-url': prom.url } : {});
const stagingBody = issueBody;

describe('sync on a schedule: watching the active phases', () => {
  it('writes the readings of the active phase once, and nothing when they read the same', async () => {
    const { fake } = setup();
    const { ws, stagingIssue } = await repoWithActiveStaging(fake);
    const clock = testClock(prom.now);

    const first = await runActionInProcess({ ...syncRun(fake, ws.dir, h.scheduleEvent), clock });
    expect(first.code, h.failureText(first)).toBe(0);
    const body = stagingBody(fake, stagingIssue!);
    expect(body).toContain('**Gate readings** (measured by Rollbook;');
    const rows = body.split('\n').filter((l) => l.startsWith('| error\\_rate |') || l.startsWith('| success\\_rate |'));
    // The fixture's newest samples are at prom.now, the evaluation time: dated by timestamp().
    const newest = `${formatTime(prom.now)} (at evaluation)`;
    expect(rows).toEqual([
      // The fixture's billing errors (0.08) and checkout success (0.995), as percentages.
      `| error\\_rate | 8% | ≤ 1%, roll back above 5% | 🛑 roll back | ${newest} |`,
      `| success\\_rate | 99.5% | ≥ 99% | ✅ pass | ${newest} |`,
    ]);
    // The canary and production phases are not active: their issues carry no readings.
    for (const issue of fake.state.issues.all().filter((i) => i.number !== stagingIssue))
      expect(issue.body).not.toContain('Gate readings');

    const before = fake.log.entries.length;
    const again = await runActionInProcess({ ...syncRun(fake, ws.dir, h.scheduleEvent), clock });
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
    expect(stagingBody(fake, stagingIssue!)).toBe(body);

    // A push-event sync does not measure, and keeps what the last watch wrote.
    const push = await runActionInProcess({
      ...syncRun(fake, ws.dir, { name: 'push', payload: { ref: 'refs/heads/main' } }),
      clock,
    });
    expect(push.code, h.failureText(push)).toBe(0);
    expect(h.writesSince(fake, before)).toEqual({});
  });

  it('reads nothing without a configured provider', async () => {
    const { fake } = setup();
    const { ws, stagingIssue } = await repoWithActiveStaging(fake);
    const run = await runActionInProcess({
      ...syncRun(fake, ws.dir, h.scheduleEvent, false),
      clock: testClock(prom.now),
    });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(stagingBody(fake, stagingIssue!)).not.toContain('Gate readings');
  });

  it('the bundled action watches on a schedule event', async () => {
    const { fake } = setup();
    const { ws, stagingIssue } = await repoWithActiveStaging(fake);
    const run = await runAction(syncRun(fake, ws.dir, h.scheduleEvent));
    expect(run.code, h.failureText(run)).toBe(0);
    const body = stagingBody(fake, stagingIssue!);
    // The bundle runs on the real clock: the fixture's newest samples may be fresh or already too old (no data).
    // A fresh reading is dated by its newest sample; a stale one has no value and no date.
    const dated = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d UTC \([^)]+\)`;
    expect(body).toMatch(
      new RegExp(
        String.raw`^\| error\\_rate \| [^|]+ \| ≤ 1%, roll back above 5% \| (🛑 roll back \| ${dated}|❔ no data \| —) \|$`,
        'm',
      ),
    );
    expect(body).toMatch(
      new RegExp(String.raw`^\| success\\_rate \| [^|]+ \| ≥ 99% \| (✅ pass \| ${dated}|❔ no data \| —) \|$`, 'm'),
    );
    expect(body).toContain('<!-- rollbook:readings {');
    // The bundle ticks the measured gates as the data says: success_rate only while it reads a pass.
    const parsed = parseIssueBody(body);
    const passes = /^\| success\\_rate \| [^|]+ \| [^|]+ \| ✅ pass/m.test(body);
    expect(parsed.ticks.get('demo/staging/gate:metric-success-rate')).toBe(passes);
    expect(parsed.ticks.get('demo/staging/gate:metric-error-rate')).toBe(false);
  });

  it('the bundled action on schedule events: a regression yields one comment and one dispatch over repeated runs', async () => {
    const { fake } = setup();
    // The bundle runs on the real clock, after the fixture's newest sample: the gate reads the
    // regression's worst hour-old value, which holds for hours after the fixture was written.
    const text = breachPlanText('regression').replace(
      `query: 'rollbook_watch_error_ratio{scenario="regression"}'\n    unit: ratio\n    signal: negative\n    window: 5m\n`,
      `query: 'max_over_time(rollbook_watch_error_ratio{scenario="regression"}[6h])'\n    unit: ratio\n    signal: negative\n    window: 5m\n    maxAge: 12h\n`,
    );
    expect(text).toContain('maxAge: 12h');
    fake.state.setFiles('main', { '.github/workflows/abort.yml': ABORT_WORKFLOW });
    const { ws, stagingIssue: issue } = await repoWithActiveStaging(fake, text);
    const dir = ws.dir;
    const first = await runAction(syncRun(fake, dir, h.scheduleEvent));
    expect(first.code, h.failureText(first)).toBe(0);
    const quiet = fake.log.entries.length;
    const again = await runAction(syncRun(fake, dir, h.scheduleEvent));
    expect(again.code, h.failureText(again)).toBe(0);
    expect(h.writesSince(fake, quiet)).toEqual({});
    const comments = fake.state.issues.commentsOf(issue).filter((c) => c.body.startsWith('<!-- rollbook:breach '));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('- error\\_rate reads 8% (≤ 1%, roll back above 5%)');
    expect(comments[0]!.body).toContain('<!-- rollbook:dispatch state=sent -->');
    expect(fake.state.actions.dispatches.map((d) => d.inputs)).toEqual([
      { plan: 'demo', phase: 'staging', reason: 'ROLL BACK: error_rate reads 8% (≤ 1%, roll back above 5%)' },
    ]);
    expect(fake.state.checks.latestStatusesFor('0000000000000000000000000000000000000001')).toContainEqual(
      expect.objectContaining({ context: 'rollbook/watch/demo', state: 'failure' }),
    );
  });
});
