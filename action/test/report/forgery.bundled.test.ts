// Issue 11, as a repository writer who is not an approver would try it, through the bundled
// action as a runner runs it: one edit of the phase issue deletes the sign-off's line and writes
// a tick by the real approver into the hidden state block. Neither the report on that edit, nor
// the scheduled report, nor sync believes it: the gate never says PROMOTE, and sync writes the
// state back with a comment. The approver's own tick then counts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { encodeState } from '../../src/checklist/state-block.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { syncBundled } from '../sync/harness.ts';
import * as h from './harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });
const SIGNOFF = 'checkout-v2/staging/signoff:signoff/1';

describe('a forged state block', () => {
  it('never makes the gate PROMOTE, in the report, the schedule or sync, and sync reverts it with a comment (bundled action)', async () => {
    const { fake } = setup();
    // Staging activated 25 hours ago (the 1d bake is over), metrics fine: only the sign-off is missing.
    const { text, stagingIssue } = await h.rolloutRepo(fake, { staging: h.stagingTicks(25 * h.HOUR, false) });
    const pr = h.openPullRequest(fake, 'ramp-canary');
    const ws = h.workspace();
    ws.setMetrics({ checkout_error_rate: 0.004 });
    // Sync reads the plans from the workspace (the default branch's checkout).
    mkdirSync(dirname(join(ws.dir, h.PLAN_FILE)), { recursive: true });
    writeFileSync(join(ws.dir, h.PLAN_FILE), text);
    // The report's small test plan leaves out what the lint rules ask of a real one.
    const rules = [
      'metric-signals',
      'rollback-rehearsal',
      'phase-watches-both',
      'phase-gate',
      'production-signoff',
      'phase-bake',
    ];
    writeFileSync(join(ws.dir, 'rollbook.config.yaml'), `rules:\n${rules.map((r) => `  ${r}: off\n`).join('')}`);

    const honest = fake.state.issues.get(stagingIssue!).body!;
    const state = parseIssueBody(honest).state!;
    state.ticks[SIGNOFF] = { by: 'sre-lead', at: h.ago(h.HOUR) };
    state.log.push({ itemId: SIGNOFF, checked: true, by: 'sre-lead', at: h.ago(h.HOUR) });
    const forged = honest
      .split('\n')
      .filter((line) => !line.includes(`rollbook:item ${SIGNOFF} -->`))
      .join('\n')
      .replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(state)} -->`);
    expect(forged).not.toContain('Sign-off 1 of 1');
    const edit = fake.userEditIssue(stagingIssue!, forged, 'mallory');

    const onEdit = await h.runReportBundled({ fake, ws, event: { name: 'issues', payload: edit } });
    expect(onEdit.code, h.failureText(onEdit)).toBe(0);
    expect(onEdit.outputs.verdict).toBe('HOLD');
    expect(h.statusOn(fake, pr.pull.headSha)).toMatchObject({ state: 'pending' });
    expect(h.statusOn(fake, pr.pull.headSha)!.description).toContain('needs 1 sign-off from @sre-lead');
    expect(h.reportComments(fake, pr.number)[0]!.body).not.toContain('signed by @sre-lead');

    const scheduled = await h.runReportBundled({ fake, ws, event: h.scheduleEvent });
    expect(scheduled.code, h.failureText(scheduled)).toBe(0);
    expect(scheduled.outputs.verdict).toBe('HOLD');
    expect(h.statusOn(fake, pr.pull.headSha)).toMatchObject({ state: 'pending' });

    // Sync, on the same edit: the line comes back unticked, the state block is the action's again,
    // and one comment says the claim was ignored.
    const synced = await syncBundled(fake, ws.dir, { event: { name: 'issues', payload: edit } });
    expect(synced.code, `${synced.stdout}\n${synced.stderr}`).toBe(0);
    const after = parseIssueBody(fake.state.issues.get(stagingIssue!).body!);
    expect(after.ticks.get(SIGNOFF)).toBe(false);
    expect(after.state!.ticks[SIGNOFF]).toBeUndefined();
    expect(after.state!.log.filter((e) => e.itemId === SIGNOFF && e.checked)).toEqual([]);
    const comments = fake.state.issues.commentsOf(stagingIssue!);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('only in the hidden state block');
    expect(comments[0]!.body).toContain('Who may sign off `signoff`: @sre-lead');

    // The approver's own tick is what counts.
    const signoff = fake.userToggleTask(stagingIssue!, 'Sign-off 1 of 1', true, 'sre-lead');
    const genuine = await h.runReport({ fake, ws, event: { name: 'issues', payload: signoff } });
    expect(genuine.code, h.failureText(genuine)).toBe(0);
    expect(genuine.outputs.verdict).toBe('PROMOTE');
    expect(h.statusOn(fake, pr.pull.headSha)).toMatchObject({ state: 'success' });
  });
});
