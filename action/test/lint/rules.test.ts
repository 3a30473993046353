import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { MAX_METRICS_PER_PHASE } from '../../src/lint/rules/metrics-per-phase.ts';
import { RULES } from '../../src/lint/rules.ts';
import { checkText } from '../helpers/lint-plan.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', '../action/schema/rollout-plan.schema.json');

interface Case {
  name: string;
  text: string;
  /** Where the finding must point: the start of `needle` (+ offset) in the mutated text. */
  at: { needle: string; offset?: number; occurrence?: number };
}

const many = Array.from({ length: MAX_METRICS_PER_PHASE + 1 }, (_, i) => i);
const manyMetrics = many.map((i) => `  m${i}: {provider: prometheus, query: "q${i}", signal: negative}\n`).join('');
const manyGates = many.map((i) => `      - {metric: m${i}, max: 1}\n`).join('');

/** The scaffold without its readiness section (the last part of it). */
const NO_READINESS = BASE.slice(0, BASE.indexOf('readiness:\n'));
const PART_READINESS = replaceOnce(
  BASE,
  BASE.slice(BASE.indexOf('  scalability:\n'), BASE.indexOf('  monitoring:\n')),
  '',
);

const CASES: Record<string, Case[]> = {
  'step-rollback': [
    {
      name: 'missing',
      text: replaceOnce(BASE, '        rollback: Redeploy the previous version.\n', ''),
      at: { needle: '- id: deploy', offset: 6 },
    },
    {
      name: 'says none',
      text: replaceOnce(BASE, 'rollback: Redeploy the previous version.', 'rollback: n/a'),
      at: { needle: 'n/a' },
    },
  ],
  'phase-gate': [
    {
      name: 'no gates',
      text: replaceOnce(
        BASE,
        '    gates:\n      - {check: integration-tests}\n      - {metric: error_rate, max: 0.01}\n',
        '',
      ),
      at: { needle: '- id: staging', offset: 6 },
    },
  ],
  'phase-bake': [
    { name: 'no bake', text: replaceOnce(BASE, '    bake: 24h\n', ''), at: { needle: '- id: staging', offset: 6 } },
    { name: 'zero bake', text: replaceOnce(BASE, 'bake: 24h', 'bake: 0m'), at: { needle: '0m' } },
  ],
  'rollback-rehearsal': [
    {
      name: 'no rehearsal',
      text: replaceOnce(
        BASE,
        '    rehearsal: Turn the flag off and on again, and redeploy the previous version once.\n',
        '',
      ),
      at: { needle: '- id: staging', offset: 6 },
    },
  ],
  'metric-signals': [
    {
      name: 'no positive signal',
      text: replaceOnce(BASE, '    unit: ratio\n    signal: positive', '    unit: ratio\n    signal: negative'),
      at: { needle: 'metrics:' },
    },
  ],
  'phase-watches-both': [
    {
      name: 'canary gates no positive metric',
      text: replaceOnce(BASE, '      - {metric: success_rate, min: 0.99, rollbackAt: 0.95}\n', ''),
      at: { needle: '    gates:', offset: 4, occurrence: 2 },
    },
  ],
  'flag-dark-launch': [
    {
      name: 'ships on',
      text: replaceOnce(BASE, 'default: off', 'default: on'),
      at: { needle: 'default: on', offset: 9 },
    },
  ],
  'flag-first-ramp': [
    {
      name: 'canary starts at 100%',
      text: replaceOnce(BASE, '{percent: 1, cohort: employees}', '{percent: 100, cohort: employees}'),
      at: { needle: 'percent: 100, cohort: employees', offset: 9 },
    },
    {
      name: 'canary starts at 100% of users, unit stated',
      text: replaceOnce(BASE, '{percent: 1, cohort: employees}', '{percent: 100, of: users, cohort: employees}'),
      at: { needle: 'percent: 100, of: users', offset: 9 },
    },
    {
      name: 'canary starts at 100% of its targets, whose size the plan does not give',
      text: replaceOnce(
        replaceOnce(BASE, '{percent: 1, cohort: employees}', '{percent: 100, of: targets, cohort: shard 07}'),
        '    audience: 5% of users\n',
        '    targets: [shard-07]\n',
      ),
      at: { needle: 'percent: 100, of: targets', offset: 9 },
    },
  ],
  'irreversible-roll-forward': [
    {
      name: 'irreversible step without a roll-forward plan',
      text: replaceOnce(
        BASE,
        '        rollback: Set the flag to 0%.\n',
        '        irreversible: The feature gate goes GA and cannot be disabled.\n',
      ),
      at: { needle: 'The feature gate goes GA' },
    },
    {
      name: 'irreversible staging step without a sign-off gate',
      text: replaceOnce(
        BASE,
        '        rollback: Redeploy the previous version.\n',
        '        irreversible: true\n        rollForward: {do: Ship a fixed build.}\n',
      ),
      at: { needle: 'irreversible: true', offset: 14 },
    },
    {
      name: 'irreversible phase without a roll-forward plan',
      text: replaceOnce(BASE, '    audience: 5% of users\n', '    audience: 5% of users\n    irreversible: true\n'),
      at: { needle: 'irreversible: true', offset: 14 },
    },
  ],
  'blast-radius': [
    {
      name: 'starts in production-like environment',
      text: replaceOnce(BASE, 'environment: staging', 'environment: canary'),
      at: { needle: 'environment: canary', offset: 13 },
    },
    {
      name: 'no canary before broad production',
      text: replaceOnce(
        replaceOnce(BASE, 'environment: canary', 'environment: production'),
        '    audience: 5% of users\n',
        '',
      ),
      at: { needle: 'environment: production', offset: 13 },
    },
  ],
  'production-signoff': [
    {
      name: 'canary without sign-off',
      text: replaceOnce(
        BASE,
        '      - {metric: success_rate, min: 0.99, rollbackAt: 0.95}\n      - {signoff: ["@your-team/approvers"], count: 1}\n',
        '      - {metric: success_rate, min: 0.99, rollbackAt: 0.95}\n',
      ),
      // At the phase's gates, where one is added (the second `gates:`, the canary's).
      at: { needle: '    gates:', offset: 4, occurrence: 2 },
    },
  ],
  'production-readiness': [
    {
      name: 'a plan reaching production without a readiness section',
      text: NO_READINESS,
      at: { needle: 'environment: production', offset: 'environment: '.length },
    },
    {
      name: 'a readiness section that skips scalability, troubleshooting and dependencies',
      text: PART_READINESS,
      at: { needle: 'environment: production', offset: 'environment: '.length },
    },
  ],
  'signoff-not-author': [
    {
      name: 'author approves alone',
      text: replaceOnce(
        BASE,
        '      - {signoff: ["@your-team/approvers"], count: 1}\n  - id: production',
        '      - {signoff: ["@you"], count: 1}\n  - id: production',
      ),
      at: { needle: '["@you"]' },
    },
  ],
  'breaking-deprecation': [
    {
      name: 'breaking without stages',
      text: replaceOnce(BASE, 'breaking: false', 'breaking: true'),
      at: { needle: 'breaking: true', offset: 10 },
    },
  ],
  'migration-safety': [
    {
      name: 'bare migration',
      text: replaceOnce(
        BASE,
        '  breaking: false\n',
        '  breaking: false\n  migrations:\n    - {id: move-rows, description: Copy rows}\n',
      ),
      at: { needle: 'move-rows' },
    },
  ],
  'metric-window-bake': [
    {
      name: 'window longer than bake',
      text: replaceOnce(BASE, '    signal: negative\n    window: 5m', '    signal: negative\n    window: 2d'),
      at: { needle: '{metric: error_rate, max: 0.01}', offset: 9 },
    },
  ],
  'ratio-threshold': [
    {
      name: 'a percentage written where a fraction of 1 belongs',
      text: replaceOnce(BASE, '{metric: success_rate, min: 0.99}', '{metric: success_rate, min: 99}'),
      at: { needle: 'min: 99', offset: 5 },
    },
    {
      name: 'a rollback threshold below zero',
      text: replaceOnce(BASE, 'max: 0.01, rollbackAt: 0.05', 'max: 0.01, rollbackAt: -0.05'),
      at: { needle: '-0.05' },
    },
  ],
  'metrics-per-phase': [
    {
      name: 'too many metrics',
      text: replaceOnce(
        replaceOnce(BASE, 'metrics:\n', `metrics:\n${manyMetrics}`),
        '      - {metric: success_rate, min: 0.99}\n',
        `      - {metric: success_rate, min: 0.99}\n${manyGates}`,
      ),
      at: { needle: '    gates:', offset: 4, occurrence: 3 },
    },
  ],
  'freeze-landing': [
    {
      name: 'canary would start inside a dated freeze',
      // The rollout starts Monday 2026-11-23 (see checkText); staging bakes a day, so canary would start on the 24th.
      text: replaceOnce(
        BASE,
        'escalation:',
        'freezes:\n  - {name: launch-week, from: 2026-11-24, to: 2026-11-30, reason: Launch week for the new app}\nescalation:',
      ),
      at: { needle: '- id: canary', offset: 6 },
    },
  ],
  deadline: [
    {
      name: 'the projection finishes after finishBefore',
      // From Monday 2026-11-23: staging bakes 24h, canary 48h, so production cannot finish before the 26th.
      text: replaceOnce(BASE, 'escalation:', 'schedule:\n  finishBefore: 2026-11-25T12:00Z\nescalation:'),
      at: { needle: '2026-11-25T12:00Z' },
    },
    {
      name: 'change windows leave no start within a year',
      text: replaceOnce(
        BASE,
        'escalation:',
        'schedule:\n  finishBefore: 2027-12-01\n  windows: [{days: [sat]}]\nescalation:',
      ),
      at: { needle: '2027-12-01' },
    },
  ],
  'kpi-measurable': [
    {
      name: 'a reviewed KPI expects free text',
      text: replaceOnce(
        BASE,
        'expect: ">= 99.5%", metric: success_rate}',
        'expect: "much better", metric: success_rate, reviewAfter: 4w}',
      ),
      at: { needle: '"much better"' },
    },
    {
      name: 'a percentage against a metric without a unit',
      text: replaceOnce(
        replaceOnce(BASE, 'metric: success_rate}', 'metric: success_rate, reviewAfter: 4w}'),
        '    unit: ratio\n    signal: positive',
        '    signal: positive',
      ),
      at: { needle: '">= 99.5%"' },
    },
  ],
  'story-numbers': [
    {
      name: 'size without numbers',
      text: replaceOnce(
        BASE,
        'size: How big it is, in numbers (e.g. 2.1% of requests fail, 14,000 a day).',
        'size: Quite big.',
      ),
      at: { needle: 'Quite big.' },
    },
  ],
  'ramp-stages': [
    {
      name: 'a stage that neither holds nor pauses',
      text: replaceOnce(
        BASE,
        '    bake: 48h\n',
        '    stages:\n      - {percent: 1}\n      - {percent: 5}\n    bake: 48h\n',
      ),
      at: { needle: '{percent: 1}' },
    },
    {
      name: 'a stage that stays at the same share',
      text: replaceOnce(
        BASE,
        '    bake: 48h\n',
        '    stages:\n      - {percent: 5, hold: 10m}\n      - {percent: 5, pause: Look at the dashboard}\n      - {percent: 5}\n    bake: 48h\n',
      ),
      at: { needle: '5, pause', offset: 0 },
    },
    {
      name: "the last stage short of the phase's audience",
      text: replaceOnce(
        BASE,
        '    bake: 48h\n',
        '    stages:\n      - {percent: 1, hold: 10m}\n      - {percent: 2}\n    bake: 48h\n',
      ),
      at: { needle: '2}' },
    },
  ],
  'waiver-reason': [
    {
      name: 'placeholder reason',
      text: `${BASE}waive:\n  - {rule: story-numbers, reason: n/a}\n`,
      at: { needle: 'reason: n/a', offset: 8 },
    },
  ],
};

describe('policy rules', () => {
  it('has at least 12 rules, each with a test case', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(12);
    for (const rule of RULES) expect(Object.keys(CASES), rule.id).toContain(rule.id);
  });

  it('stays quiet on the scaffold plan (every rule)', () => {
    expect(checkText(BASE)).toEqual([]);
  });

  for (const [ruleId, cases] of Object.entries(CASES)) {
    for (const c of cases) {
      it(`${ruleId} fires: ${c.name}, at the right line:col`, () => {
        const found = checkText(c.text).filter((d) => d.code === ruleId);
        expect(found.length, JSON.stringify(checkText(c.text), null, 1)).toBeGreaterThanOrEqual(1);
        const want = positionOf(c.text, c.at.needle, c.at.occurrence ?? 1, c.at.offset ?? 0);
        expect(found.map((d) => ({ line: d.line, column: d.column }))).toContainEqual(want);
        for (const d of found) {
          expect(d.message.length).toBeGreaterThan(10);
          expect(d.expected, `${ruleId} says what was expected`).toBeTruthy();
          expect(d.hint, `${ruleId} offers a hint`).toBeTruthy();
        }
      });
      it(`${ruleId} can be turned off in config: ${c.name}`, () => {
        expect(checkText(c.text, { [ruleId]: 'off' }).filter((d) => d.code === ruleId)).toEqual([]);
      });
    }
  }

  it('step-rollback accepts a read-only test step without a rollback', () => {
    const text = replaceOnce(
      BASE,
      '        kind: binary\n        do: Deploy the new version with the flag off.\n        rollback: Redeploy the previous version.\n',
      '        kind: test\n        do: Run the smoke tests against staging.\n',
    );
    expect(checkText(text)).toEqual([]);
  });

  // What a percentage is of: a first stage is sized on the whole population (ADR 30).
  const firstStage = (stage: string, phaseLines: string) =>
    replaceOnce(
      replaceOnce(BASE, '[{percent: 1, cohort: employees}, {percent: 5, cohort: all users}]', `[${stage}]`),
      '    audience: 5% of users\n',
      phaseLines,
    );
  it.each([
    [
      '100% of one cell carrying 6% of traffic',
      '{percent: 100, of: targets}',
      '    targets: [{name: shard-07, kind: cell, share: 6%}]\n',
      [],
    ],
    [
      '100% of the targets of a phase with a 6% audience',
      '{percent: 100, of: targets}',
      '    audience: 6% of requests\n    targets: [shard-07]\n',
      [],
    ],
    [
      '100% of targets that add up to everyone',
      '{percent: 100, of: targets}',
      '    targets: [{name: eu, kind: region, share: 60%}, {name: us, kind: region, share: 40%}]\n',
      ['flag-first-ramp'],
    ],
    ['a bare 100% in a 6% phase still counts everyone', '{percent: 100}', '    audience: 6%\n', ['flag-first-ramp']],
    ['1% of installs', '{percent: 1, of: installs}', '    audience: 1% of installs\n', []],
    [
      'an audience unit is the stage default: 100% of targets',
      '{percent: 100}',
      '    audience: 100% of cells\n',
      ['flag-first-ramp'],
    ],
  ])('flag-first-ramp on %s', (_name, stage, phaseLines, codes) => {
    expect(
      checkText(firstStage(stage, phaseLines))
        .filter((d) => d.code === 'flag-first-ramp' || d.severity === 'error')
        .map((d) => d.code),
    ).toEqual(codes);
  });

  it('structured targets with their shares size a canary for blast-radius', () => {
    const production = replaceOnce(
      replaceOnce(BASE, 'environment: canary', 'environment: production'),
      '    audience: 5% of users\n',
      '    targets:\n      - {name: shard-07, kind: cell, share: 6%}\n      - {name: wave-1, kind: wave, includes: [eu-west-1]}\n',
    );
    // wave-1 gives no share: the phase's size is unknown, so it is broad production with no canary first.
    expect(checkText(production).map((d) => d.code)).toContain('blast-radius');
    const sized = replaceOnce(production, '{name: wave-1, kind: wave,', '{name: wave-1, kind: wave, share: 3%,');
    expect(checkText(sized)).toEqual([]);
  });

  it('an irreversible step with a roll-forward plan and a sign-off needs no rollback', () => {
    const text = replaceOnce(
      BASE,
      '        rollback: Set the flag to 0%.\n',
      '        irreversible: The feature gate goes GA and cannot be disabled.\n        rollForward: {do: Ship a fix behind a new flag., command: deploy --fix}\n',
    );
    expect(checkText(text)).toEqual([]);
  });

  it('a migration step whose migration keeps a backup may be irreversible without a roll-forward plan', () => {
    const withMigration = replaceOnce(
      replaceOnce(
        BASE,
        '  breaking: false\n',
        '  breaking: false\n  migrations:\n    - {id: drop-col, description: Drop the old column, throttle: 1 table, mixedState: Nothing reads it, backup: {what: A snapshot, keepFor: 7d}}\n',
      ),
      '      - id: ramp\n        kind: flag\n        flag: demo\n        ramp: [{percent: 1, cohort: employees}, {percent: 5, cohort: all users}]\n        do: Ramp the flag to employees, then 5% of users.\n        rollback: Set the flag to 0%.\n',
      '      - id: ramp\n        kind: flag\n        flag: demo\n        ramp: [{percent: 1, cohort: employees}, {percent: 5, cohort: all users}]\n        do: Ramp the flag to employees, then 5% of users.\n        rollback: Set the flag to 0%.\n      - id: drop\n        kind: migration\n        migration: drop-col\n        do: Drop the column.\n        irreversible: The column is gone.\n',
    );
    expect(checkText(withMigration)).toEqual([]);
    const noBackup = replaceOnce(withMigration, ', backup: {what: A snapshot, keepFor: 7d}', '');
    const found = checkText(noBackup, { 'migration-safety': 'off' });
    expect(found.map((d) => d.code)).toEqual(['irreversible-roll-forward']);
    expect(found[0]!.expected).toContain('backup');
  });

  it('production-readiness: a warning by default, an error or nothing as configured, and says what is missing', () => {
    const rule = (severities?: Record<string, 'error' | 'warning' | 'off'>) =>
      checkText(PART_READINESS, severities).filter((d) => d.code === 'production-readiness');
    expect(rule().map((d) => d.severity)).toEqual(['warning']);
    expect(rule()[0]!.message).toBe(
      'phase "production" goes to production, and the plan\'s readiness does not cover scalability, troubleshooting or dependencies',
    );
    expect(rule({ 'production-readiness': 'error' }).map((d) => d.severity)).toEqual(['error']);
    expect(rule({ 'production-readiness': 'off' })).toEqual([]);
    const noProduction = NO_READINESS.replace('environment: production', 'environment: canary');
    expect(checkText(noProduction).filter((d) => d.code === 'production-readiness')).toEqual([]);
  });

  it('readiness monitoring may only name metrics from the catalogue', () => {
    const text = replaceOnce(BASE, 'metrics: [success_rate, error_rate]', 'metrics: [success_rate, eror_rate]');
    const [d, ...rest] = checkText(text).filter((x) => x.code === 'ref/unknown-metric');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ ...positionOf(text, 'eror_rate'), severity: 'error' });
    expect(d!.hint).toBe('did you mean "error_rate"?');
  });

  it('a gate on a metric missing from the catalogue is that one error, not also a phase watching no signal', () => {
    const text = replaceOnce(
      BASE,
      '      - {metric: success_rate, min: 0.99, rollbackAt: 0.95}',
      '      - {metric: succes_rate, min: 0.99, rollbackAt: 0.95}',
    );
    expect(checkText(text).map((d) => `${d.code} ${d.line}`)).toEqual([
      `ref/unknown-metric ${positionOf(text, 'succes_rate').line}`,
    ]);
    // With the name right but its signal wrong, the rule does speak.
    const negative = replaceOnce(
      BASE,
      '    unit: ratio\n    signal: positive',
      '    unit: ratio\n    signal: negative',
    );
    expect(checkText(negative).map((d) => d.code)).toContain('phase-watches-both');
  });

  it('ratio-threshold offers the fraction a percentage meant, and leaves other units and 0 to 1 alone', () => {
    const [percent] = checkText(CASES['ratio-threshold']![0]!.text).filter((d) => d.code === 'ratio-threshold');
    expect(percent).toMatchObject({
      severity: 'warning',
      message: '`min: 99` on "success_rate", a ratio, is 9900%',
      hint: 'did you mean `min: 0.99` (99%)?',
    });
    const [negative] = checkText(CASES['ratio-threshold']![1]!.text).filter((d) => d.code === 'ratio-threshold');
    expect(negative!.hint).toBe('write it as a fraction of 1, or give "error_rate" the unit its values are in');
    const milliseconds = replaceOnce(
      replaceOnce(BASE, '    unit: ratio\n    signal: positive', '    unit: ms\n    signal: positive'),
      '{metric: success_rate, min: 0.99}',
      '{metric: success_rate, min: 99}',
    );
    expect(checkText(milliseconds).filter((d) => d.code === 'ratio-threshold')).toEqual([]);
    const edges = replaceOnce(BASE, '{metric: success_rate, min: 0.99}', '{metric: success_rate, min: 0, max: 1}');
    expect(checkText(edges).filter((d) => d.code === 'ratio-threshold')).toEqual([]);
  });

  it('config can lower a rule to a warning', () => {
    const text = CASES['phase-bake']![0]!.text;
    const found = checkText(text, { 'phase-bake': 'warning' }).filter((d) => d.code === 'phase-bake');
    expect(found.map((d) => d.severity)).toEqual(['warning']);
  });

  it('a waiver with a reason silences a rule, scoped to its phases', () => {
    const text = CASES['phase-bake']![0]!.text;
    const waived = `${text}waive:\n  - {rule: phase-bake, phases: [staging], reason: "Staging is rebuilt nightly, so nothing can bake there"}\n`;
    expect(checkText(waived)).toEqual([]);
    const otherPhase = `${text}waive:\n  - {rule: phase-bake, phases: [canary], reason: "Staging is rebuilt nightly, so nothing can bake there"}\n`;
    expect(checkText(otherPhase).map((d) => d.code)).toEqual(['phase-bake']);
    const lowered = `${text}waive:\n  - {rule: phase-bake, severity: warning, reason: "Staging is rebuilt nightly, so nothing can bake there"}\n`;
    expect(checkText(lowered).map((d) => `${d.code}:${d.severity}`)).toEqual(['phase-bake:warning']);
  });

  it('a waiver naming an unknown rule is an error with a suggestion', () => {
    const text = `${BASE}waive:\n  - {rule: phase-bak, reason: Staging is rebuilt nightly so it never bakes}\n`;
    const [d] = checkText(text).filter((x) => x.code === 'ref/unknown-rule');
    expect(d).toMatchObject({ ...positionOf(text, 'phase-bak,'), severity: 'error' });
    expect(d!.hint).toContain('"phase-bake"');
    // A word of a rule's id names the rules that have it.
    const worded = `${BASE}waive:\n  - {rule: bake, reason: Staging is rebuilt nightly so it never bakes}\n`;
    const [w] = checkText(worded).filter((x) => x.code === 'ref/unknown-rule');
    expect(w!.hint).toBe('rules about bake: phase-bake, metric-window-bake');
  });
});
