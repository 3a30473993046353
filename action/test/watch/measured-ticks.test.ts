// Metric gates Rollbook measures are ticked by Rollbook from the readings (checklist/measured.ts),
// through the pure sync: the box follows the data, a person's tick or untick is set back with one
// comment per item, Rollbook's ticks carry the action's login, finished phases are left alone,
// and gates whose provider is not configured stay people's, saying so.
import { describe, expect, it } from 'vitest';
import { fingerprintLines } from '../../src/checklist/fingerprint.ts';
import { MEASURED_NOTE, MEASURED_REVERT_NOTE, measuredRevertComment } from '../../src/checklist/measured.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { measuredRevertItems } from '../../src/text/markers.ts';
import type { GateReading } from '../../src/watch/readings.ts';
import { ACTOR, builtinTemplates, fixturePlan, hours, Rollout, T0, tick } from '../checklist/helpers.ts';

const templates = await builtinTemplates();
const GATE = 'priority-rides/staging/gate:metric-error-rate';
const CHECK = 'priority-rides/staging/gate:check-synthetic-riders';

const reading = (status: GateReading['status'], value: string): GateReading => ({
  gate: 'metric-error-rate',
  title: 'error_rate',
  status,
  value,
  threshold: '≤ 0.01',
});

function rollout(providers: readonly string[] = ['prometheus']) {
  const r = new Rollout(fixturePlan(), templates, { actor: ACTOR, measured: new Set(providers) });
  r.sync(T0);
  return r;
}

const ticked = (r: Rollout, id = GATE) => parseIssueBody(r.bodies.staging!).ticks.get(id);
const tickInfo = (r: Rollout, id = GATE) => parseIssueBody(r.bodies.staging!).state!.ticks[id];
const gateLine = (r: Rollout) => r.bodies.staging!.split('\n').find((l) => l.includes(GATE.replace(/-(?=-)/g, '.')))!;

describe('metric gates ticked by Rollbook', () => {
  it('ticks a passing gate and unticks a failing one, as the action, with no comment', () => {
    const r = rollout();
    expect(gateLine(r)).toContain('measured by Rollbook, which ticks it from the data');
    expect(r.bodies.staging).toContain('Rollbook ticks the metric gates it measures');
    r.extra.readings = { staging: [reading('pass', '0.002')] };
    const pass = r.sync(hours(1));
    expect(ticked(r)).toBe(true);
    expect(tickInfo(r)).toEqual({ by: ACTOR, at: hours(1).toISOString().replace('.000Z', 'Z') });
    expect(pass.phases[0]!.measuredReverted).toEqual([]);
    const log = parseIssueBody(r.bodies.staging!).state!.log.filter((e) => e.itemId === GATE);
    expect(log).toEqual([expect.objectContaining({ checked: true, by: ACTOR, note: MEASURED_NOTE })]);

    r.extra.readings = { staging: [reading('fail', '0.04')] };
    const fail = r.sync(hours(2));
    expect(ticked(r)).toBe(false);
    expect(fail.phases[0]!.measuredReverted).toEqual([]);
    // The check gate beside it is a person's, untouched.
    expect(ticked(r, CHECK)).toBe(false);
  });

  it("sets a person's tick back from the data, naming the gate, and a further run changes nothing", () => {
    const r = rollout();
    r.extra.readings = { staging: [reading('fail', '0.04')] };
    r.sync(hours(1));
    delete r.extra.readings;
    const result = r.tick('staging', 'jchen', hours(2), 'gate:metric-error-rate');
    expect(ticked(r)).toBe(false);
    expect(result.phases[0]!.measuredReverted).toEqual([
      { itemId: GATE, gateId: 'metric-error-rate', metric: 'error_rate', checked: true, by: 'jchen' },
    ]);
    const log = parseIssueBody(r.bodies.staging!).state!.log.at(-1)!;
    expect(log).toMatchObject({ itemId: GATE, checked: false, by: ACTOR, note: MEASURED_REVERT_NOTE });
    const writes = r.writes;
    const again = r.sync(hours(3));
    expect(again.phases[0]!.measuredReverted).toEqual([]);
    expect(r.writes).toBe(writes);
  });

  it("sets a person's untick back while the data passes", () => {
    const r = rollout();
    r.extra.readings = { staging: [reading('pass', '0.002')] };
    r.sync(hours(1));
    const result = r.edit('staging', 'jchen', hours(2), (b) => tick(b, GATE, false));
    expect(ticked(r)).toBe(true);
    expect(result.phases[0]!.measuredReverted).toEqual([
      { itemId: GATE, gateId: 'metric-error-rate', metric: 'error_rate', checked: false, by: 'jchen' },
    ]);
    expect(tickInfo(r)?.by).toBe(ACTOR);
  });

  it("a person's tick that agrees with the data stays, but as Rollbook's, without a comment", () => {
    const r = rollout();
    r.extra.readings = { staging: [reading('pass', '0.002')] };
    r.sync(hours(1));
    r.edit('staging', 'jchen', hours(2), (b) => tick(b, GATE, false));
    // A data tick is Rollbook's again; now the person ticks it in the same edit as another item.
    expect(tickInfo(r)?.by).toBe(ACTOR);
    const result = r.tick('staging', 'jchen', hours(3), 'step:deploy');
    expect(result.phases[0]!.measuredReverted).toEqual([]);
    expect(tickInfo(r, 'priority-rides/staging/step:deploy')?.by).toBe('jchen');
  });

  it('a person’s other ticks and notes in the same edit are kept', () => {
    const r = rollout();
    r.extra.readings = { staging: [reading('fail', '0.04')] };
    r.sync(hours(1));
    r.edit('staging', 'jchen', hours(2), (b) =>
      tick(tick(b, GATE), 'priority-rides/staging/step:deploy').replace(
        '<!-- rollbook:end -->',
        'jchen: deployed at 11:00, watching\n<!-- rollbook:end -->',
      ),
    );
    const body = r.bodies.staging!;
    expect(parseIssueBody(body).ticks.get(GATE)).toBe(false);
    expect(parseIssueBody(body).ticks.get('priority-rides/staging/step:deploy')).toBe(true);
    expect(body).toContain('jchen: deployed at 11:00, watching');
  });

  it('a person who edits the watch record in the body gets no tick from it: Rollbook reads its own last revision', () => {
    const r = rollout();
    r.extra.readings = { staging: [reading('fail', '0.04')] };
    r.sync(hours(1));
    delete r.extra.readings;
    expect(r.bodies.staging).toContain('"status":"fail"');
    // The record is text in the body: anyone who can edit the issue can make it say `pass`, and
    // add the forged line's fingerprint to the state block so it reads as a generated line.
    const forge = (b: string) => {
      const line = b.split('\n').find((l) => l.startsWith('<!-- rollbook:readings '))!;
      const forged = line.replaceAll('"status":"fail"', '"status":"pass"');
      const state = parseIssueBody(b).state!;
      const lines = `${state.lines}${fingerprintLines([forged])}`;
      return b.replace(line, forged).replace(`"lines":"${state.lines}"`, `"lines":"${lines}"`);
    };
    const result = r.edit('staging', 'mallory', hours(2), forge);
    expect(ticked(r)).toBe(false);
    expect(result.phases[0]!.measuredReverted).toEqual([]);
    // The record written back is Rollbook's own, not the forged one.
    expect(r.bodies.staging).toContain('"status":"fail"');
    expect(r.bodies.staging).not.toContain('"status":"pass"');
  });

  it('leaves a finished phase as it ended', () => {
    const r = rollout();
    // The gate and "Phase complete" ticked in one edit: the phase is done, its boxes a record of how it ended.
    r.edit('staging', 'jchen', hours(1), (b) => tick(tick(b, GATE), 'priority-rides/staging/complete'));
    expect(ticked(r)).toBe(true);
    expect(r.phase('staging').status.state).toBe('done');
    expect(r.phase('staging').measuredReverted).toEqual([]);
  });

  it('without a configured provider the gate stays people’s and says it is not measured', () => {
    const r = rollout([]);
    expect(gateLine(r)).toContain('not measured by Rollbook: tick it when it holds');
    expect(r.bodies.staging).toContain('Tick a gate when it holds.');
    r.tick('staging', 'jchen', hours(1), 'gate:metric-error-rate');
    expect(ticked(r)).toBe(true);
    expect(tickInfo(r)?.by).toBe('jchen');
  });

  it('without the action’s login nothing is set (its own ticks could not be told from people’s)', () => {
    const r = new Rollout(fixturePlan(), templates, { measured: new Set(['prometheus']) });
    r.sync(T0);
    r.extra.readings = { staging: [reading('pass', '0.002')] };
    r.sync(hours(1));
    expect(ticked(r)).toBe(false);
  });

  it('the comment names each gate once, with a marker per item and no @-mention', () => {
    const comment = measuredRevertComment([
      { itemId: GATE, gateId: 'metric-error-rate', metric: 'error_rate', checked: true, by: 'jchen' },
    ]);
    expect(comment).toContain('Gate `metric-error-rate` (`error_rate`) was ticked by');
    expect(comment).not.toMatch(/(^|[^\w`])@jchen/);
    expect(measuredRevertItems(comment)).toEqual([GATE]);
  });
});
