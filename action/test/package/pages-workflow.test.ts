// The Pages workflow keeps the published site live without manual steps and with least
// privilege: it rebuilds on pushes to main, by hand and on a schedule; the build job reads the
// plans' status from the checklist issues (`rollbook status`) and hands it to the site build;
// only that job may read issues, and only the deploy job, which runs no repository code, holds
// the Pages and OIDC tokens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../../scripts/bundle.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown> & { schedule?: { cron: string }[]; push?: { branches: string[] } };
  permissions: unknown;
  env: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const wf = parse(readFileSync(join(ROOT, '.github/workflows/pages.yml'), 'utf8')) as Workflow;
const build = wf.jobs.build!;
const deploy = wf.jobs.deploy!;
const stepIndex = (job: Job, test: (s: Step) => boolean) => job.steps.findIndex(test);

describe('pages.yml', () => {
  it('checks out the full history, so pages date their files from git', () => {
    const checkout = build.steps.find((s) => s.uses?.startsWith('actions/checkout@')) as Step & {
      with?: Record<string, unknown>;
    };
    expect(checkout.with?.['fetch-depth']).toBe(0);
    expect(checkout.with?.['persist-credentials']).toBe(false);
  });

  it('rebuilds on pushes to main, by hand and on a schedule', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(wf.on.push!.branches).toEqual(['main']);
    expect(wf.on.schedule!.length).toBeGreaterThan(0);
    for (const { cron } of wf.on.schedule!) expect(cron.split(' ')).toHaveLength(5);
    // One deployment at a time; a newer run waits instead of cancelling one half-way.
    expect(wf.concurrency.group).toBeTruthy();
    expect(wf.concurrency['cancel-in-progress']).toBe(false);
  });

  it('grants nothing by default and each job only what it needs', () => {
    expect(wf.permissions).toEqual({});
    expect(build.permissions).toEqual({ contents: 'read', issues: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(Object.keys(wf.jobs).sort()).toEqual(['build', 'deploy']);
  });

  it('runs no repository code where the Pages token is', () => {
    expect(deploy.needs).toBe('build');
    expect(deploy.steps.every((s) => s.run === undefined)).toBe(true);
    expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('puts no expression into a shell script', () => {
    for (const [name, job] of Object.entries(wf.jobs))
      for (const step of job.steps) expect(step.run ?? '', `${name}: ${step.name}`).not.toContain('${{');
  });

  it('reads the status from the checklist issues before building, and builds with it', () => {
    expect(wf.env.STATUS_FROM_ISSUES).toBe('true');
    const statusAt = stepIndex(build, (s) => /\brollbook -- status\b/.test(s.run ?? ''));
    const buildAt = stepIndex(build, (s) => /npm run site:build/.test(s.run ?? ''));
    expect(statusAt).toBeGreaterThan(stepIndex(build, (s) => s.run === 'npm ci'));
    expect(buildAt).toBeGreaterThan(statusAt);
    const status = build.steps[statusAt]!;
    expect(status.if).toBe("env.STATUS_FROM_ISSUES == 'true'");
    expect(Object.keys(status.env ?? {})).toEqual(['GITHUB_TOKEN']);
    expect(status.env!.GITHUB_TOKEN).toMatch(/^\$\{\{ github\.token \}\}$/);
    // The file it writes is the one the site build reads (ROLLBOOK_STATUS, docs/site.md).
    const file = /--out "(\$\w+)"/.exec(status.run!)?.[1];
    expect(file).toBe('$status');
    expect(status.run).toContain('echo "ROLLBOOK_STATUS=$status" >> "$GITHUB_ENV"');
    // No setting overrides it with a file of its own.
    expect(wf.env.ROLLBOOK_STATUS).toBeUndefined();
    expect(build.steps[buildAt]!.env?.ROLLBOOK_STATUS).toBeUndefined();
  });
});
