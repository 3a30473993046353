// The action's `validate` command: outputs, a job summary with plan text escaped. In-process;
// validate.bundled.test.ts runs the bundled action for the annotations and the failure paths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { MAX_FILES_IN_FAILURE, validationFailure } from '../../src/github-action/validate.ts';
import { tempDir } from '../helpers/cli.ts';
import { runActionInProcess } from '../helpers/in-process.ts';

function workspace(files: Record<string, string>): string {
  const dir = tempDir('rollbook-ws-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('validate', () => {
  it('passes on valid plans, sets outputs and writes a job summary', async () => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': scaffoldPlan('demo', 'schema.json') });
    const run = await runActionInProcess({ inputs: { command: 'validate', token: 'test-token' }, workspace: ws });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(run.summary).toContain('Rollbook: plan validation');
    expect(run.summary).toContain('playbooks/demo.rollout.yaml');
  });

  it('escapes plan text in the job summary', async () => {
    const text = scaffoldPlan('demo', 'schema.json');
    const ws = workspace({ 'playbooks/<img src=x onerror=alert(1)>.rollout.yaml': text });
    const run = await runActionInProcess({ inputs: { command: 'validate', token: 't' }, workspace: ws });
    expect(run.summary).not.toContain('<img');
    expect(run.summary).toContain('&#60;img');
  });

  it('a config input naming no file fails at that file, with a hint that names the action input too', async () => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': scaffoldPlan('demo', 'schema.json') });
    const run = await runActionInProcess({
      inputs: { command: 'validate', token: 't', config: 'missing.yaml' },
      workspace: ws,
    });
    expect(run.code).toBe(1);
    const annotation = run.stdout.split('\n').find((line) => /^::error .*file=missing\.yaml,line=1,/.test(line));
    expect(annotation, run.stdout).toContain('cannot read the configuration file: there is no such file');
    expect(annotation).toContain("hint: check the path given for it (the action's `config` input");
    // The run's failure line sends people to the configuration, not to the plans.
    expect(run.stdout).toContain('::error::1 error in missing.yaml: see the annotations on those files');
  });

  it('names at most a few files in the failure line, and counts the rest', () => {
    const at = { line: 1, column: 1, endLine: 1, endColumn: 1, code: 'x', message: 'm' };
    const error = (file: string) => ({ ...at, file, severity: 'error' as const });
    const diagnostics = [
      error('playbooks/b.rollout.yaml'),
      error('playbooks/a.rollout.yaml'),
      error('playbooks/a.rollout.yaml'),
      { ...at, file: 'playbooks/lessons/L-1.md', severity: 'warning' as const },
      error('rollbook.config.yaml'),
      error('playbooks/c.rollout.yaml'),
      error('playbooks/d.rollout.yaml'),
    ];
    expect(validationFailure(diagnostics)).toBe(
      `6 errors in playbooks/a.rollout.yaml, playbooks/b.rollout.yaml, playbooks/c.rollout.yaml and 2 more files: see the annotations on those files`,
    );
    expect(MAX_FILES_IN_FAILURE).toBe(3);
    expect(validationFailure([error('rollbook.config.yaml')])).toBe(
      '1 error in rollbook.config.yaml: see the annotations on those files',
    );
  });
});
