// Verifying ticks against the edit history: who ticked comes from the revision that ticked, a
// state block counts only in the action's own current-format revision, deleted revisions and
// unattributed revisions fail closed.
import { describe, expect, it } from 'vitest';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { mergeTicks } from '../../src/checklist/merge.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { type ChecklistState, encodeState } from '../../src/checklist/state-block.ts';
import { type Revision, verifyIssueHistory } from '../../src/checklist/verify.ts';
import { builtinTemplates, fixturePlan, tick } from './helpers.ts';

const templates = await builtinTemplates();
const plan = fixturePlan();
const P = 'priority-rides/canary/';
const S1 = `${P}signoff:dispatch-approval/1`;
const S2 = `${P}signoff:dispatch-approval/2`;
const STEP = `${P}step:deploy`;
const BOT = 'github-actions';
const fresh = buildPhaseIssue({ plan, phaseId: 'canary', templates }).body;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 9, minute)).toISOString().replace('.000Z', 'Z');

const rev = (body: string | undefined, editor: string | undefined, minute: number): Revision => ({
  at: at(minute),
  ...(editor ? { editor } : {}),
  ...(body === undefined ? {} : { body }),
});

const verify = (revisions: Revision[], complete = true) =>
  verifyIssueHistory({
    plan: 'priority-rides',
    phase: 'canary',
    history: { revisions, complete },
    isActor: (login) => login === BOT,
  });

/** The body with its state block replaced by `state`, as someone editing the hidden block would. */
function withForgedState(body: string, mutate: (s: ChecklistState) => void): string {
  const state = structuredClone(parseIssueBody(body).state!);
  mutate(state);
  return body.replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(state)} -->`);
}

/** What the action would write after verifying: the current body merged with the verified state. */
function botWrite(body: string, state: ChecklistState): string {
  return mergeTicks(fresh, body, { state });
}

describe('verifyIssueHistory', () => {
  it('credits each tick to the editor of the revision that made it, at its time', () => {
    const a = tick(fresh, S1);
    const b = tick(a, STEP);
    const result = verify([rev(fresh, BOT, 0), rev(a, 'mrivera', 5), rev(b, 'carol', 9)]);
    expect(result.state.ticks).toEqual({ [S1]: { by: 'mrivera', at: at(5) }, [STEP]: { by: 'carol', at: at(9) } });
    expect(result.added.map((e) => [e.itemId, e.checked, e.by, e.at])).toEqual([
      [S1, true, 'mrivera', at(5)],
      [STEP, true, 'carol', at(9)],
    ]);
    expect(result.checkpoint).toBe(0);
    expect(result.unattributed).toEqual([]);
  });

  it('ignores a state block people wrote: a forged tick of a deleted line counts for nobody', () => {
    const lineGone = fresh
      .split('\n')
      .filter((l) => !l.includes('signoff:dispatch-approval/1'))
      .join('\n');
    const forged = withForgedState(lineGone, (s) => {
      s.ticks[S1] = { by: 'mrivera', at: at(1) };
      s.log.push({ itemId: S1, checked: true, by: 'mrivera', at: at(1) });
    });
    const result = verify([rev(fresh, BOT, 0), rev(forged, 'mallory', 5)]);
    expect(result.state.ticks).toEqual({});
    expect(result.state.log).toEqual([]);
    expect(result.claimed).toEqual([{ itemId: S1, by: 'mrivera' }]);
    // The action's own state block claims nothing: it is the record.
    expect(verify([rev(fresh, BOT, 0), rev(tick(fresh, STEP), 'carol', 5)]).claimed).toEqual([]);
  });

  it('a tick first appearing in someone else’s revision is theirs, whatever the state block says', () => {
    const forged = withForgedState(tick(fresh, S1), (s) => {
      s.ticks[S1] = { by: 'mrivera', at: at(1) };
    });
    const result = verify([rev(fresh, BOT, 0), rev(forged, 'mallory', 5)]);
    expect(result.state.ticks[S1]).toEqual({ by: 'mallory', at: at(5) });
  });

  it('trusts the action’s own newest current-format revision as a checkpoint and replays only after it', () => {
    const a = tick(fresh, S1);
    const first = verify([rev(fresh, BOT, 0), rev(a, 'mrivera', 5)]);
    const written = botWrite(a, first.state);
    const b = tick(written, S2);
    // Revisions before the checkpoint are not needed: history starts there, incomplete.
    const result = verify([rev(written, BOT, 6), rev(b, 'ben', 8)], false);
    expect(result.checkpoint).toBe(0);
    expect(result.state.ticks).toEqual({ [S1]: { by: 'mrivera', at: at(5) }, [S2]: { by: 'ben', at: at(8) } });
    expect(result.added.map((e) => e.itemId)).toEqual([S2]);
  });

  it('a legacy (version 1) state block is no checkpoint: ticks in the action’s own revisions are nobody’s', () => {
    const legacy = (body: string) => body.replace(/"v":2/, '"v":1');
    const restored = legacy(withForgedState(tick(fresh, S1), (s) => (s.ticks[S1] = { by: 'mrivera', at: at(1) })));
    const result = verify([rev(legacy(fresh), BOT, 0), rev(restored, BOT, 3)]);
    expect(result.checkpoint).toBeUndefined();
    expect(result.state.ticks).toEqual({ [S1]: { at: at(3), observed: true } });
    expect(result.unattributed).toEqual([S1]);
  });

  it('a deleted revision breaks the chain: ticks standing after it have no ticker and a later time', () => {
    const a = tick(fresh, S1);
    const b = tick(a, STEP);
    const c = tick(b, S2);
    const result = verify([
      rev(fresh, BOT, 0),
      rev(a, 'mrivera', 5),
      rev(undefined, 'mallory', 6),
      rev(b, 'x', 7),
      rev(c, 'ben', 9),
    ]);
    expect(result.state.ticks).toEqual({
      [S1]: { at: at(7), observed: true },
      [STEP]: { at: at(7), observed: true },
      [S2]: { by: 'ben', at: at(9) },
    });
    expect(result.unattributed).toEqual([S1, STEP]);
  });

  it('unticks are recorded with their editor; a deleted line is not an untick', () => {
    const a = tick(fresh, S1);
    const gone = a
      .split('\n')
      .filter((l) => !l.includes('signoff:dispatch-approval/1'))
      .join('\n');
    const kept = verify([rev(fresh, BOT, 0), rev(a, 'mrivera', 5), rev(gone, 'carol', 6)]);
    expect(kept.state.ticks[S1]).toEqual({ by: 'mrivera', at: at(5) });
    const un = verify([rev(fresh, BOT, 0), rev(a, 'mrivera', 5), rev(tick(a, S1, false), 'carol', 6)]);
    expect(un.state.ticks).toEqual({});
    expect(un.added.at(-1)).toEqual({ itemId: S1, checked: false, by: 'carol', at: at(6) });
  });

  it('a revision GitHub attributes to nobody (a deleted account) credits nobody', () => {
    const result = verify([rev(fresh, BOT, 0), rev(tick(fresh, S1), undefined, 5)]);
    expect(result.state.ticks[S1]).toEqual({ at: at(5), observed: true });
  });

  it('incomplete history without a checkpoint: ticks in the first readable revision are nobody’s', () => {
    const a = tick(fresh, S1);
    const result = verify([rev(a, 'mrivera', 5), rev(tick(a, S2), 'ben', 6)], false);
    expect(result.state.ticks).toEqual({ [S1]: { at: at(5), observed: true }, [S2]: { by: 'ben', at: at(6) } });
  });

  it('two approvers ticking one after the other are both credited, each with their own revision', () => {
    const a = tick(fresh, S1);
    const b = tick(a, S2);
    const result = verify([rev(fresh, BOT, 0), rev(a, 'mrivera', 5), rev(b, 'ben', 5)]);
    expect(result.state.ticks).toEqual({ [S1]: { by: 'mrivera', at: at(5) }, [S2]: { by: 'ben', at: at(5) } });
  });

  it('times are whole seconds in UTC', () => {
    const result = verify([
      rev(fresh, BOT, 0),
      { at: '2026-03-03T10:00:00.123+01:00', editor: 'x', body: tick(fresh, STEP) },
    ]);
    expect(result.state.ticks[STEP]!.at).toBe('2026-03-03T09:00:00Z');
  });
});
