// Merging: ticks are durable across plan edits, removed ticked items are shown (never dropped),
// people's text is kept wherever it is, and an unchanged merge is the identical string.
import { describe, expect, it } from 'vitest';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { isSameBody, mergeTicks } from '../../src/checklist/merge.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { emptyState } from '../../src/checklist/state-block.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { builtinTemplates, clone, count, fixturePlan, tick, verifiedEdit } from './helpers.ts';

const templates = await builtinTemplates();
const P = 'priority-rides/canary/';
const build = (plan: RolloutPlan) => buildPhaseIssue({ plan, phaseId: 'canary', templates }).body;
const canary = (plan: RolloutPlan) => plan.phases.find((p) => p.id === 'canary')!;

/** A body as it stands after people ticked `keys`, with an audit trail saying jchen did it. */
function ticked(plan: RolloutPlan, ...keys: string[]): string {
  let body = build(plan);
  for (const key of keys) {
    const from = body;
    const to = tick(body, P + key);
    const state = verifiedEdit(from, to, 'jchen', '2026-03-02T10:30:00Z');
    body = mergeTicks(build(plan), to, { state });
  }
  return body;
}

const tickedIds = (body: string) =>
  [...parseIssueBody(body).ticks].filter(([, on]) => on).map(([id]) => id.replace(P, ''));

describe('ticks survive plan edits', () => {
  const before = ticked(fixturePlan(), 'step:deploy', 'item:support-briefed', 'gate:manual');

  it('keeps ticks when an item is added', () => {
    const plan = clone(fixturePlan());
    canary(plan).checklist!.unshift({ id: 'on-call-paged', text: 'On-call told about the canary' });
    const merged = mergeTicks(build(plan), before);
    expect(tickedIds(merged).sort()).toEqual(['gate:manual', 'item:support-briefed', 'step:deploy']);
    expect(parseIssueBody(merged).ticks.get(`${P}item:on-call-paged`)).toBe(false);
  });

  it('keeps ticks when item text is reworded (ids, not text, carry ticks)', () => {
    const plan = clone(fixturePlan());
    canary(plan).steps[0]!.do = 'Deploy dispatch 2.14.1 to production, flag off.';
    canary(plan).checklist![0] = { id: 'support-briefed', text: 'Support and ops briefed' };
    const merged = mergeTicks(build(plan), before);
    expect(tickedIds(merged).sort()).toEqual(['gate:manual', 'item:support-briefed', 'step:deploy']);
    expect(merged).toContain('- [x] **1.** Deploy dispatch 2.14.1 to production, flag off.');
    expect(merged).toContain('- [x] Support and ops briefed');
  });

  it('keeps ticks when steps and gates are reordered', () => {
    const plan = clone(fixturePlan());
    canary(plan).steps.reverse();
    canary(plan).gates!.reverse();
    const merged = mergeTicks(build(plan), before);
    expect(tickedIds(merged).sort()).toEqual(['gate:manual', 'item:support-briefed', 'step:deploy']);
    const order = parseIssueBody(merged).items.map((i) => i.id.replace(P, ''));
    expect(order.indexOf('step:ramp')).toBeLessThan(order.indexOf('step:deploy'));
  });

  it('shows a ticked item the plan removed, with who ticked it and when, until someone unticks it', () => {
    const plan = clone(fixturePlan());
    canary(plan).checklist!.shift();
    const merged = mergeTicks(build(plan), before);
    expect(merged).toContain('### Removed from plan');
    expect(merged).toContain(
      `- [x] Support briefed on priority rides and how to escalate — *removed from plan (was ticked by @\u200Bjchen on 2026-03-02 10:30 UTC)* <!-- rollbook:item ${P}item:support-briefed -->`,
    );
    expect(tickedIds(merged).sort()).toEqual(['gate:manual', 'item:support-briefed', 'step:deploy']);
    // Stable: merging again changes nothing.
    expect(mergeTicks(build(plan), merged)).toBe(merged);
    // Unticked, it goes on the next merge.
    const dropped = mergeTicks(build(plan), tick(merged, `${P}item:support-briefed`, false));
    expect(dropped).not.toContain(`${P}item:support-briefed -->`);
    expect(dropped).not.toContain('Removed from plan');
  });

  it('gives a removed-then-restored item its tick back', () => {
    const plan = clone(fixturePlan());
    canary(plan).checklist!.shift();
    const removed = mergeTicks(build(plan), before);
    const restored = mergeTicks(build(fixturePlan()), removed);
    expect(restored).not.toContain('Removed from plan');
    expect(restored).toContain('- [x] Support briefed on priority rides and how to escalate <!--');
  });

  it('says who and when are unknown for a removed tick nobody recorded', () => {
    const plan = clone(fixturePlan());
    canary(plan).exit = [];
    const body = tick(build(fixturePlan()), `${P}exit:median-accessible-wait-at-or-below-10-minutes`);
    const merged = mergeTicks(build(plan), body);
    expect(merged).toContain('*removed from plan (was ticked; who and when unknown)*');
    const seen = mergeTicks(build(plan), body, { now: new Date('2026-03-03T08:00:00Z') });
    expect(seen).toContain('*removed from plan (was ticked, seen 2026-03-03 08:00 UTC)*');
  });

  it('brings back a ticked item whose line someone deleted', () => {
    const line = before.split('\n').find((l) => l.includes(`${P}gate:manual `))!;
    const merged = mergeTicks(build(fixturePlan()), before.replace(`${line}\n`, ''));
    expect(merged).toBe(before);
  });

  it('drops duplicated lines, keeping the tick', () => {
    const line = before.split('\n').find((l) => l.includes(`${P}step:ramp `))!;
    const doubled = before.replace(line, `${line}\n${line.replace('[ ]', '[x]')}`);
    const merged = mergeTicks(build(fixturePlan()), doubled);
    expect(count(merged, `${P}step:ramp `)).toBe(1);
    expect(tickedIds(merged)).toContain('step:ramp');
  });
});

describe("people's text", () => {
  const base = ticked(fixturePlan(), 'step:deploy');

  it('keeps text before and after the region verbatim, CRLF and all', () => {
    const body = `Context from the release manager.\r\n\r\n${base}\r\n\r\n## Our notes\r\n- [x] a private task\r\n`;
    const plan = clone(fixturePlan());
    canary(plan).title = 'Canary, renamed';
    const merged = mergeTicks(build(plan), body);
    expect(merged.startsWith('Context from the release manager.\r\n\r\n<!-- rollbook:begin')).toBe(true);
    expect(merged.endsWith('<!-- rollbook:end -->\r\n\r\n## Our notes\r\n- [x] a private task\r\n')).toBe(true);
    expect(merged).toContain('Canary, renamed');
  });

  it('keeps notes written inside the region next to what they followed, across plan edits', () => {
    const deployLine = base.split('\n').find((l) => l.includes(`${P}step:deploy `))!;
    const withNotes = base
      .replace('```\n- [ ] **2.**', '```\n  Deployed by Ana at 10:40, no errors.\n- [ ] **2.**')
      .replace('### Gates', 'We skip the manual gate on Sundays.\n\n### Gates');
    expect(withNotes).not.toBe(base);
    const plan = clone(fixturePlan());
    canary(plan).steps[0]!.do = 'Deploy dispatch 2.14.2.';
    canary(plan).checklist!.push('New item');
    const merged = mergeTicks(build(plan), withNotes);
    const lines = merged.split('\n');
    const deploy = lines.findIndex((l) => l.includes(`${P}step:deploy `));
    expect(lines.slice(deploy, deploy + 6).join('\n')).toContain('  Deployed by Ana at 10:40, no errors.');
    expect(merged).toContain('We skip the manual gate on Sundays.\n\n### Gates');
    expect(deployLine).not.toBe(lines[deploy]);
    // And again: the notes stay put (a fixed point).
    expect(mergeTicks(build(plan), merged)).toBe(merged);
  });

  it('keeps a note whose anchor item the plan removed, at the end of the region', () => {
    const withNote = base.replace(/(- \[ \] Rollback rehearsed[^\n]*\n)/, '$1  Rehearsal booked for Tuesday.\n');
    const plan = clone(fixturePlan());
    canary(plan).checklist!.pop();
    const merged = mergeTicks(build(plan), withNote);
    expect(merged).toContain('  Rehearsal booked for Tuesday.');
    expect(mergeTicks(build(plan), merged)).toBe(merged);
  });

  it('keeps notes even when the state block was lost, without duplicating Rollbook lines', () => {
    const lost = base.replace(/<!-- rollbook:state .*-->\n/, '').replace('### Gates', 'A note.\n\n### Gates');
    const merged = mergeTicks(build(fixturePlan()), lost);
    expect(count(merged, 'A note.')).toBe(1);
    expect(count(merged, '### Gates')).toBe(1);
    expect(count(merged, 'Tick each step when it is done')).toBe(1);
  });

  it('shows a marker people pasted inside the region as text, so it cannot act as one', () => {
    const pasted = base.replace('### Gates', '<!-- rollbook:state {"v":1} -->\n\n### Gates');
    const merged = mergeTicks(build(fixturePlan()), pasted);
    expect(merged).toContain('<!\\-\\- rollbook:state {"v":1} -->');
    expect(count(merged, '<!-- rollbook:state')).toBe(1);
  });

  it('puts the region first when people replaced the whole body, keeping their text', () => {
    const merged = mergeTicks(build(fixturePlan()), 'I deleted everything by mistake.');
    expect(merged.startsWith('<!-- rollbook:begin')).toBe(true);
    expect(merged.endsWith('<!-- rollbook:end -->\n\nI deleted everything by mistake.')).toBe(true);
  });
});

describe('idempotence', () => {
  const body = ticked(fixturePlan(), 'step:deploy', 'step:ramp');

  it('returns the identical string when nothing changed', () => {
    expect(mergeTicks(build(fixturePlan()), body)).toBe(body);
    expect(mergeTicks(build(fixturePlan()), body, { now: new Date() })).toBe(body);
  });

  it('returns a new issue the built body as is', () => {
    expect(mergeTicks(build(fixturePlan()), undefined)).toBe(build(fixturePlan()));
  });

  it('does not rewrite a body that differs only in line breaks, [X] or trailing spaces', () => {
    const noisy = body.replace(/\n/g, '\r\n').replace('[x]', '[X]').replace('### Gates', '### Gates   ');
    expect(mergeTicks(build(fixturePlan()), noisy)).toBe(noisy);
    expect(isSameBody(noisy, body)).toBe(true);
    expect(isSameBody(body, tick(body, `${P}gate:manual`))).toBe(false);
  });

  it('records a tick nobody saw being made once, then stays put', () => {
    const unseen = tick(body, `${P}gate:manual`);
    const now = new Date('2026-03-04T00:00:00Z');
    const once = mergeTicks(build(fixturePlan()), unseen, { now });
    expect(once).not.toBe(unseen);
    expect(parseIssueBody(once).state!.ticks[`${P}gate:manual`]).toEqual({
      at: '2026-03-04T00:00:00Z',
      observed: true,
    });
    expect(mergeTicks(build(fixturePlan()), once, { now: new Date('2026-03-05T00:00:00Z') })).toBe(once);
  });

  it('rejects a desired body that Rollbook did not build', () => {
    expect(() => mergeTicks('hello', body)).toThrow(/not a body Rollbook built/);
    void emptyState;
  });
});
