// The bundles validate with Ajv standalone code generated at build time
// (scripts/precompiled-validators.ts); from source, Ajv compiles the schemas at run time. Both
// must report the same problems, at the same places, for plans, lessons and the config file.
// The bundles also parse YAML with the `yaml` library's ES build (scripts/yaml-browser-build.ts),
// source with its Node build: both must report the same YAML problems too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { builtAction } from '../helpers/run-action.ts';

let cli = '';
beforeAll(async () => {
  cli = join(dirname(await builtAction()), 'cli.js');
}, 120_000);

const plan = scaffoldPlan('parity', '../schema.json');

/** Each breaks a different schema keyword: unknown key, enum, type, pattern, required, union shape. */
const BROKEN_PLANS = {
  'unknown-key.rollout.yaml': plan.replace('  breaking: false', '  breaking: false\n  breakng: true'),
  'bad-enum.rollout.yaml': plan.replace('environment: staging', 'environment: stagin'),
  'wrong-type.rollout.yaml': plan.replace('breaking: false', 'breaking: [no]'),
  'bad-pattern.rollout.yaml': plan.replace('bake: 24h', 'bake: one day'),
  'missing-key.rollout.yaml': plan.replace(/^story:\n(?: {2}.*\n)+/m, ''),
  'bad-shape.rollout.yaml': plan.replace('- {metric: error_rate, max: 0.01}', '- {metric: error_rate, nope: 1}'),
};

/** Each breaks YAML a different way: every check yaml-source.ts makes, and the library's own errors. */
const BROKEN_YAML = {
  'duplicate-key.rollout.yaml': plan.replace('  breaking: false', '  breaking: false\n  breaking: true'),
  'tab-indent.rollout.yaml': plan.replace('  breaking: false', '\tbreaking: false'),
  'unclosed-quote.rollout.yaml': plan.replace('environment: staging', 'environment: "staging'),
  'bad-indent.rollout.yaml': plan.replace('  breaking: false', '    breaking: false'),
  'flow-too-deep.rollout.yaml': `${plan}x-deep: ${'['.repeat(80)}${']'.repeat(80)}\n`,
  'block-too-deep.rollout.yaml': `${plan}${Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}x${i}:`).join('\n')}\n`,
  'two-documents.rollout.yaml': `${plan}---\nextra: 1\n`,
  'unknown-alias.rollout.yaml': plan.replace('environment: staging', 'environment: *nowhere'),
};

function planWorkspace(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'playbooks/lessons'), { recursive: true });
  for (const [name, text] of Object.entries(BROKEN_PLANS)) writeFileSync(join(dir, 'playbooks', name), text);
  writeFileSync(
    join(dir, 'playbooks/lessons/L-2024-01-bad.md'),
    '---\nid: L-2024-01-bad\nseverity: huge\n---\n\nText.\n',
  );
  return dir;
}

function yamlWorkspace(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'playbooks'));
  for (const [name, text] of Object.entries(BROKEN_YAML)) writeFileSync(join(dir, 'playbooks', name), text);
  return dir;
}

function configWorkspace(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'playbooks'));
  writeFileSync(join(dir, 'playbooks/ok.rollout.yaml'), plan);
  writeFileSync(join(dir, 'rollbook.config.yaml'), 'plans: [playbooks]\nrules: {step-rollback: loud}\nextra: 1\n');
  return dir;
}

async function bothWays(dir: string) {
  const args = ['validate', 'playbooks', '--format', 'json', '--start', '2026-11-02'];
  const fromSource = await runCli(args, dir);
  const bundled = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  const report = JSON.parse(fromSource.stdout) as { diagnostics: { code: string; file: string }[] };
  return { fromSource, bundled, report };
}

describe('bundled validators', () => {
  it('report exactly what the run-time compiled validators report, for plans and lessons', async () => {
    const { fromSource, bundled, report } = await bothWays(planWorkspace());
    expect(fromSource.code).toBe(1);
    const codes = new Set(report.diagnostics.map((d) => d.code));
    // Every kind of schema problem above is present, so the comparison covers them all.
    for (const code of ['schema/unknown-key', 'schema/not-allowed', 'schema/wrong-type', 'schema/missing-key'])
      expect(codes).toContain(code);
    expect(report.diagnostics.some((d) => d.file.endsWith('L-2024-01-bad.md'))).toBe(true);
    expect(bundled.status).toBe(fromSource.code);
    expect(bundled.stdout).toBe(fromSource.stdout);
    expect(bundled.stderr).toBe(fromSource.stderr);
  });

  it('report exactly the YAML problems the source reports, with the library built for Node', async () => {
    const { fromSource, bundled, report } = await bothWays(yamlWorkspace());
    expect(fromSource.code).toBe(1);
    // Each broken file has a YAML problem, so the comparison covers every one of them.
    for (const name of Object.keys(BROKEN_YAML)) {
      expect(report.diagnostics.some((d) => d.file.endsWith(name) && d.code.startsWith('yaml/'))).toBe(true);
    }
    expect(bundled.status).toBe(fromSource.code);
    expect(bundled.stdout).toBe(fromSource.stdout);
    expect(bundled.stderr).toBe(fromSource.stderr);
  });

  it('report exactly what the run-time compiled validators report, for the config file', async () => {
    const { fromSource, bundled, report } = await bothWays(configWorkspace());
    expect(report.diagnostics.filter((d) => d.file === 'rollbook.config.yaml').length).toBeGreaterThanOrEqual(2);
    expect(bundled.status).toBe(fromSource.code);
    expect(bundled.stdout).toBe(fromSource.stdout);
    expect(bundled.stderr).toBe(fromSource.stderr);
  });
});
