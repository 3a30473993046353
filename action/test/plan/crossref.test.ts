import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const refs = (text: string) => parsePlan(text, 'p.rollout.yaml').diagnostics.filter((d) => d.code.startsWith('ref/'));

describe('cross-reference checks', () => {
  it('flags a gate on an unknown metric with a suggestion', () => {
    const text = replaceOnce(
      BASE,
      '{metric: error_rate, max: 0.01}\n  - id: canary',
      '{metric: eror_rate, max: 0.01}\n  - id: canary',
    );
    const [d] = refs(text);
    expect(d).toMatchObject({ code: 'ref/unknown-metric', ...positionOf(text, 'eror_rate') });
    expect(d!.hint).toBe('did you mean "error_rate"?');
  });

  it('refuses the plan name "index", which the runbooks\' index takes, and no other', () => {
    const text = replaceOnce(BASE, '  name: demo', '  name: index');
    const [d, ...rest] = refs(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'ref/reserved-name', severity: 'error', ...positionOf(text, 'index') });
    expect(d!.message).toContain('so a plan called so has no runbook');
    expect(refs(replaceOnce(BASE, '  name: demo', '  name: index-v2'))).toEqual([]);
  });

  it('flags a step naming an unknown flag', () => {
    const text = replaceOnce(
      BASE,
      '        flag: demo\n        ramp: [{percent: 100',
      '        flag: dem0\n        ramp: [{percent: 100',
    );
    expect(refs(text)[0]).toMatchObject({ code: 'ref/unknown-flag', ...positionOf(text, 'dem0') });
  });

  it('flags duplicate phase and step ids at the second one', () => {
    const text = replaceOnce(BASE, '- id: production', '- id: canary');
    // The message names the first one's line: a reader counts lines, not list items.
    const firstPhase = positionOf(text, '- id: canary').line;
    expect(refs(text)[0]).toMatchObject({
      code: 'ref/duplicate-id',
      ...positionOf(text, '- id: canary', 2, 6),
      message: `phase id "canary" is defined twice (first on line ${firstPhase})`,
    });
    const steps = replaceOnce(BASE, '- id: enable', '- id: deploy');
    expect(refs(steps)[0]).toMatchObject({
      code: 'ref/duplicate-id',
      ...positionOf(steps, '- id: deploy', 2, 6),
      message: `step id "deploy" is defined twice (first on line ${positionOf(steps, '- id: deploy').line})`,
    });
  });

  it('flags phases out of blast-radius order', () => {
    const text = replaceOnce(BASE, 'environment: production', 'environment: staging');
    expect(refs(text)[0]).toMatchObject({
      code: 'ref/phase-order',
      ...positionOf(text, 'environment: staging', 2, 13),
    });
  });

  it('flags a gate with two kinds, and one with no threshold', () => {
    const mixed = replaceOnce(BASE, '{check: integration-tests}', '{check: integration-tests, manual: Looks fine}');
    expect(refs(mixed)[0]).toMatchObject({ code: 'ref/gate-kind', ...positionOf(mixed, '{check: integration-tests,') });
    const bare = replaceOnce(
      BASE,
      '{metric: error_rate, max: 0.01}\n  - id: canary',
      '{metric: error_rate}\n  - id: canary',
    );
    expect(refs(bare)[0]!.code).toBe('ref/gate-threshold');
  });

  it('flags a maxRegression on a gate that compares with nothing, once, at its key', () => {
    const ignored = replaceOnce(
      BASE,
      '{metric: error_rate, max: 0.01}',
      '{metric: error_rate, max: 0.01, maxRegression: 5%}',
    );
    expect(refs(ignored)).toMatchObject([{ code: 'ref/gate-field', ...positionOf(ignored, 'maxRegression') }]);
    // Alone, it is that one error, not also "no threshold".
    const alone = replaceOnce(BASE, '{metric: error_rate, max: 0.01}', '{metric: error_rate, maxRegression: 5%}');
    expect(refs(alone).map((d) => d.code)).toEqual(['ref/gate-field']);
    expect(refs(alone)[0]!.hint).toContain('`compare: week-over-week`');
  });

  it('flags week-over-week without a tolerated regression and baseline without a control query', () => {
    const wow = replaceOnce(BASE, 'compare: week-over-week, maxRegression: 5%', 'compare: week-over-week');
    expect(refs(wow)[0]!.code).toBe('ref/gate-threshold');
    const base = replaceOnce(BASE, 'compare: week-over-week', 'compare: baseline');
    expect(refs(base)[0]!.code).toBe('ref/gate-baseline');
  });

  it('flags flag fields on a non-flag step and a migration step without a migration', () => {
    const text = replaceOnce(BASE, '        kind: binary\n', '        kind: binary\n        flag: demo\n');
    expect(refs(text)[0]).toMatchObject({ code: 'ref/step-field', ...positionOf(text, 'flag: demo') });
    const migration = replaceOnce(BASE, '        kind: binary\n', '        kind: migration\n');
    expect(refs(migration)[0]!.code).toBe('ref/migration-step');
  });

  it('flags a ramp that goes down, and freezes with impossible dates', () => {
    const ramp = replaceOnce(BASE, '[{percent: 25}, {percent: 50}', '[{percent: 50}, {percent: 25}');
    expect(refs(ramp)[0]).toMatchObject({ code: 'ref/ramp-order', ...positionOf(ramp, '25}') });
    const freeze = replaceOnce(
      BASE,
      'escalation:',
      'freezes:\n  - {name: x, from: 2026-02-30, to: 2026-01-01, reason: r}\nescalation:',
    );
    expect(refs(freeze).map((d) => d.code)).toEqual(['ref/bad-date']);
    const reversed = replaceOnce(
      BASE,
      'escalation:',
      'freezes:\n  - {name: x, from: 2026-03-02, to: 2026-01-01, reason: r}\nescalation:',
    );
    expect(refs(reversed).map((d) => d.code)).toEqual(['ref/freeze-when']);
  });

  it('flags a sign-off count larger than the named users', () => {
    const text = replaceOnce(
      BASE,
      '{signoff: ["@your-team/approvers"], count: 1}\n  - id: production',
      '{signoff: ["@ann", "@bob"], count: 3}\n  - id: production',
    );
    expect(refs(text)[0]).toMatchObject({ code: 'ref/signoff-count', ...positionOf(text, '3}') });
  });
});

describe('thresholds that contradict each other', () => {
  // The scaffold's gates: error_rate (a negative signal, lower is better) and success_rate (positive).
  const STAGING_GATE = '{metric: error_rate, max: 0.01}\n  - id: canary';
  const CANARY_GATE = '{metric: success_rate, min: 0.99, rollbackAt: 0.95}';
  const withStaging = (gate: string) => replaceOnce(BASE, STAGING_GATE, `${gate}\n  - id: canary`);
  const order = (text: string) => refs(text).filter((d) => d.code === 'ref/threshold-order');

  it.each([
    ['min above max', '{metric: error_rate, max: 0.01, min: 0.02}', 'min', 'no reading can pass'],
    [
      'rollbackAt below max where lower is better',
      '{metric: error_rate, max: 0.01, rollbackAt: 0.005}',
      'rollbackAt',
      'a reading between them passes `max` and still rolls back',
    ],
    [
      'rollbackAt below min where lower is better',
      '{metric: error_rate, min: 0.02, rollbackAt: 0.01}',
      'rollbackAt',
      'every reading fails `min` or rolls back',
    ],
    [
      'rollbackAt above min where higher is better',
      '{metric: success_rate, min: 0.99, rollbackAt: 0.995}',
      'rollbackAt',
      'a reading between them passes `min` and still rolls back',
    ],
    [
      'rollbackAt above max where higher is better',
      '{metric: success_rate, max: 0.9, rollbackAt: 0.95}',
      'rollbackAt',
      'every reading fails `max` or rolls back',
    ],
  ])('flags %s, at the value that contradicts', (_, gate, key, words) => {
    const text = withStaging(gate);
    const [finding, ...rest] = order(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject(positionOf(text, gate, 1, gate.indexOf(`${key}: `) + `${key}: `.length));
    expect(finding!.message).toContain(words);
  });

  it('offers the two values swapped when that is what makes sense', () => {
    const [finding] = order(withStaging('{metric: error_rate, max: 0.01, rollbackAt: 0.005}'));
    expect(finding!.hint).toBe('if they are the wrong way round: `max: 0.005`, `rollbackAt: 0.01`');
    const [band] = order(withStaging('{metric: error_rate, max: 0.01, min: 0.02}'));
    expect(band!.hint).toBe('if they are the wrong way round: `min: 0.01`, `max: 0.02`');
  });

  it('reads which way is good from `direction` before the signal', () => {
    // success_rate is a positive signal; with `direction: lower-is-better` a rollback above max is the consistent way.
    const flipped = replaceOnce(
      BASE,
      '    signal: positive\n',
      '    signal: positive\n    direction: lower-is-better\n',
    );
    const consistent = replaceOnce(flipped, CANARY_GATE, '{metric: success_rate, max: 0.99, rollbackAt: 0.995}');
    expect(order(consistent)).toEqual([]);
    const contradicting = replaceOnce(flipped, CANARY_GATE, '{metric: success_rate, max: 0.99, rollbackAt: 0.95}');
    expect(order(contradicting).map((d) => d.message)).toEqual([
      '`rollbackAt: 0.95` is below `max: 0.99`: for success_rate, where lower is better, a reading between them passes `max` and still rolls back',
    ]);
  });

  it.each([
    ['equal thresholds', '{metric: error_rate, max: 0.01, min: 0.01, rollbackAt: 0.01}'],
    ['a rollback beyond the fail threshold', '{metric: error_rate, min: 0, max: 0.01, rollbackAt: 0.05}'],
    [
      'a regression gate with a rollback threshold',
      '{metric: error_rate, compare: week-over-week, maxRegression: 5%, rollbackAt: 0.05}',
    ],
  ])('accepts %s', (_, gate) => {
    expect(order(withStaging(gate))).toEqual([]);
  });

  it('checks only min against max for a metric missing from the catalogue (the unknown name is the error)', () => {
    const unknown = refs(withStaging('{metric: eror_rate, max: 0.01, rollbackAt: 0.005}')).map((d) => d.code);
    expect(unknown).toEqual(['ref/unknown-metric']);
    expect(order(withStaging('{metric: eror_rate, max: 0.01, min: 0.02}')).length).toBe(1);
  });
});
