// The audit trail: entries people's revisions add (verify.ts) and entries Rollbook adds itself
// (recordEntries, for reverted sign-offs), bounded in the state block with the oldest folded
// into a summary.
import { describe, expect, it } from 'vitest';
import { recordEntries } from '../../src/checklist/audit.ts';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { MAX_AUDIT_ENTRIES } from '../../src/checklist/limits.ts';
import { mergeTicks } from '../../src/checklist/merge.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { type Revision, verifyIssueHistory } from '../../src/checklist/verify.ts';
import { ACTOR, builtinTemplates, fixturePlan, tick } from './helpers.ts';

const templates = await builtinTemplates();
const P = 'priority-rides/canary/';
const fresh = buildPhaseIssue({ plan: fixturePlan(), phaseId: 'canary', templates }).body;
const stateOf = (body: string) => parseIssueBody(body).state!;

describe('recordEntries', () => {
  it('adds Rollbook’s own entries: an untick forgets who ticked, and both stay in the log', () => {
    const ticked = { ...stateOf(fresh), ticks: { [`${P}step:deploy`]: { by: 'jchen', at: '2026-03-02T10:00:00Z' } } };
    const state = recordEntries(ticked, [
      {
        itemId: `${P}step:deploy`,
        checked: false,
        by: 'github-actions',
        at: '2026-03-02T11:00:00Z',
        note: 'reverted: x',
      },
    ]);
    expect(state.ticks).toEqual({});
    expect(state.log).toEqual([
      {
        itemId: `${P}step:deploy`,
        checked: false,
        by: 'github-actions',
        at: '2026-03-02T11:00:00Z',
        note: 'reverted: x',
      },
    ]);
  });
});

describe('the audit trail from the edit history', () => {
  it('keeps at most MAX_AUDIT_ENTRIES entries, folding the oldest into a summary, and the body stays small', () => {
    const revisions: Revision[] = [{ at: '2026-03-01T23:59:00Z', editor: ACTOR, body: fresh }];
    let body = fresh;
    for (let i = 0; i < MAX_AUDIT_ENTRIES + 40; i++) {
      body = tick(body, `${P}gate:manual`, i % 2 === 0);
      revisions.push({ at: new Date(Date.UTC(2026, 2, 2, 0, i)).toISOString(), editor: `user${i % 7}`, body });
    }
    const { state } = verifyIssueHistory({
      plan: 'priority-rides',
      phase: 'canary',
      history: { revisions, complete: false },
      isActor: (login) => login === ACTOR,
    });
    const written = mergeTicks(fresh, body, { state });
    const final = stateOf(written);
    expect(final.log).toHaveLength(MAX_AUDIT_ENTRIES);
    expect(final.compacted).toEqual({ count: 40, since: '2026-03-02T00:00:00Z', until: '2026-03-02T00:39:00Z' });
    expect(final.log[0]!.at).toBe('2026-03-02T00:40:00Z');
    expect(final.log.every((e) => e.by.startsWith('user'))).toBe(true);
    expect(written.length).toBeLessThan(fresh.length + 60 * MAX_AUDIT_ENTRIES);
  });
});
