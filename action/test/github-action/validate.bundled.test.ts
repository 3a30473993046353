// The bundled action's `validate`, as a runner runs it: plan errors become workflow annotations
// at file, line and column printed by @actions/core, and a bad input fails with a plain message.
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
  it('annotates plan errors at file, line and column and fails', async () => {
    const text = scaffoldPlan('demo', 'schema.json').replace('environment: staging', 'environment: stagin');
    const ws = workspace({ 'playbooks/demo.rollout.yaml': text });
    const run = await runAction({ inputs: { command: 'validate', token: 'test-token' }, workspace: ws });
    expect(run.code).toBe(1);
    const { line, column } = positionOf(text, 'stagin\n');
    expect(run.stdout).toContain(
      `::error title=rollbook schema/not-allowed,file=playbooks/demo.rollout.yaml,line=${line},endLine=${line},col=${column}`,
    );
    expect(run.stdout).toContain('::error::1 error in playbooks/demo.rollout.yaml: see the annotations on those files');
    expect(run.outputs.errors).toBe('1');
  });

  it('fails with a plain message on a bad input, never a stack trace', async () => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': scaffoldPlan('demo', 'schema.json') });
    const run = await runAction({ inputs: { command: 'deploy', token: 't' }, workspace: ws });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input "command" must be one of validate, sync, report, all (got "deploy")');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+/);
  });
});
