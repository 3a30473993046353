// Reading bodies back: round trips and everything people do to a body by hand.
import { describe, expect, it } from 'vitest';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { phaseEntries } from '../../src/checklist/items.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { decodeState, emptyState, encodeState } from '../../src/checklist/state-block.ts';
import { builtinTemplates, fixturePlan, tick } from './helpers.ts';

const templates = await builtinTemplates();
const plan = fixturePlan();
const built = buildPhaseIssue({ plan, phaseId: 'canary', templates });
const ids = phaseEntries(plan, 'canary').map((e) => e.id);
const DEPLOY = 'priority-rides/canary/step:deploy';
const RAMP = 'priority-rides/canary/step:ramp';

describe('round trip', () => {
  it('parses every item of a built body, unticked, with the state block', () => {
    const parsed = parseIssueBody(built.body);
    expect(parsed.hasRegion).toBe(true);
    expect(parsed.hasEnd).toBe(true);
    expect(parsed.key).toEqual({ kind: 'phase', plan: 'priority-rides', phase: 'canary' });
    expect(parsed.items.map((i) => i.id)).toEqual(ids);
    expect([...parsed.ticks.values()].every((t) => t === false)).toBe(true);
    expect(parsed.state?.kind).toBe('phase');
    expect(parsed.problems).toEqual([]);
    expect(parsed.lines.filter((l) => l.role === 'note')).toEqual([]);
    expect(parsed.before).toBe('');
    expect(parsed.after).toBe('');
  });

  it('reads ticks back by id', () => {
    const parsed = parseIssueBody(tick(tick(built.body, DEPLOY), RAMP));
    expect(parsed.ticks.get(DEPLOY)).toBe(true);
    expect(parsed.ticks.get(RAMP)).toBe(true);
    expect([...parsed.ticks].filter(([, on]) => on)).toHaveLength(2);
  });

  it('round-trips the state block exactly', () => {
    const state = {
      ...emptyState('phase', 'priority-rides', 'canary'),
      ticks: {
        [DEPLOY]: { by: 'jchen', at: '2026-03-02T10:00:00Z' },
        [RAMP]: { at: '2026-03-02T11:00:00Z', observed: true },
      },
      log: [
        { itemId: DEPLOY, checked: true, by: 'jchen', at: '2026-03-02T10:00:00Z' },
        {
          itemId: 'priority-rides/canary/signoff:dispatch-approval/1',
          checked: false,
          by: 'rollbook',
          at: '2026-03-02T10:05:00Z',
          note: 'reverted: not-approver',
        },
      ],
      compacted: { count: 3, since: '2026-03-01T00:00:00Z', until: '2026-03-01T12:00:00Z' },
      removed: { 'priority-rides/canary/item:old': 'Old item with <html> and --> and `code`' },
      lines: 'abcdefg',
    };
    const json = encodeState(state);
    expect(json).not.toMatch(/[<>]|--/);
    expect(decodeState(json)).toEqual(state);
  });

  it('rejects a state block that is not valid state', () => {
    expect(decodeState('{"v":99}')).toBeUndefined();
    expect(decodeState('not json')).toBeUndefined();
    expect(
      decodeState('{"v":1,"kind":"phase","plan":"p","ticks":{},"log":[["x",2,"a","b"]],"lines":""}'),
    ).toBeUndefined();
  });
});

describe('what people do to bodies', () => {
  it('accepts [X] and [x]', () => {
    const body = tick(built.body, DEPLOY).replace('[x]', '[X]');
    expect(body).toContain('- [X] **1.**');
    expect(parseIssueBody(body).ticks.get(DEPLOY)).toBe(true);
  });

  it('accepts CRLF line breaks (GitHub stores web edits that way)', () => {
    const body = tick(built.body, DEPLOY).replace(/\n/g, '\r\n');
    const parsed = parseIssueBody(body);
    expect(parsed.ticks.get(DEPLOY)).toBe(true);
    expect(parsed.items.map((i) => i.id)).toEqual(ids);
    expect(parsed.state).toBeDefined();
    expect(parsed.lines.filter((l) => l.role === 'note')).toEqual([]);
  });

  it('keeps reading an item whose text someone edited', () => {
    const body = tick(built.body, DEPLOY).replace(
      'Deploy dispatch 2.14 to production with the flag off.',
      'Deployed 2.14.1 instead (hotfix)',
    );
    const item = parseIssueBody(body).items.find((i) => i.id === DEPLOY)!;
    expect(item.checked).toBe(true);
    expect(item.text).toContain('Deployed 2.14.1 instead (hotfix)');
  });

  it('counts an item ticked when any copy of a duplicated line is', () => {
    const line = built.body.split('\n').find((l) => l.includes(`rollbook:item ${RAMP} `))!;
    const body = built.body.replace(line, `${line}\n${line.replace('[ ]', '[x]')}`);
    const parsed = parseIssueBody(body);
    expect(parsed.ticks.get(RAMP)).toBe(true);
    expect(parsed.items.filter((i) => i.id === RAMP)).toHaveLength(2);
    expect(parsed.problems.join()).toMatch(/more than once/);
  });

  it('does not read a deleted item line as unticked-present', () => {
    const line = built.body.split('\n').find((l) => l.includes(`rollbook:item ${RAMP} `))!;
    const parsed = parseIssueBody(built.body.replace(`${line}\n`, ''));
    expect(parsed.ticks.has(RAMP)).toBe(false);
  });

  it('ends the region at the state block when the end marker is gone, keeping what follows as user text', () => {
    const body = `${built.body.replace('<!-- rollbook:end -->', '')}My notes after.\n`;
    const parsed = parseIssueBody(body);
    expect(parsed.hasEnd).toBe(false);
    expect(parsed.problems).toContain('the end marker is missing');
    expect(parsed.items).toHaveLength(ids.length);
    expect(parsed.after).toContain('My notes after.');
  });

  it('ends the region at the end of the body when both end marker and state are gone, losing no line', () => {
    const cut = built.body.slice(0, built.body.indexOf('<!-- rollbook:state'));
    const parsed = parseIssueBody(`${cut}A note typed at the end\n`);
    expect(parsed.hasEnd).toBe(false);
    expect(parsed.fingerprinted).toBe(false);
    expect(parsed.items).toHaveLength(ids.length);
    expect(parsed.lines.some((l) => l.text === 'A note typed at the end')).toBe(true);
  });

  it('treats a body without a region as all user text', () => {
    const parsed = parseIssueBody('Someone replaced everything.\r\n- [x] a task of their own\n');
    expect(parsed.hasRegion).toBe(false);
    expect(parsed.before).toBe('Someone replaced everything.\r\n- [x] a task of their own\n');
    expect(parsed.items).toEqual([]);
  });

  it('tells lines people added inside the region from lines Rollbook wrote', () => {
    const body = built.body.replace('### Gates', 'Call me before the ramp. — Ana\n\n### Gates');
    const notes = parseIssueBody(body).lines.filter((l) => l.role === 'note');
    expect(notes.map((l) => l.text)).toEqual(['Call me before the ramp. — Ana']);
  });

  it('ignores item markers outside the region (text people copied there)', () => {
    const line = built.body
      .split('\n')
      .find((l) => l.includes(`rollbook:item ${DEPLOY} `))!
      .replace('[ ]', '[x]');
    const parsed = parseIssueBody(`${line}\n\n${built.body}\n\n${line}\n`);
    expect(parsed.ticks.get(DEPLOY)).toBe(false);
  });

  it('reads the state block right above the end marker, not a copy pasted higher up', () => {
    const forged = `<!-- rollbook:state ${encodeState({ ...emptyState('phase', 'priority-rides', 'canary'), ticks: { [RAMP]: { by: 'mallory', at: '2020-01-01T00:00:00Z' } } })} -->`;
    const body = built.body.replace('### Steps', `${forged}\n\n### Steps`);
    const parsed = parseIssueBody(body);
    expect(parsed.state?.ticks[RAMP]).toBeUndefined();
  });
});
