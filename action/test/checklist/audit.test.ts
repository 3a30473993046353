// The audit trail from `issues.edited` events: the diff of the body before and after, by item id,
// credited to the sender. One test takes its payloads from the fake GitHub's human simulator,
// which validates them against the webhook schemas in GitHub's OpenAPI description.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTicks, editFromIssuesEvent, recordEdit } from '../../src/checklist/audit.ts';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { MAX_AUDIT_ENTRIES } from '../../src/checklist/limits.ts';
import { mergeTicks } from '../../src/checklist/merge.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { type FakeGitHub, startFakeGitHub } from '../fake-github/server.ts';
import { builtinTemplates, fixturePlan, tick } from './helpers.ts';

const templates = await builtinTemplates();
const P = 'priority-rides/canary/';
const fresh = buildPhaseIssue({ plan: fixturePlan(), phaseId: 'canary', templates }).body;
const stateOf = (body: string) => parseIssueBody(body).state!;

describe('diffTicks', () => {
  it('lists ticks and unticks by item id, nothing else', () => {
    const a = tick(tick(fresh, `${P}step:deploy`), `${P}gate:manual`);
    const b = tick(tick(a, `${P}gate:manual`, false), `${P}step:ramp`).replace('### Gates', 'a note\n\n### Gates');
    expect(diffTicks(a, b)).toEqual([
      { itemId: `${P}step:ramp`, checked: true },
      { itemId: `${P}gate:manual`, checked: false },
    ]);
    expect(diffTicks(a, a)).toEqual([]);
    expect(diffTicks(a, a.replace(/\n/g, '\r\n').replace('[x]', '[X]'))).toEqual([]);
  });

  it('does not count a deleted line as an untick', () => {
    const a = tick(fresh, `${P}step:deploy`);
    const line = a.split('\n').find((l) => l.includes(`${P}step:deploy `))!;
    expect(diffTicks(a, a.replace(`${line}\n`, ''))).toEqual([]);
  });

  it('counts a pasted ticked line as a tick', () => {
    const line = fresh.split('\n').find((l) => l.includes(`${P}signoff:dispatch-approval/1 `))!;
    const pasted = fresh.replace(line, `${line}\n${line.replace('[ ]', '[x]')}`);
    expect(diffTicks(fresh, pasted)).toEqual([{ itemId: `${P}signoff:dispatch-approval/1`, checked: true }]);
  });
});

describe('recordEdit', () => {
  it('credits the sender, sets who ticked each item, and is idempotent', () => {
    const to = tick(fresh, `${P}step:deploy`);
    const edit = { sender: 'jchen', at: '2026-03-02T10:00:00.000Z', from: fresh, to };
    const first = recordEdit(stateOf(fresh), edit);
    expect(first.entries).toEqual([
      { itemId: `${P}step:deploy`, checked: true, by: 'jchen', at: '2026-03-02T10:00:00Z' },
    ]);
    expect(first.state.ticks[`${P}step:deploy`]).toEqual({ by: 'jchen', at: '2026-03-02T10:00:00Z' });
    expect(first.stateEdited).toBe(false);
    const again = recordEdit(first.state, edit);
    expect(again.entries).toEqual([]);
    expect(again.state.log).toHaveLength(1);
  });

  it('forgets who ticked an item once it is unticked, keeping both entries in the log', () => {
    const on = tick(fresh, `${P}step:deploy`);
    const s1 = recordEdit(stateOf(fresh), { sender: '@jchen', at: '2026-03-02T10:00:00Z', from: fresh, to: on }).state;
    const s2 = recordEdit(s1, { sender: 'mrivera', at: '2026-03-02T11:00:00Z', from: on, to: fresh }).state;
    expect(s2.ticks[`${P}step:deploy`]).toBeUndefined();
    expect(s2.log.map((e) => [e.checked, e.by])).toEqual([
      [true, 'jchen'],
      [false, 'mrivera'],
    ]);
  });

  it('ignores items of other issues', () => {
    const to = tick(fresh, `${P}step:deploy`);
    const other = { ...stateOf(fresh), phase: 'production' };
    expect(recordEdit(other, { sender: 'x', at: '2026-03-02T10:00:00Z', from: fresh, to }).entries).toEqual([]);
  });

  it('notices an edit of the state block itself', () => {
    const forged = fresh.replace(
      '"ticks":{}',
      '"ticks":{"signoff:dispatch-approval/1":["mrivera","2026-01-01T00:00:00Z"]}',
    );
    expect(forged).not.toBe(fresh);
    expect(
      recordEdit(stateOf(fresh), { sender: 'mallory', at: '2026-03-02T10:00:00Z', from: fresh, to: forged })
        .stateEdited,
    ).toBe(true);
  });

  it('keeps at most MAX_AUDIT_ENTRIES entries, folding the oldest into a summary, and the body stays small', () => {
    let body = fresh;
    let state = stateOf(fresh);
    for (let i = 0; i < MAX_AUDIT_ENTRIES + 40; i++) {
      const to = tick(body, `${P}gate:manual`, i % 2 === 0);
      state = recordEdit(state, {
        sender: `user${i % 7}`,
        at: new Date(Date.UTC(2026, 2, 2, 0, i)),
        from: body,
        to,
      }).state;
      body = mergeTicks(fresh, to, { state });
    }
    const final = stateOf(body);
    expect(final.log).toHaveLength(MAX_AUDIT_ENTRIES);
    expect(final.compacted).toEqual({ count: 40, since: '2026-03-02T00:00:00Z', until: '2026-03-02T00:39:00Z' });
    expect(final.log[0]!.at).toBe('2026-03-02T00:40:00Z');
    expect(body.length).toBeLessThan(fresh.length + 60 * MAX_AUDIT_ENTRIES);
  });
});

describe('editFromIssuesEvent', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFakeGitHub();
  });
  afterAll(async () => {
    fake.assertNoDrift();
    await fake.stop();
  });

  it('reads real-shaped issues.edited payloads and credits the person who clicked', () => {
    const issue = fake.state.issues.create({
      title: '[rollout] priority-rides · canary',
      body: fresh,
      author: 'github-actions[bot]',
    });
    const payload = fake.userToggleTask(issue.number, 'Deploy dispatch 2.14 to production', true, 'jchen');
    fake.assertNoDrift();
    const edit = editFromIssuesEvent(JSON.parse(JSON.stringify(payload)));
    expect(edit).toMatchObject({ issueNumber: issue.number, sender: 'jchen', from: fresh });
    expect(edit!.to).toBe(fake.state.issues.get(issue.number).body);
    const recorded = recordEdit(stateOf(fresh), edit!);
    expect(recorded.entries).toEqual([
      { itemId: `${P}step:deploy`, checked: true, by: 'jchen', at: String(edit!.at).replace(/\.000Z$/, 'Z') },
    ]);

    const second = fake.userToggleTask(issue.number, 'Sign-off 1 of 2', true, 'mrivera');
    const edit2 = editFromIssuesEvent(second)!;
    const state2 = recordEdit(recorded.state, edit2).state;
    expect(state2.ticks[`${P}signoff:dispatch-approval/1`]?.by).toBe('mrivera');
    expect(Object.keys(state2.ticks).sort()).toEqual([`${P}signoff:dispatch-approval/1`, `${P}step:deploy`]);
  });

  it('returns undefined for other events and title-only edits', () => {
    const issue = fake.state.issues.create({ title: 't', body: fresh, author: 'github-actions[bot]' });
    expect(editFromIssuesEvent(fake.closeIssue(issue.number, 'jchen'))).toBeUndefined();
    expect(
      editFromIssuesEvent({
        action: 'edited',
        issue: { number: 1, body: 'x', updated_at: 'z' },
        sender: { login: 'a' },
        changes: { title: { from: 'old' } },
      }),
    ).toBeUndefined();
    expect(editFromIssuesEvent(null)).toBeUndefined();
  });
});
