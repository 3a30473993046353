import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { tempDir } from '../helpers/cli.ts';
import { positionOf } from '../helpers/position.ts';
import { runAction } from '../helpers/run-action.ts';

function workspace(files: Record<string, string>): string {
  const dir = tempDir('rollbook-ws-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('bundled action: validate', () => {
  it('passes on valid plans, sets outputs and writes a job summary', async () => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': scaffoldPlan('demo', 'schema.json') });
    const run = await runAction({ inputs: { command: 'validate', token: 'test-token' }, workspace: ws });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(run.summary).toContain('Rollbook: plan validation');
    expect(run.summary).toContain('playbooks/demo.rollout.yaml');
  });

  it('annotates plan errors at file, line and column and fails', async () => {
    const text = scaffoldPlan('demo', 'schema.json').replace('environment: staging', 'environment: stagin');
    const ws = workspace({ 'playbooks/demo.rollout.yaml': text });
    const run = await runAction({ inputs: { command: 'validate', token: 'test-token' }, workspace: ws });
    expect(run.code).toBe(1);
    const { line, column } = positionOf(text, 'stagin\n');
    expect(run.stdout).toContain(
      `::error title=rollbook schema/not-allowed,file=playbooks/demo.rollout.yaml,line=${line},endLine=${line},col=${column}`,
    );
    expect(run.stdout).toContain('::error::1 plan error: see the annotations on the plan files');
    expect(run.outputs.errors).toBe('1');
  });

  it('fails with a plain message on a bad input, never a stack trace', async () => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': scaffoldPlan('demo', 'schema.json') });
    const run = await runAction({ inputs: { command: 'deploy', token: 't' }, workspace: ws });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input "command" must be one of validate, sync, report, all (got "deploy")');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+/);
  });

  it('escapes plan text in the job summary', async () => {
    const text = scaffoldPlan('demo', 'schema.json');
    const ws = workspace({ 'playbooks/<img src=x onerror=alert(1)>.rollout.yaml': text });
    const run = await runAction({ inputs: { command: 'validate', token: 't' }, workspace: ws });
    expect(run.summary).not.toContain('<img');
    expect(run.summary).toContain('&#60;img');
  });
});
