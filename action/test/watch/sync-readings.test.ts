// The watch record in the pure sync pipeline: readings reach the phase issue, stay through runs
// that do not measure, are rewritten only when what they show changes, and never cost a tick.
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { encodeReadings } from '../../src/watch/codec.ts';
import type { GateReading } from '../../src/watch/readings.ts';
import { builtinTemplates, fixturePlan, hours, Rollout, T0, tick } from '../checklist/helpers.ts';

const templates = await builtinTemplates();

const reading = (status: GateReading['status'], value: string): GateReading => ({
  gate: 'metric-error-rate',
  title: 'error_rate',
  status,
  value,
  threshold: '≤ 0.01',
});

function rollout() {
  const r = new Rollout(fixturePlan(), templates);
  r.sync(T0);
  return r;
}

describe('watch readings in the phase issue', () => {
  it('writes the readings once and nothing more while they read the same', () => {
    const r = rollout();
    r.extra.readings = { staging: [reading('pass', '0.002')] };
    const first = r.sync(hours(1));
    expect(first.phases.map((p) => p.changed)).toEqual([true, false, false]);
    const body = r.bodies.staging!;
    expect(body).toContain('**Gate readings** (measured by Rollbook; evaluated 2026-03-02 10:00 UTC)');
    expect(body).toContain('| error\\_rate | 0.002 | ≤ 0.01 | ✅ pass | not dated |');
    const writes = r.writes;
    r.sync(hours(5));
    r.sync(hours(9));
    expect(r.writes).toBe(writes);
    expect(r.bodies.staging).toBe(body);
  });

  it("shows the newest sample's time; a run hours later with newer samples of the same value writes nothing", () => {
    const r = rollout();
    // hours(1) is 10:00 UTC: the sample is 90 seconds older.
    r.extra.readings = { staging: [{ ...reading('pass', '0.002'), sampledAt: '2026-03-02T09:58:30Z' }] };
    r.sync(hours(1));
    const body = r.bodies.staging!;
    expect(body).toContain('| error\\_rate | 0.002 | ≤ 0.01 | ✅ pass | 2026-03-02 09:58 UTC (2m before evaluation) |');
    const writes = r.writes;
    r.extra.readings = { staging: [{ ...reading('pass', '0.002'), sampledAt: '2026-03-02T14:59:30Z' }] };
    r.sync(hours(6));
    expect(r.writes).toBe(writes);
    expect(r.bodies.staging).toBe(body);
    // A change of value is written with its own sample time, its age still against its evaluation.
    r.extra.readings = { staging: [{ ...reading('fail', '0.04'), sampledAt: '2026-03-02T15:50:00Z' }] };
    r.sync(hours(7));
    expect(r.bodies.staging).toContain(
      '| error\\_rate | 0.04 | ≤ 0.01 | ❌ fail | 2026-03-02 15:50 UTC (10m before evaluation) |',
    );
  });

  it('keeps the readings through runs that do not measure (push, issue events)', () => {
    const r = rollout();
    r.extra.readings = { staging: [reading('pass', '0.002')] };
    r.sync(hours(1));
    const body = r.bodies.staging!;
    delete r.extra.readings;
    const writes = r.writes;
    r.sync(hours(2));
    expect(r.writes).toBe(writes);
    expect(r.bodies.staging).toBe(body);
  });

  it('rewrites when a status changes, keeps the day worst, and keeps people’s ticks', () => {
    const r = rollout();
    r.extra.readings = { staging: [reading('pass', '0.002')] };
    r.sync(hours(1));
    r.tick('staging', 'jchen', hours(2), 'step:deploy');
    r.extra.readings = { staging: [reading('fail', '0.04')] };
    r.sync(hours(3));
    r.extra.readings = { staging: [reading('pass', '0.003')] };
    r.sync(hours(4));
    const body = r.bodies.staging!;
    expect(parseIssueBody(body).ticks.get('priority-rides/staging/step:deploy')).toBe(true);
    expect(body).toContain('| error\\_rate | 0.003 | ≤ 0.01 | ✅ pass | not dated |');
    expect(body).toContain('| 2026-03-02 | ❌ fail 0.04 |');
    expect(body.match(/\*\*Gate readings\*\*/g)).toHaveLength(1);
    expect(body.match(/rollbook:readings/g)).toHaveLength(1);
  });

  it('never reads a record a person pasted into the issue', () => {
    const r = rollout();
    const forged = encodeReadings({
      evaluatedAt: '2026-03-02T09:30:00Z',
      gates: [reading('pass', 'all good')],
      days: [],
    });
    r.change('staging', 'mallory', hours(1), (b) =>
      b.replace('\n<!-- rollbook:state', `\n${forged}\n<!-- rollbook:state`),
    );
    r.sync(hours(1));
    expect(r.bodies.staging).not.toContain('**Gate readings**');
  });
});

describe('the tracking issue reads the watch verdict', () => {
  /** Staging with every required item ticked and its 4h bake over: "ready" by its checklist. */
  function readyStaging() {
    const r = rollout();
    for (const id of r.phase('staging').status.open) r.edit('staging', 'jchen', hours(1), (b) => tick(b, id));
    r.sync(hours(6));
    expect(r.phase('staging').status.state).toBe('ready');
    return r;
  }
  const stagingRow = (r: Rollout) => r.parentBody!.split('\n').find((l) => l.includes('Staging with synthetic riders'));

  it('says "ready to promote" only when every watched gate passes', () => {
    const r = readyStaging();
    // Nobody watches it: its gates were ticked by people.
    expect(stagingRow(r)).toContain('ready to promote');
    r.extra.readings = { staging: [reading('pass', '0.2%')] };
    r.sync(hours(7));
    expect(stagingRow(r)).toContain('ready to promote');
    r.extra.readings = { staging: [reading('inconclusive', 'no data')] };
    r.sync(hours(8));
    expect(stagingRow(r)).toContain('items done, gates hold');
    expect(stagingRow(r)).not.toContain('ready to promote');
  });

  it('says a breach whatever the checklist says, and writes nothing more while it lasts', () => {
    const r = readyStaging();
    r.extra.readings = { staging: [reading('rollback', '8%')] };
    r.sync(hours(7));
    expect(stagingRow(r)).toContain('items done, gates hold; the watch says **roll back**');
    const writes = r.writes;
    r.sync(hours(9));
    expect(r.writes).toBe(writes);
  });
});
