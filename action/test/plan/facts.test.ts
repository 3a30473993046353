// The plan facts other modules reason on (ADR 30): what an audience counts, how much of the whole
// population a phase and a ramp stage reach, and what in a phase cannot be undone.
import { describe, expect, it } from 'vitest';
import {
  parseAudience,
  phaseExposure,
  phaseUnits,
  rampExposure,
  rampText,
  targetLabel,
} from '../../src/plan/audience.ts';
import { irreversibleParts, phaseResponse, rollForwardLines } from '../../src/plan/reversibility.ts';
import type { Phase, RampStage, RolloutPlan, Target } from '../../src/plan/schema.ts';

const phase = (extra: Partial<Phase> = {}): Phase => ({
  id: 'p',
  title: 'P',
  environment: 'production',
  strategy: 'rolling',
  steps: [{ id: 's', kind: 'binary', do: 'Deploy', rollback: 'Undo' }],
  ...extra,
});
const cell = (name: string, share?: string): Target => ({ name, kind: 'cell', ...(share ? { share } : {}) });

describe('audience', () => {
  it.each<[string, ReturnType<typeof parseAudience>]>([
    ['10%', { percent: 10 }],
    ['12.5% of users', { percent: 12.5, unit: 'users' }],
    ['1% of installs', { percent: 1, unit: 'installs' }],
    ['10 percent', undefined],
  ])('parses %s', (text, fact) => {
    expect(parseAudience(text)).toEqual(fact);
  });

  it.each<[string, Partial<Phase>, number | undefined]>([
    ['an audience', { audience: '5% of requests' }, 5],
    ['a bare audience', { audience: '5%' }, 5],
    ['structured targets with shares', { targets: [cell('a', '2%'), cell('b', '4%')] }, 6],
    ['shares add up to at most everyone', { targets: [cell('a', '70%'), cell('b', '60%')] }, 100],
    ['a target without a share leaves the phase unsized', { targets: [cell('a', '2%'), cell('b')] }, undefined],
    ['plain targets say nothing of size', { targets: ['shard 07'] }, undefined],
    ['an audience of requests wins over target shares', { audience: '9% of requests', targets: [cell('a', '2%')] }, 9],
    ['target shares win over a share of cells', { audience: '50% of cells', targets: [cell('a', '6%')] }, 6],
    ['a share of regions without target shares stands', { audience: '10% of regions' }, 10],
    ['nothing given', {}, undefined],
  ])('exposure from %s', (_name, extra, exposure) => {
    expect(phaseExposure(phase(extra))).toBe(exposure);
  });

  it.each<[string, Partial<Phase>, RampStage, { of?: string; overall?: number }]>([
    ['a stage counts the whole population by default', { audience: '6%' }, { percent: 100 }, { overall: 100 }],
    [
      'its unit defaults to the audience unit',
      { audience: '6% of users' },
      { percent: 5 },
      { of: 'users', overall: 5 },
    ],
    [
      '100% of a 6% cell',
      { targets: [cell('shard-07', '6%')] },
      { percent: 100, of: 'targets' },
      { of: 'targets', overall: 6 },
    ],
    [
      'half of a 6% audience',
      { audience: '6% of requests' },
      { percent: 50, of: 'targets' },
      { of: 'targets', overall: 3 },
    ],
    ['within targets of unknown size', { targets: ['shard 07'] }, { percent: 100, of: 'targets' }, { of: 'targets' }],
  ])('ramp reach: %s', (_name, extra, stage, reach) => {
    expect(rampExposure(phase(extra), stage)).toEqual({ percent: stage.percent, ...reach });
  });

  it('names targets and stages as people say them, and collects the units a phase states', () => {
    expect(targetLabel('shard 07')).toBe('shard 07');
    expect(targetLabel(cell('shard-07', '6%'))).toBe('cell shard-07: 6%');
    expect(targetLabel({ name: 'wave-2', kind: 'wave', includes: ['eu-west-1', 'eu-central-1'] })).toBe(
      'wave wave-2 (eu-west-1, eu-central-1)',
    );
    expect([rampText({ percent: 5 }), rampText({ percent: 100, of: 'targets' })]).toEqual(['5%', '100% of targets']);
    const ramped = phase({
      audience: '5% of users',
      steps: [
        {
          id: 'f',
          kind: 'flag',
          do: 'Ramp',
          ramp: [
            { percent: 1, of: 'sessions' },
            { percent: 5, of: 'targets' },
          ],
        },
      ],
    });
    expect(phaseUnits(ramped)).toEqual(['users', 'sessions']);
  });
});

describe('reversibility', () => {
  const plan = (prefer: 'rollback' | 'roll-forward' = 'rollback') => ({ policy: { prefer } }) as RolloutPlan;
  const ship = { id: 'ship', kind: 'binary' as const, do: 'Release to the store' };

  it.each<[string, Partial<Phase>, 'rollback' | 'roll-forward', 'roll-back' | 'roll-forward']>([
    ['everything can be undone', {}, 'rollback', 'roll-back'],
    ['the policy prefers rolling forward', {}, 'roll-forward', 'roll-forward'],
    ['a step cannot be undone', { steps: [{ ...ship, irreversible: true }] }, 'rollback', 'roll-forward'],
    ['the phase cannot be undone', { irreversible: 'the gate is GA' }, 'rollback', 'roll-forward'],
    ['`irreversible: false` is reversible', { steps: [{ ...ship, irreversible: false }] }, 'rollback', 'roll-back'],
  ])('the response when %s', (_name, extra, prefer, response) => {
    expect(phaseResponse(plan(prefer), phase(extra))).toBe(response);
  });

  it('lists the phase, then its steps, each with its own plan or else the phase plan', () => {
    const p = phase({
      irreversible: 'the feature gate is GA.',
      rollForward: 'Ship a fix',
      steps: [
        { ...ship, irreversible: 'installed builds stay', rollForward: { do: 'Ship 1.2.1', command: 'fastlane ship' } },
        { id: 'drop', kind: 'migration', do: 'Drop the column', irreversible: true },
        { id: 'ok', kind: 'config', do: 'Set it', rollback: 'Unset it' },
      ],
    });
    expect(irreversibleParts(p)).toEqual([
      { what: 'the feature gate is GA.', rollForward: { do: 'Ship a fix' } },
      {
        step: { id: 'ship', index: 0 },
        what: 'installed builds stay',
        rollForward: { do: 'Ship 1.2.1', command: 'fastlane ship' },
      },
      { step: { id: 'drop', index: 1 }, rollForward: { do: 'Ship a fix' } },
    ]);
    expect(rollForwardLines(p)).toEqual([
      'the phase cannot be undone (the feature gate is GA); roll forward: Ship a fix',
      'step ship cannot be undone (installed builds stay); roll forward: Ship 1.2.1',
      'step drop cannot be undone; roll forward: Ship a fix',
    ]);
    expect(rollForwardLines(phase({ steps: [{ ...ship, irreversible: true }] }))).toEqual([
      'step ship cannot be undone; the plan gives no roll-forward plan',
    ]);
  });
});
