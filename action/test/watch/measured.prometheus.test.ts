// Metric gates ticked by Rollbook, end to end: the action (in-process, injected clock) runs `sync`
// against the fake GitHub and a real Prometheus (backfilled fixture series). The watch ticks the
// passing gate as the action's own login; a person's tick on the failing gate is set back with one
// comment, which no later run repeats; runs hours apart that read the same write nothing; a
// gate's failure limit and interval hold across runs hours apart (the fixture's orders series
// steps up three days before its end).
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { sameLogin } from '../../src/github/login.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runActionInProcess, testClock } from '../helpers/in-process.ts';
import { useTestPrometheus } from '../prometheus/shared.ts';
import * as h from '../report/harness.ts';
import { issuesEvent, item } from '../sync/harness.ts';
import { issueBody, ordersPlan, repoWithActiveStaging, syncRun } from './harness.ts';

const prom = useTestPrometheus();

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });

const ERROR_GATE = 'demo/staging/gate:metric-error-rate';
const SUCCESS_GATE = 'demo/staging/gate:metric-success-rate';
const MINUTE = 60_000;

const at = (offsetMs: number) => new Date(prom.now.getTime() + offsetMs);

describe('metric gates ticked by Rollbook (watch with a real Prometheus)', () => {
  it("ticks the passing gate as the action; a person's tick on the failing one is set back with one comment, ever", async () => {
    const { fake } = setup();
    const { ws, stagingIssue } = await repoWithActiveStaging(fake);
    const run = async (event: { name: string; payload: unknown }, when: Date) => {
      const result = await runActionInProcess({ ...syncRun(fake, prom, ws.dir, event), clock: testClock(when) });
      expect(result.code, h.failureText(result)).toBe(0);
      return parseIssueBody(issueBody(fake, stagingIssue));
    };
    const measuredComments = () =>
      fake.state.issues.commentsOf(stagingIssue).filter((c) => c.body.includes('<!-- rollbook:measured-revert'));

    const first = await run(h.scheduleEvent, prom.now);
    // success_rate reads 99.5% (passes ≥ 99%); error_rate 8% (beyond its 5% rollback threshold).
    expect(first.ticks.get(SUCCESS_GATE)).toBe(true);
    expect(first.ticks.get(ERROR_GATE)).toBe(false);
    // The tick is the action's, as GitHub records the revision that made it.
    expect(sameLogin(first.state!.ticks[SUCCESS_GATE]!.by, h.BOT)).toBe(true);
    expect(sameLogin(fake.state.issues.get(stagingIssue).edits.at(-1)!.editor, h.BOT)).toBe(true);
    expect(issueBody(fake, stagingIssue)).toContain('measured by Rollbook, which ticks it from the data');

    // ops-alice ticks the failing gate; the issue event's run sets it back, from the stored readings.
    const tick = fake.userToggleTask(stagingIssue, item(ERROR_GATE.replace(/-(?=-)/g, '.')), true, 'ops-alice');
    const reverted = await run(issuesEvent(tick), at(10 * MINUTE));
    expect(reverted.ticks.get(ERROR_GATE)).toBe(false);
    expect(reverted.ticks.get(SUCCESS_GATE)).toBe(true);
    expect(measuredComments()).toHaveLength(1);
    // Named, but never pinged (an inert @).
    expect(measuredComments()[0]!.body).toMatch(
      /Gate `metric-error-rate` \(`error_rate`\) was ticked by @\u200Bops-alice\./,
    );
    expect(reverted.state!.log.at(-1)).toMatchObject({
      itemId: ERROR_GATE,
      checked: false,
      note: 'reverted: measured by Rollbook',
    });

    // Later runs, on a schedule and on an issue event, repeat nothing and write nothing.
    const before = fake.log.entries.length;
    await run(h.scheduleEvent, prom.now);
    await run(issuesEvent(tick), at(20 * MINUTE));
    expect(h.writesSince(fake, before)).toEqual({});
    expect(measuredComments()).toHaveLength(1);

    // Ticked again: set back again, still one comment for that gate.
    const again = fake.userToggleTask(stagingIssue, item(ERROR_GATE.replace(/-(?=-)/g, '.')), true, 'ops-alice');
    expect((await run(issuesEvent(again), at(30 * MINUTE))).ticks.get(ERROR_GATE)).toBe(false);
    expect(measuredComments()).toHaveLength(1);
  });

  it('runs hours apart that read the same write nothing', async () => {
    const { fake } = setup();
    const { ws, stagingIssue } = await repoWithActiveStaging(fake);
    // Three runs on one UTC day (the day before the fixture's end, so the day's history row is one row).
    const day = new Date(Date.UTC(prom.now.getUTCFullYear(), prom.now.getUTCMonth(), prom.now.getUTCDate() - 1));
    const times = [1, 5, 9].map((hour) => new Date(day.getTime() + hour * 60 * MINUTE));
    const first = await runActionInProcess({
      ...syncRun(fake, prom, ws.dir, h.scheduleEvent),
      clock: testClock(times[0]),
    });
    expect(first.code, h.failureText(first)).toBe(0);
    const body = issueBody(fake, stagingIssue);
    expect(parseIssueBody(body).ticks.get(SUCCESS_GATE)).toBe(true);
    const before = fake.log.entries.length;
    for (const when of times.slice(1)) {
      const later = await runActionInProcess({
        ...syncRun(fake, prom, ws.dir, h.scheduleEvent),
        clock: testClock(when),
      });
      expect(later.code, h.failureText(later)).toBe(0);
    }
    expect(h.writesSince(fake, before)).toEqual({});
    expect(issueBody(fake, stagingIssue)).toBe(body);
  });
});

const ORDERS_GATE = 'demo/staging/gate:metric-orders';
const HOUR = 60 * MINUTE;

describe('analysis limits across runs hours apart (real Prometheus, injected clock)', () => {
  /** The orders series steps from 100 to 120 here: before it, the gate passes; after, it is beyond 115. */
  const step = () => prom.now.getTime() - 3 * h.DAY;

  async function watchAt(fake: Parameters<typeof syncRun>[0], dir: string, stagingIssue: number, when: Date) {
    const run = await runActionInProcess({ ...syncRun(fake, prom, dir, h.scheduleEvent), clock: testClock(when) });
    expect(run.code, h.failureText(run)).toBe(0);
    const body = issueBody(fake, stagingIssue);
    const row = body.split('\n').find((l) => l.startsWith('| orders |'));
    const verdict = /Verdict of the measured gates: \*\*([A-Z ]+)\*\*/.exec(body)?.[1];
    return { run, row, verdict, ticked: parseIssueBody(body).ticks.get(ORDERS_GATE) };
  }

  it('a reading beyond the rollback threshold holds until the third in a row, then asks for a rollback', async () => {
    const { fake } = setup();
    const { ws, stagingIssue } = await repoWithActiveStaging(fake, ordersPlan('{failureLimit: 3}'), 5 * h.DAY);
    const watch = (when: number) => watchAt(fake, ws.dir, stagingIssue, new Date(when));

    const before = await watch(step() - 2 * HOUR);
    expect(before).toMatchObject({ verdict: 'PROMOTE', ticked: true });
    expect(before.row).toContain('| ✅ pass |');
    const statuses = [];
    for (const hours of [1, 3, 5]) statuses.push(await watch(step() + hours * HOUR));
    expect(statuses.map((s) => s.verdict)).toEqual(['HOLD', 'HOLD', 'ROLL BACK']);
    expect(statuses.map((s) => s.row?.split(' | ')[3])).toEqual([
      '❌ failing, 1 of 3 before a roll back',
      '❌ failing, 2 of 3 before a roll back',
      '🛑 roll back, 3 in a row',
    ]);
    expect(statuses.map((s) => s.ticked)).toEqual([false, false, false]);
  });

  it('within its interval a gate is not queried again, and the run writes nothing', async () => {
    const { fake } = setup();
    const { ws, stagingIssue } = await repoWithActiveStaging(
      fake,
      ordersPlan('{interval: 2h, failureLimit: 2}'),
      5 * h.DAY,
    );
    const watch = (when: number) => watchAt(fake, ws.dir, stagingIssue, new Date(when));
    const first = await watch(step() + HOUR);
    expect(first.row).toContain('| ❌ failing, 1 of 2 before a roll back |');
    expect(first.run.stdout).toMatch(/watched active phases with \d+ metric queries/);

    const writes = fake.log.entries.length;
    const soon = await watch(step() + 2 * HOUR);
    expect(soon.run.stdout).not.toMatch(/watched active phases with/);
    expect(h.writesSince(fake, writes)).toEqual({});
    expect(soon.row).toBe(first.row);

    const later = await watch(step() + 3 * HOUR);
    expect(later.run.stdout).toMatch(/watched active phases with \d+ metric queries/);
    expect(later).toMatchObject({ verdict: 'ROLL BACK', ticked: false });
    expect(later.row).toContain('| 🛑 roll back, 2 in a row |');
  });
});
