// Issue 12 item 3: inputs that made validation super-linear. No timing here (benchmarks do that:
// scripts/bench/adversarial.ts); these check that the answers are right at scale and that the
// output stays bounded: 40,000 unknown keys printed 16 MB before.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../src/diagnostics/diagnostic.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { MAX_ALIASES } from '../../src/plan/yaml-source.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { positionOf } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');

async function validate(text: string, ...options: string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'p.rollout.yaml'), text);
  return runCli(['validate', 'p.rollout.yaml', '--start', '2026-11-02', ...options], dir);
}

describe('adversarial shapes at scale', () => {
  it('40,000 unknown top-level keys: the first 50 in order, then "and 39,950 more", in bounded output', async () => {
    const text = `${BASE}${Array.from({ length: 40_000 }, (_, i) => `unknown_key_${i}: 1`).join('\n')}\n`;
    const result = await validate(text, '--format', 'json');
    const { diagnostics } = JSON.parse(result.stdout);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(diagnostics[0]).toMatchObject({ code: 'schema/unknown-key', ...positionOf(text, 'unknown_key_0:') });
    expect(diagnostics[49].message).toBe('unknown key "unknown_key_49" in (top level)');
    expect(diagnostics[50]).toMatchObject({
      code: 'diagnostics/more',
      severity: 'error',
      message: `and 39950 more in this file (39950 errors); only the first ${MAX_DIAGNOSTICS_PER_FILE} are shown`,
    });
    const human = await validate(text);
    expect(human.code).toBe(1);
    expect(human.stdout.length).toBeLessThan(64 * 1024);
    const dir = tempDir();
    writeFileSync(join(dir, 'p.rollout.yaml'), text);
    const render = await runCli(['render', 'p.rollout.yaml', '--out', 'out', '--start', '2026-11-02'], dir);
    expect(render.stderr).toContain('and 39950 more in this file');
    expect(render.stderr.length).toBeLessThan(64 * 1024);
  });

  it('a key repeated 20,000 times: every repeat is a duplicate, the first is not', () => {
    const text = `${BASE}${Array.from({ length: 20_000 }, () => 'x-dup: 1').join('\n')}\n`;
    const parsed = parsePlan(text, 'p.rollout.yaml');
    const duplicates = parsed.diagnostics.filter((d) => d.code === 'yaml/duplicate-key');
    expect(duplicates).toHaveLength(19_999);
    expect(duplicates[0]).toMatchObject(positionOf(text, 'x-dup', 2));
  });

  it(`10,000 anchors and aliases: refused at alias ${MAX_ALIASES + 1}, without expanding them`, () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `  - &a${i} {v: ${i}}\n  - *a${i}`).join('\n');
    const parsed = parsePlan(`${BASE}x-anchors:\n${items}\n`, 'p.rollout.yaml');
    expect(parsed.plan).toBeUndefined();
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'yaml/resource-exhaustion',
        message: `more than ${MAX_ALIASES} aliases in one document`,
      }),
    ]);
    const few = Array.from({ length: MAX_ALIASES }, (_, i) => `  - &a${i} {v: ${i}}\n  - *a${i}`).join('\n');
    const ok = parsePlan(`${BASE}x-anchors:\n${few}\n`, 'p.rollout.yaml');
    expect(ok.diagnostics.map((d) => d.code)).not.toContain('yaml/resource-exhaustion');
  });

  it('3,000 phases: every duplicate id and every unknown metric is found', () => {
    const phase = (i: number) =>
      `  - id: p${i % 1500}\n    title: Phase ${i}\n    environment: production\n    strategy: rolling\n    steps:\n      - {id: deploy, kind: binary, do: Deploy., rollback: Roll back.}\n    gates:\n      - {metric: m${i}, max: 1}\n`;
    const phases = Array.from({ length: 3000 }, (_, i) => phase(i)).join('');
    const text = BASE.replace(/\nphases:\n[\s\S]*?\nescalation:/, `\nphases:\n${phases}escalation:`);
    const codes = parsePlan(text, 'p.rollout.yaml').diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'ref/duplicate-id')).toHaveLength(1500);
    expect(codes.filter((c) => c === 'ref/unknown-metric')).toHaveLength(3000);
  });
});
