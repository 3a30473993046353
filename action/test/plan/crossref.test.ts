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
