// Issue 12 item 2: ids that are also names of Object.prototype's properties. A plain object
// answers `plan.metrics["constructor"]` with a function, so an undeclared metric passed as
// declared and the gate crashed later. Every id lookup is an own-property lookup.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { CHECKOUT_PLAN_FILE } from '../gates/helpers.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { checkText } from '../helpers/lint-plan.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BUILT_INS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
const BASE = scaffoldPlan('demo', 'schema.json');
const GATE = '{metric: error_rate, max: 0.01}\n  - id: canary';

describe('built-in property names as ids', () => {
  for (const name of BUILT_INS) {
    it(`refuses a gate on the undeclared metric "${name}"`, () => {
      const text = replaceOnce(BASE, GATE, `{metric: "${name}", max: 0.01}\n  - id: canary`);
      const unknown = checkText(text).filter((d) => d.code === 'ref/unknown-metric');
      expect(unknown).toHaveLength(1);
      expect(unknown[0]).toMatchObject({ severity: 'error', ...positionOf(text, `"${name}"`) });
      expect(unknown[0]!.message).toContain(`"${name}"`);
    });
  }

  it('refuses a KPI impact on the undeclared metric "constructor"', () => {
    const text = replaceOnce(BASE, 'metric: success_rate}', 'metric: constructor}');
    const codes = parsePlan(text, 'p.rollout.yaml').diagnostics.map((d) => d.code);
    expect(codes).toContain('ref/unknown-metric');
  });

  it('keeps a metric that is really called "constructor", and a "__proto__" key as plain data', () => {
    const text = replaceOnce(
      replaceOnce(BASE, GATE, `{metric: constructor, max: 0.01}\n  - id: canary`),
      'metrics:\n',
      'metrics:\n  constructor: {provider: prometheus, query: up, signal: negative}\n',
    );
    const parsed = parsePlan(text, 'p.rollout.yaml');
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.plan!.metrics.constructor).toMatchObject({ query: 'up' });
    // The parsed document has no prototype to reach.
    expect(Object.getPrototypeOf(parsed.plan!.metrics)).toBeNull();
    const proto = parsePlan(`${text}x-note: {__proto__: {polluted: true}}\n`, 'p.rollout.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(proto.diagnostics.some((d) => d.code.startsWith('schema/'))).toBe(true);
  });

  it('`rollbook gate` evaluates a phase and a gate whose ids are "constructor"', async () => {
    const dir = tempDir();
    const plan = readFileSync(CHECKOUT_PLAN_FILE, 'utf8')
      .replace('- id: canary', '- id: constructor')
      .replace('{metric: success_rate, min: 0.99}', '{id: constructor, metric: success_rate, min: 0.99}');
    writeFileSync(join(dir, 'c.rollout.yaml'), plan);
    writeFileSync(
      join(dir, 'm.json'),
      JSON.stringify({ generatedAt: '2026-11-23T09:00:00Z', metrics: { error_rate: 0.5 } }),
    );
    const result = await runCli(
      ['gate', '--plan', 'c.rollout.yaml', '--phase', 'production', '--at', '2026-11-23T09:00:00Z'].concat([
        '--metrics-file',
        'm.json',
        '--check',
        'constructor=success',
      ]),
      dir,
    );
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Verdict: ROLL BACK.');
    expect(result.stdout).toContain('success_rate: no data (no metric "success_rate" in the file)');
  });

  it('`rollbook gate` on a plan naming an undeclared built-in metric reports it, no internal error', async () => {
    const dir = tempDir();
    copyFileSync(CHECKOUT_PLAN_FILE, join(dir, 'c.rollout.yaml'));
    const text = readFileSync(CHECKOUT_PLAN_FILE, 'utf8').replace(
      '{metric: success_rate, min: 0.99}',
      '{metric: constructor, min: 0.99}',
    );
    writeFileSync(join(dir, 'c.rollout.yaml'), text);
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ generatedAt: '2026-11-23T09:00:00Z', metrics: {} }));
    const validate = await runCli(['validate', 'c.rollout.yaml'], dir);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('gate refers to metric "constructor", which is not in the metrics catalogue');
    const gate = await runCli(
      ['gate', '--plan', 'c.rollout.yaml', '--phase', 'production', '--at', '2026-11-23T09:00:00Z'].concat([
        '--metrics-file',
        'm.json',
      ]),
      dir,
    );
    expect(gate.stderr).not.toContain('internal error');
    expect(gate.code).not.toBe(3);
  });
});
