// Issue 12 item 3: inputs that made validation super-linear. No timing here (benchmarks do that:
// scripts/bench/adversarial.ts, on files of each shape near the 1 MiB limit); these check that the
// answers are right at scale and that the output stays bounded: 40,000 unknown keys printed 16 MB
// before.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../src/diagnostics/diagnostic.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { MAX_ALIASES } from '../../src/plan/yaml-source.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
/** Most a command may print for a file however many problems it has. */
const OUTPUT_BOUND = 64 * 1024;
/**
 * Unknown top-level keys: enough that printing one line each would pass OUTPUT_BOUND several times
 * over (checked below), so the bound is what keeps the output small. The file is validated twice
 * and rendered once; at 40,000 keys that was about 4 CPU-s, now a tenth (ADR 75).
 */
const UNKNOWN_KEYS = 4_000;
const MORE = UNKNOWN_KEYS - MAX_DIAGNOSTICS_PER_FILE;

async function validate(text: string, ...options: string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'p.rollout.yaml'), text);
  return runCli(['validate', 'p.rollout.yaml', '--start', '2026-11-02', ...options], dir);
}

describe('adversarial shapes at scale', () => {
  it(`${UNKNOWN_KEYS} unknown top-level keys: the first ${MAX_DIAGNOSTICS_PER_FILE} in order, then "and ${MORE} more", in bounded output`, async () => {
    const text = `${BASE}${Array.from({ length: UNKNOWN_KEYS }, (_, i) => `unknown_key_${i}: 1`).join('\n')}\n`;
    const result = await validate(text, '--format', 'json');
    const { diagnostics } = JSON.parse(result.stdout);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(diagnostics[0]).toMatchObject({ code: 'schema/unknown-key', ...positionOf(text, 'unknown_key_0:') });
    expect(diagnostics[49].message).toBe('unknown key "unknown_key_49" at the top level');
    expect(diagnostics[50]).toMatchObject({
      code: 'diagnostics/more',
      severity: 'error',
      message: `and ${MORE} more in this file (${MORE} errors); only the first ${MAX_DIAGNOSTICS_PER_FILE} are shown`,
    });
    const human = await validate(text);
    expect(human.code).toBe(1);
    expect(human.stdout.endsWith(`\n1 plan checked: ${UNKNOWN_KEYS} errors, 0 warnings.\n`)).toBe(true);
    expect(human.stdout.length).toBeLessThan(OUTPUT_BOUND);
    // Unbounded, each key's diagnostic would be printed: as long as a shown one, times every key.
    const shownLines = human.stdout.split('\n').filter((line) => line.includes('schema/unknown-key'));
    expect(shownLines).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
    expect(Math.min(...shownLines.map((line) => line.length)) * UNKNOWN_KEYS).toBeGreaterThan(4 * OUTPUT_BOUND);
    const dir = tempDir();
    writeFileSync(join(dir, 'p.rollout.yaml'), text);
    const render = await runCli(['render', 'p.rollout.yaml', '--out', 'out', '--start', '2026-11-02'], dir);
    expect(render.stderr).toContain(`and ${MORE} more in this file`);
    expect(render.stderr.length).toBeLessThan(OUTPUT_BOUND);
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

  it('a gate naming an unknown 300 KB metric beside a 300 KB one: found, without comparing them letter by letter', async () => {
    // The did-you-mean compared every pair of names in full (their lengths multiplied): this file
    // took minutes. The vitest timeout only catches that hang; it now takes a fraction of a second.
    const catalogued = `m${'a'.repeat(300_000)}`;
    const named = `m${'b'.repeat(300_000)}`;
    const metric = '    provider: prometheus\n    query: up\n    unit: ratio\n    signal: negative\n    window: 5m\n';
    let text = replaceOnce(BASE, 'metrics:\n  error_rate:', `metrics:\n  ? ${catalogued}\n  :\n${metric}  error_rate:`);
    text = replaceOnce(text, '{metric: error_rate, max: 0.01}', `{metric: ${named}, max: 0.01}`);
    const unknown = parsePlan(text, 'p.rollout.yaml').diagnostics.filter((d) => d.code === 'ref/unknown-metric');
    expect(unknown).toEqual([
      expect.objectContaining({ ...positionOf(text, named), hint: 'define it under `metrics:` first' }),
    ]);
    // Printed, each field is cut short: the error does not repeat 300 KB names in a CI log.
    for (const format of ['text', 'github']) {
      const printed = await validate(text, '--format', format);
      expect(printed.stdout).toContain('ref/unknown-metric');
      expect(printed.stdout.length, format).toBeLessThan(8 * 1024);
    }
    const typo = replaceOnce(text, `{metric: ${named},`, `{metric: ${catalogued.slice(0, -1)}b,`);
    const [suggested] = parsePlan(typo, 'p.rollout.yaml').diagnostics.filter((d) => d.code === 'ref/unknown-metric');
    expect(suggested!.hint).toBe(`did you mean "${catalogued}"?`);
  });
});
