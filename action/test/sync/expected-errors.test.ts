// Expected errors in the action (runtime/expected-error.ts): a user's broken checklist template,
// at load or at render, fails the run with its message alone, never a stack trace, not even at
// debug level; an unexpected failure (GitHub refusing a write) still logs its stack at debug level
// for whoever debugs the run. In-process, against the OpenAPI-validated fake GitHub.
import { describe, expect, it } from 'vitest';
import { demoPlan, OWNER, REPO, sync, useFake, workspace } from './harness.ts';

/** A stack frame as a debug line carries it (newlines escaped as %0A by the workflow command). */
const STACK_FRAME = /%0A\s+at .+[:(]\d+/;
const debugLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::debug::'));

describe('expected errors in the action', () => {
  const ctx = useFake();

  it('a checklist template that does not parse fails the run by its file and line, without a stack', async () => {
    const ws = workspace({
      'playbooks/demo.rollout.yaml': demoPlan(),
      'mine/checklist/phase-issue.md.hbs': '{{#if phase}}\n',
    });
    const run = await sync(ctx.fake, ws, { inputs: { templates: 'mine' } });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::mine\/checklist\/phase-issue\.md\.hbs:2: the template ends inside a block/);
    expect(run.stdout).not.toContain('internal error');
    expect(debugLines(run.stdout).filter((l) => STACK_FRAME.test(l))).toEqual([]);
  });

  it('a checklist template that leaves out items fails that plan by its message, without a stack', async () => {
    const ws = workspace({
      'playbooks/demo.rollout.yaml': demoPlan(),
      'mine/checklist/phase-issue.md.hbs': 'Nothing to tick here.\n',
    });
    const run = await sync(ctx.fake, ws, { inputs: { templates: 'mine' } });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('::error::Rollbook sync of plan demo (');
    // It names the template to fix and how, since no stack or position can.
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::Rollbook sync of plan demo ('));
    expect(error).toMatch(/the phase template \(phase-issue\.md\.hbs\) left out items: demo\/staging\//);
    expect(error).toContain(
      'hint: write each item once, on its own line, with {{> item}} as the built-in phase-issue.md.hbs does',
    );
    expect(debugLines(run.stdout).filter((l) => STACK_FRAME.test(l))).toEqual([]);
  });

  it('a templates input or configuration naming no directory is a warning, and the built-in checklist is synced', async () => {
    const ws = workspace({
      'playbooks/demo.rollout.yaml': demoPlan(),
      'rollbook.config.yaml': 'templates: our-templates\n',
    });
    const run = await sync(ctx.fake, ws, { inputs: { templates: 'mine' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      '::warning::the templates input "mine" does not exist, so the built-in checklist templates are used',
    );
    // The input replaces the configuration's directory, so only the input is warned about.
    expect(run.stdout).not.toContain('our-templates');
    expect(ctx.fake.state.issues.all().filter((i) => !i.pull)).toHaveLength(4);
    // Without the input, the configuration's directory is warned about where it is written.
    const again = await sync(ctx.fake, ws);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toMatch(
      /^::warning .*file=rollbook\.config\.yaml,line=1,.*the templates directory "our-templates" does not exist/m,
    );
  });

  it("a token without the issues permission: GitHub's words and the permission to grant, not an internal error", async () => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    ctx.fake.repo(`${OWNER}/${REPO}`).access.withhold('github-actions[bot]', 'issues');
    const run = await sync(ctx.fake, ws);
    expect(run.code).not.toBe(0);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'));
    expect(error).toContain('Resource not accessible by integration');
    expect(error).toContain(
      'hint: GitHub refused the workflow token (403): give the job the permissions the README lists',
    );
    expect(run.stdout).not.toContain('internal error');
  });

  it('a token that may read issues but not write them: the failed plan says the permission to grant', async () => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    ctx.fake.faults.add({ operationId: 'issues/create', fault: { kind: 'status', status: 403 } });
    const run = await sync(ctx.fake, ws);
    expect(run.code).not.toBe(0);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::Rollbook sync of plan demo ('));
    expect(error).toContain(
      'hint: GitHub refused the workflow token (403): give the job the permissions the README lists',
    );
  });

  it('an unexpected failure still logs its stack at debug level', async () => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    ctx.fake.faults.add({ operationId: 'issues/create', fault: { kind: 'status', status: 404 } });
    const run = await sync(ctx.fake, ws);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('::error::Rollbook sync of plan demo (');
    expect(debugLines(run.stdout).some((l) => STACK_FRAME.test(l))).toBe(true);
  });
});
