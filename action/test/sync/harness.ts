// Shared setup for the sync end-to-end tests: a fresh fake GitHub per test (`useFake()`, or the
// `fake` fixture of `withFake()`/`itWithFake` for tests that run concurrently), a workspace with plans,
// `sync()` running the action's run() in-process against them, and `syncBundled()` running the
// bundled action as a runner would (for the few tests that must).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { readIssueKey } from '../../src/text/markers.ts';
import { type FakeGitHub, type FakeGitHubOptions, startFakeGitHub } from '../fake-github/server.ts';
import type { IssueRecord } from '../fake-github/state/records.ts';
import { withFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { tempDir } from '../helpers/cli.ts';
import { type InProcessOptions, runActionInProcess } from '../helpers/in-process.ts';
import { type ActionRun, type RunActionOptions, runAction } from '../helpers/run-action.ts';

export const OWNER = 'acme';
export const REPO = 'rollouts';
export const TOKEN = 'ghs_sync_test_token_0123456789';

/** The scaffold plan: 3 phases (staging, canary, production), sign-off gates for a team. */
export const DEMO_PHASES = ['staging', 'canary', 'production'] as const;

export function demoPlan(name = 'demo'): string {
  return scaffoldPlan(name, 'schema.json');
}

export function workspace(files: Record<string, string>): string {
  const dir = tempDir('rollbook-sync-ws-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Starts a fresh fake per test and checks for drift after it. */
export function useFake(options: FakeGitHubOptions = {}): { readonly fake: FakeGitHub } {
  const holder: { fake?: FakeGitHub } = {};
  beforeEach(async () => {
    holder.fake = await startFakeGitHub({ owner: OWNER, repo: REPO, ...options });
  });
  afterEach(async () => {
    const fake = holder.fake!;
    holder.fake = undefined;
    try {
      fake.assertNoDrift();
    } finally {
      await fake.stop();
    }
  });
  return {
    get fake() {
      return holder.fake!;
    },
  };
}

/**
 * `it` with a fresh fake of its own (started with `options`), checked for drift after the test.
 * Each test holds its own fake, so tests may run concurrently (`describe.concurrent`): while one
 * in-process run waits on Octokit's queues, another computes (ADR 66).
 */
export function withFake(options: FakeGitHubOptions = {}) {
  return withFakeGitHub({ owner: OWNER, repo: REPO, ...options });
}

/** `withFake()` with the default fake. */
export const itWithFake = withFake();

export interface SyncOptions extends Partial<Omit<InProcessOptions, 'workspace'>> {
  inputs?: Record<string, string>;
}

/** Runs the action's sync command in-process against the fake. */
export function sync(fake: FakeGitHub, ws: string, options: SyncOptions = {}): Promise<ActionRun> {
  return runActionInProcess({
    workspace: ws,
    ...options,
    inputs: { command: 'sync', token: TOKEN, ...options.inputs },
    env: { ...fake.env(), ...options.env },
  });
}

export interface BundledSyncOptions extends Partial<Omit<RunActionOptions, 'workspace'>> {
  inputs?: Record<string, string>;
}

/** Runs the bundled action's sync command against the fake, as a runner would (GitHub's own pacing). */
export function syncBundled(fake: FakeGitHub, ws: string, options: BundledSyncOptions = {}): Promise<ActionRun> {
  return runAction({
    workspace: ws,
    ...options,
    inputs: { command: 'sync', token: TOKEN, ...options.inputs },
    env: { ...fake.env(), ...options.env },
  });
}

/** Holds every write's answer until two runs have made their batched read, so they must race; returns the release. */
export function bothReadFirst(fake: FakeGitHub): () => void {
  const reads = () => fake.log.entries.filter((e) => e.operationId === 'graphql').length;
  const before = reads();
  return fake.onWrite(async () => {
    // Polls for the condition: how long the other run takes to read is up to the machine.
    while (reads() < before + 2) await sleep(5);
  });
}

export function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  return run;
}

export interface Managed {
  issue: IssueRecord;
  kind: 'phase' | 'parent';
  plan: string;
  phase?: string;
}

/** Every live issue with a Rollbook begin marker. */
export function managed(fake: FakeGitHub): Managed[] {
  return fake.state.issues
    .all()
    .filter((i) => !i.deleted && !i.pull)
    .flatMap((issue) => {
      const key = readIssueKey(issue.body ?? '');
      return key ? [{ issue, kind: key.kind, plan: key.plan, ...(key.phase ? { phase: key.phase } : {}) }] : [];
    });
}

/** The one open issue for a phase (or the parent with phase undefined); throws when not exactly one. */
export function openIssue(fake: FakeGitHub, plan: string, phase?: string): IssueRecord {
  const found = managed(fake).filter(
    (m) => m.plan === plan && m.phase === phase && m.kind === (phase ? 'phase' : 'parent') && m.issue.state === 'open',
  );
  if (found.length !== 1)
    throw new Error(`expected one open issue for ${plan}/${phase ?? 'parent'}, found ${found.length}`);
  return found[0]!.issue;
}

/** Exactly one open issue per phase and one parent per plan, and no other open managed issue. */
export function expectConverged(fake: FakeGitHub, plans: Record<string, readonly string[]>): void {
  const open = managed(fake).filter((m) => m.issue.state === 'open');
  const expected = Object.entries(plans).flatMap(([plan, phases]) => [
    `${plan}/`,
    ...phases.map((p) => `${plan}/${p}`),
  ]);
  const seen = open.map((m) => `${m.plan}/${m.phase ?? ''}`).sort();
  if (JSON.stringify(seen) !== JSON.stringify([...expected].sort()))
    throw new Error(`open managed issues ${JSON.stringify(seen)}, expected ${JSON.stringify(expected.sort())}`);
}

/** Issue event as the runner gives it. */
export function issuesEvent(payload: Record<string, unknown>) {
  return { name: 'issues', payload };
}

/** The scaffold plan with its sign-off team in the fake's organization. */
export function teamPlan(name = 'demo'): string {
  return demoPlan(name).replaceAll('@your-team/approvers', `@${OWNER}/approvers`);
}

/** Marker text that ends an item's line: pass to userToggleTask to tick exactly that item. */
export function item(id: string): string {
  return `<!-- rollbook:item ${id} -->`;
}

/** `issue.updated_at` of a webhook payload: when the person's edit happened. */
export function editedAt(payload: Record<string, unknown>): string {
  return (payload.issue as { updated_at: string }).updated_at;
}

export function states(run: ActionRun): Record<string, Record<string, string>> {
  return JSON.parse(run.outputs['phase-states'] ?? '{}');
}
