import { describe, expect, it } from 'vitest';
import { type BasePlan, detectRollout, parseMarkers } from '../../src/gates/detect.ts';
import { matchesGlob } from '../../src/gates/glob.ts';
import { checkoutPlan, planWith } from './helpers.ts';

const checkout: BasePlan = { file: 'playbooks/checkout.rollout.yaml', plan: checkoutPlan() };
const other: BasePlan = { file: 'playbooks/demo.rollout.yaml', plan: planWith([]) };
const plans = [checkout, other];

describe('which PRs are rollout PRs', () => {
  it('a PR that changes nothing of a plan is not one', () => {
    expect(detectRollout({ body: 'Fix a typo' }, ['README.md'], plans)).toEqual({ rollouts: [], unknownPlans: [] });
  });

  it('a PR that changes the plan file is one, and is judged by the base plan', () => {
    const { rollouts } = detectRollout({}, ['./playbooks/checkout.rollout.yaml'], plans, {
      currentPhases: { 'checkout-v2': 'staging' },
    });
    expect(rollouts).toHaveLength(1);
    expect(rollouts[0]).toMatchObject({
      plan: 'checkout-v2',
      triggers: ['plan-file'],
      planChanged: true,
      target: 'canary',
      targetBy: 'checklist',
    });
  });

  it('a PR that changes a file under a phase path promotes into that phase', () => {
    const { rollouts } = detectRollout({}, ['flags/canary/eu/checkout.yaml'], plans);
    expect(rollouts[0]).toMatchObject({
      triggers: ['paths'],
      pathPhases: ['canary'],
      target: 'canary',
      targetBy: 'paths',
    });
  });

  it('several phases touched: judged as the furthest, with a note', () => {
    const { rollouts } = detectRollout({}, ['flags/staging/a.yaml', 'flags/production/b.yaml'], plans);
    expect(rollouts[0]?.target).toBe('production');
    expect(rollouts[0]?.problems[0]).toContain('several phases (staging, production)');
  });

  it('a plan label makes it one; the phase comes from the checklist state', () => {
    const labels = ['rollbook:plan/checkout-v2'];
    expect(
      detectRollout({ labels }, [], plans, { currentPhases: { 'checkout-v2': 'canary' } }).rollouts[0],
    ).toMatchObject({
      triggers: ['label'],
      target: 'production',
      targetBy: 'checklist',
    });
    expect(detectRollout({ labels }, [], plans, { currentPhases: { 'checkout-v2': null } }).rollouts[0]?.target).toBe(
      'staging',
    );
  });

  it('the label prefix is configurable', () => {
    const { rollouts } = detectRollout({ labels: ['ship:plan/checkout-v2'] }, [], plans, { labelPrefix: 'ship' });
    expect(rollouts.map((r) => r.plan)).toEqual(['checkout-v2']);
  });

  it('a body marker names plan and phase', () => {
    const body = 'Ramp checkout.\n\nRollbook-Promote: checkout-v2/canary\n';
    expect(detectRollout({ body }, [], plans).rollouts[0]).toMatchObject({
      triggers: ['marker'],
      target: 'canary',
      targetBy: 'marker',
      problems: [],
    });
  });

  it('a phase label names the phase', () => {
    const labels = ['rollbook:plan/checkout-v2', 'rollbook:phase/production'];
    expect(detectRollout({ labels }, [], plans).rollouts[0]).toMatchObject({
      target: 'production',
      targetBy: 'phase-label',
    });
  });

  it('the marker wins over the paths when it names a later phase', () => {
    const body = 'Rollbook-Promote: checkout-v2/production';
    expect(detectRollout({ body }, ['flags/canary/x.yaml'], plans).rollouts[0]).toMatchObject({
      target: 'production',
      targetBy: 'marker',
    });
  });

  it('a marker cannot pick easier gates than the changed files imply', () => {
    const body = 'Rollbook-Promote: checkout-v2/canary';
    const match = detectRollout({ body }, ['flags/production/x.yaml'], plans).rollouts[0];
    expect(match).toMatchObject({ target: 'production', targetBy: 'paths' });
    expect(match?.problems[0]).toContain('the marker names canary, but the changed files belong to production');
  });

  it('a marker naming a phase that does not exist is a problem, not a guess', () => {
    const match = detectRollout({ body: 'Rollbook-Promote: checkout-v2/prod' }, [], plans).rollouts[0];
    expect(match?.target).toBeUndefined();
    expect(match?.problems[0]).toContain('phases: staging, canary, production');
  });

  it('without any way to tell the phase, says how to fix it', () => {
    const match = detectRollout({ labels: ['rollbook:plan/checkout-v2'] }, [], plans).rollouts[0];
    expect(match?.target).toBeUndefined();
    expect(match?.problems).toEqual([
      'cannot tell which phase this PR promotes to: add a line `Rollbook-Promote: checkout-v2/<phase>` to its description',
    ]);
  });

  it('the last phase has nothing after it', () => {
    const match = detectRollout({ labels: ['rollbook:plan/checkout-v2'] }, [], plans, {
      currentPhases: { 'checkout-v2': 'production' },
    }).rollouts[0];
    expect(match?.problems[0]).toContain('already in its last phase');
  });

  it('plans named in labels or markers but not on the base branch are reported', () => {
    const detection = detectRollout(
      { body: 'Rollbook-Promote: brand-new/staging', labels: ['rollbook:plan/also-new'] },
      ['playbooks/brand-new.rollout.yaml'],
      plans,
    );
    expect(detection).toEqual({ rollouts: [], unknownPlans: ['also-new', 'brand-new'] });
  });
});

describe('markers', () => {
  it('reads marker lines case-insensitively, one per plan', () => {
    expect(parseMarkers('rollbook-promote:  Checkout-V2/Canary  \r\nRollbook-Promote: demo')).toEqual([
      { plan: 'checkout-v2', phase: 'canary' },
      { plan: 'demo' },
    ]);
  });

  it('ignores markers in code fences, HTML comments and mid-line', () => {
    const body = [
      '```',
      'Rollbook-Promote: checkout-v2/production',
      '```',
      '<!-- Rollbook-Promote: checkout-v2/production -->',
      'See Rollbook-Promote: checkout-v2/production',
    ].join('\n');
    expect(parseMarkers(body)).toEqual([]);
  });
});

describe('globs', () => {
  const cases: [string, string, boolean][] = [
    ['flags/canary/*.yaml', 'flags/canary/a.yaml', true],
    ['flags/canary/*.yaml', 'flags/canary/eu/a.yaml', false],
    ['flags/canary/**', 'flags/canary/eu/a.yaml', true],
    ['flags/**/*.yaml', 'flags/a.yaml', true],
    ['flags/**/*.yaml', 'flags/x/y/a.yaml', true],
    ['**/checkout.yaml', 'checkout.yaml', true],
    ['config/{eu,us}/*.json', 'config/us/a.json', true],
    ['config/{eu,us}/*.json', 'config/ap/a.json', false],
    ['config/region-?.json', 'config/region-1.json', true],
    ['config/[ab].json', 'config/b.json', true],
    ['config/[!ab].json', 'config/b.json', false],
    ['./a.txt', 'a.txt', true],
    ['/a.txt', 'a.txt', true],
    ['a.txt', './a.txt', true],
    ['a.txt', 'a_txt', false],
    ['a+b(c).txt', 'a+b(c).txt', true],
    ['flags/*', 'flags/.env', true],
    ['**/*.yaml', '.github/rollout.yaml', true],
    ['config/{eu', 'config/{eu', true],
  ];
  it.each(cases)('%s ~ %s = %s', (glob, path, expected) => {
    expect(matchesGlob(path, glob)).toBe(expected);
  });

  it('anchors the whole path', () => {
    expect(matchesGlob('dir/a.yaml', '*.yaml')).toBe(false);
    expect(matchesGlob('a.yaml.bak', '*.yaml')).toBe(false);
  });
});
