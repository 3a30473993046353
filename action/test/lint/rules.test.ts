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
  ],
  'blast-radius': [
    {
      name: 'starts in production-like environment',
      text: replaceOnce(BASE, 'environment: staging', 'environment: canary'),
      at: { needle: 'environment: canary', offset: 13 },
    },
    {
      name: 'no canary before broad production',
      text: replaceOnce(replaceOnce(BASE, 'environment: canary', 'environment: production'), '    audience: 5%\n', ''),
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
      at: { needle: '- id: canary', offset: 6 },
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
  });
});
