// The breach key in the watch record, the verdict read from it, and the breach comment's text:
// pure, with hand-made readings.
import { describe, expect, it } from 'vitest';
import { readBreachMarker, readDispatchMarker } from '../../src/text/markers.ts';
import { breachComment, withDispatch } from '../../src/watch/breach-comment.ts';
import { decodeReadings, encodeReadings } from '../../src/watch/codec.ts';
import { type GateReading, recordReadings } from '../../src/watch/readings.ts';
import { breachKey, watchVerdict } from '../../src/watch/verdict.ts';
import { fixturePlan } from '../checklist/helpers.ts';

const reading = (status: GateReading['status'], value: string): GateReading => ({
  gate: 'metric-error-rate',
  title: 'error_rate',
  status,
  value,
  threshold: '≤ 1%, roll back above 5%',
});
const at = (hour: number) => new Date(Date.UTC(2026, 11, 6, hour));

describe('the breach key in the watch record', () => {
  it('is the last evaluation before the breach, kept while it lasts, new after a recovery', () => {
    const healthy = recordReadings(undefined, [reading('pass', '0.2%')], at(1)).record;
    expect(healthy.breach).toBeUndefined();
    const breached = recordReadings(healthy, [reading('rollback', '8%')], at(2)).record;
    expect(breached.breach).toBe('2026-12-06T01:00:00Z');
    // A new value while it lasts: a new record, the same breach.
    const worse = recordReadings(breached, [reading('rollback', '9%')], at(3)).record;
    expect(worse.evaluatedAt).toBe('2026-12-06T03:00:00Z');
    expect(worse.breach).toBe('2026-12-06T01:00:00Z');
    // Two runs that read the same body compute the same key, whenever they evaluate.
    expect(recordReadings(healthy, [reading('rollback', '8.1%')], at(4)).record.breach).toBe(breached.breach);
    const recovered = recordReadings(worse, [reading('pass', '0.2%')], at(4)).record;
    expect(recovered.breach).toBeUndefined();
    const relapse = recordReadings(recovered, [reading('rollback', '8%')], at(5)).record;
    expect(relapse.breach).toBe('2026-12-06T04:00:00Z');
    expect(breachKey(relapse)).not.toBe(breachKey(worse));
  });

  it('survives the codec; a record without one encodes as before; a key after the evaluation is invalid', () => {
    const healthy = recordReadings(undefined, [reading('pass', '0.2%')], at(1)).record;
    expect(encodeReadings(healthy)).not.toContain('breach');
    const breached = recordReadings(healthy, [reading('rollback', '8%')], at(2)).record;
    expect(decodeReadings([encodeReadings(breached)])).toEqual(breached);
    const forged = encodeReadings({ ...breached, breach: '2026-12-07T00:00:00Z' });
    expect(decodeReadings([forged])).toBeUndefined();
  });
});

describe('watchVerdict', () => {
  it('is ROLL BACK on a crossed rollback threshold, ROLL FORWARD where the phase rolls forward', () => {
    const record = recordReadings(
      undefined,
      [reading('rollback', '8%'), { ...reading('fail', '2%'), gate: 'p99', title: 'p99' }],
      at(1),
    ).record;
    expect(watchVerdict(record, 'roll-back')).toMatchObject({
      verdict: 'ROLL BACK',
      reasons: ['error_rate reads 8% (≤ 1%, roll back above 5%)', 'p99 reads 2% (≤ 1%, roll back above 5%)'],
    });
    expect(watchVerdict(record, 'roll-forward').verdict).toBe('ROLL FORWARD');
    const holding = recordReadings(undefined, [reading('inconclusive', 'no data')], at(1)).record;
    expect(watchVerdict(holding, 'roll-back').verdict).toBe('HOLD');
    const passing = recordReadings(undefined, [reading('pass', '0.2%')], at(1)).record;
    expect(watchVerdict(passing, 'roll-back').verdict).toBe('PROMOTE');
  });
});

describe('breachComment', () => {
  it('escapes plan text, pings only the owners, and replaces only its dispatch section', () => {
    const plan = structuredClone(fixturePlan());
    const phase = plan.phases[0]!;
    phase.title = 'Staging @mallory <!-- rollbook:breach x --> **bold**';
    plan.metadata.title = 'Rides [click](javascript:alert(1)) @org/everyone';
    phase.steps[0]!.rollback = { do: 'Undo it @eve', command: 'echo "--> <!-- rollbook:dispatch state=sent -->"' };
    const record = recordReadings(undefined, [{ ...reading('rollback', '8%'), title: 'err @bob' }], at(2)).record;
    const verdict = watchVerdict(record, 'roll-back');
    const key = { plan: plan.metadata.name, phase: phase.id, after: breachKey(record) };
    const body = breachComment({ plan, phaseId: phase.id, record, verdict, key, workflow: 'abort.yml' });
    expect(readBreachMarker(body)).toEqual(key);
    expect(readDispatchMarker(body)?.state).toBe('pending');
    // One breach marker and one dispatch marker: plan text spells neither.
    expect(body.match(/<!-- rollbook:/g)).toHaveLength(2);
    const pings = body.match(/(?<![\w`\\\u200B])@[A-Za-z0-9][\w/-]*/g) ?? [];
    expect(new Set(pings)).toEqual(new Set(plan.metadata.owners));
    expect(body).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(body).not.toContain('**bold**');

    const sent = withDispatch(body, 'sent', 'abort.yml', { ref: 'main' });
    expect(sent.slice(0, readDispatchMarker(sent)!.index)).toBe(body.slice(0, readDispatchMarker(body)!.index));
    expect(readDispatchMarker(sent)?.state).toBe('sent');
    expect(sent.match(/<!-- rollbook:dispatch/g)).toHaveLength(1);
  });

  it('a phase that cannot be undone: ROLL FORWARD, with its roll-forward plan and command', () => {
    const plan = structuredClone(fixturePlan());
    const phase = plan.phases[0]!;
    phase.steps[0]!.irreversible = 'The schema change cannot be reverted';
    phase.steps[0]!.rollForward = { do: 'Ship 2.14.1 with the fix', command: 'make release VERSION=2.14.1' };
    const record = recordReadings(undefined, [reading('rollback', '8%')], at(2)).record;
    const verdict = watchVerdict(record, 'roll-forward');
    const key = { plan: plan.metadata.name, phase: phase.id, after: breachKey(record) };
    const body = breachComment({ plan, phaseId: phase.id, record, verdict, key });
    expect(body).toContain(`### ⏩ ROLL FORWARD: ${phase.title} (\`${phase.id}\`)`);
    expect(body).toContain(`### Roll forward ${phase.title}: the plan for what cannot be undone`);
    expect(body).toContain('**Step deploy:** Ship 2.14.1 with the fix\n\n```sh\nmake release VERSION=2.14.1\n```');
    expect(readDispatchMarker(body)?.state).toBe('none');
  });
});
