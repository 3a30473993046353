// Issue 18 part 3, the other way a phase is rolled back: the watch reads a ROLL BACK verdict on a
// real Prometheus (billing errors past the rollback threshold) and acts on it; the run then opens
// one draft lesson, keyed on the phase's activation. The rollback ticked afterwards is the same
// rollback: no second draft, and `rollbook lesson new --from` drafts it locally with the same
// readings. Re-runs write nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/parse.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runCli } from '../helpers/cli.ts';
import { runActionInProcess, testClock } from '../helpers/in-process.ts';
import { runAction } from '../helpers/run-action.ts';
import { useTestPrometheus } from '../prometheus/shared.ts';
import * as h from '../report/harness.ts';
import { planText, repoWithActiveStaging, syncRun } from '../watch/harness.ts';
import { item } from './harness.ts';

const prom = useTestPrometheus();

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });
const INPUTS = (url: string) => ({ 'prometheus-url': url, 'lesson-drafts': 'issue' });
const drafts = (fake: ReturnType<typeof setup>['fake']) =>
  fake.state.issues.all().filter((i) => i.title === 'Lesson draft: rollback of demo/staging');

describe('a draft lesson from a ROLL BACK verdict acted on', () => {
  it('opens one draft with the gate readings at the breach, and none more when the rollback is ticked', async () => {
    const { fake } = setup();
    const { ws, stagingIssue } = await repoWithActiveStaging(fake);
    const clock = testClock(prom.now);
    const run = await runActionInProcess({ ...syncRun(fake, prom, ws.dir, h.scheduleEvent, INPUTS(prom.url)), clock });
    expect(run.code, h.failureText(run)).toBe(0);
    expect(fake.state.issues.commentsOf(stagingIssue).some((c) => c.body.startsWith('<!-- rollbook:breach '))).toBe(
      true,
    );
    const found = drafts(fake);
    expect(found).toHaveLength(1);
    const body = found[0]!.body!;
    expect(body).toContain("Rollbook's watch read a ROLL BACK verdict on phase `staging`");
    const lesson = /(`{3,})markdown\n([\s\S]*)\n\1/.exec(body)![2]!;
    const parsed = parseLesson(lesson, 'x.md');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson!.rollback).toMatchObject({ plan: 'demo', phase: 'staging' });
    expect(parsed.body).toContain('## Gate readings at the breach');
    expect(parsed.body).toMatch(/\| error_rate \| 8% \| [^|]+ \| rollback \|/);

    // Before anyone ticks the roll-back, `rollbook lesson new --from` drafts the same rollback the
    // action drafted (ADR 27): the verdict acted on is a rollback, unconfirmed, and stderr says so.
    const env = { GITHUB_TOKEN: 'ghs_reader', GITHUB_API_URL: fake.env().GITHUB_API_URL! };
    const args = ['lesson', 'new', '--from', 'demo/staging', '--repo', `${h.OWNER}/${h.REPO}`];
    const unconfirmed = await runCli(args, ws.dir, { env, now: () => prom.now });
    expect(unconfirmed.code, unconfirmed.stderr).toBe(0);
    const actionFile = /Save this as `([^`]+)`/.exec(body)![1]!;
    expect(unconfirmed.stdout).toContain(`Wrote ${actionFile}.`);
    expect(readFileSync(join(ws.dir, actionFile), 'utf8')).toBe(lesson);
    expect(unconfirmed.stderr).toBe(
      `rollbook: demo/staging: Rollbook's watch read a ROLL BACK verdict at ${parsed.lesson!.rollback!.at} and acted on it (#${stagingIssue}), but nobody has ticked its roll-back: drafted as a rollback; tick the roll-back on #${stagingIssue} once it is rolled back\n`,
    );
    expect(lesson).toContain('nobody has ticked its roll-back yet');

    // People tick the rollback: the same rollback (same activation), so no second draft.
    const tick = fake.userToggleTask(stagingIssue, item('demo/staging/rollback:enable'), true, 'ops-bob');
    const ticked = await runActionInProcess({
      ...syncRun(fake, prom, ws.dir, { name: 'issues', payload: tick }, INPUTS(prom.url)),
      clock,
    });
    expect(ticked.code, h.failureText(ticked)).toBe(0);
    expect(drafts(fake)).toHaveLength(1);

    // `rollbook lesson new --from` reads the same record: the readings at the breach, from the issue.
    const cli = await runCli([...args, '--force'], ws.dir, { env, now: () => prom.now });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stderr).toBe('');
    const file = /Wrote (\S+\.md)\./.exec(cli.stdout)![1]!;
    const local = parseLesson(readFileSync(join(ws.dir, file), 'utf8'), file);
    expect(local.diagnostics).toEqual([]);
    expect(local.lesson!.rollback).toMatchObject({ plan: 'demo', phase: 'staging', step: 'enable' });
    expect(local.body).toContain('## Gate readings at the breach');
    expect(local.body).toMatch(/\| error_rate \| 8% \| [^|]+ \| rollback \|/);
    expect(local.body).toMatch(/\| [0-9T:-]+Z \| staging \| rolled back step enable \| ops-bob \|/);

    const before = fake.log.entries.length;
    const again = await runActionInProcess({
      ...syncRun(fake, prom, ws.dir, h.scheduleEvent, INPUTS(prom.url)),
      clock,
    });
    expect(again.code, h.failureText(again)).toBe(0);
    // (The watch's commit status may still move on; that is the watch's business, not the drafts'.)
    const writes = h.writesSince(fake, before);
    expect(writes['issues/create']).toBeUndefined();
    expect(drafts(fake)).toHaveLength(1);
  });

  it('the bundled action opens exactly one draft whose front matter validates, and a re-run opens none more', async () => {
    const { fake } = setup();
    // The bundle runs on the real clock, after the fixture's newest sample: the gate reads the
    // billing errors' worst value of the last 6 hours, which holds for hours after the fixture was written.
    const text = planText((t) =>
      t.replace(
        `query: 'rollbook_error_ratio{service="billing"}'\n    unit: ratio\n    signal: negative\n    window: 5m\n`,
        `query: 'max_over_time(rollbook_error_ratio{service="billing"}[6h])'\n    unit: ratio\n    signal: negative\n    window: 5m\n    maxAge: 12h\n`,
      ),
    );
    expect(text).toContain('maxAge: 12h');
    const { ws } = await repoWithActiveStaging(fake, text);
    const first = await runAction(syncRun(fake, prom, ws.dir, h.scheduleEvent, INPUTS(prom.url)));
    expect(first.code, h.failureText(first)).toBe(0);
    const found = drafts(fake);
    expect(found).toHaveLength(1);
    const lesson = /(`{3,})markdown\n([\s\S]*)\n\1/.exec(found[0]!.body!)![2]!;
    const parsed = parseLesson(lesson, 'x.md');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson!.rollback).toMatchObject({ plan: 'demo', phase: 'staging', strategy: 'flag-ramp' });
    expect(parsed.body).toMatch(/\| error_rate \| 8% \| [^|]+ \| rollback \|/);

    const before = fake.log.entries.length;
    const again = await runAction(syncRun(fake, prom, ws.dir, h.scheduleEvent, INPUTS(prom.url)));
    expect(again.code, h.failureText(again)).toBe(0);
    const writes = h.writesSince(fake, before);
    expect(writes['issues/create']).toBeUndefined();
    expect(drafts(fake)).toHaveLength(1);
  });
});
