// A rollout in progress for the convergence tests: issues made, notes written around a region,
// ticks recorded with who and when; then a plan edit and a new tick, which make the next run
// update every issue. `check` asserts what must survive any failure.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import type { WebhookPayload } from '../fake-github/human.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import type { ActionRun } from '../helpers/run-action.ts';
import {
  DEMO_PHASES,
  demoPlan,
  editedAt,
  expectConverged,
  issuesEvent,
  item,
  ok,
  openIssue,
  type SyncOptions,
  sync,
  workspace,
} from './harness.ts';

export const PLAN_FILE = 'playbooks/demo.rollout.yaml';
export const NOTE_ABOVE = 'Read the runbook first. @octocat\n\n';
export const NOTE_BELOW = '\n\n## Team notes\n\nPager rota is in the wiki.\n';

export interface Rollout {
  ws: string;
  /** The edit event the next run handles. */
  event: { name: string; payload: WebhookPayload };
  /** Who ticked what, as recorded so far and by the pending event. */
  ticks: { id: string; by: string; at: string }[];
  /** Issue number → the notes people wrote there. */
  notes: number[];
}

/** Every phase retitled: every issue's title and body change. */
export function retitledPlan(): string {
  const plan = parse(demoPlan());
  for (const phase of plan.phases) phase.title = `${phase.title} (v2)`;
  return stringify(plan);
}

/** Issues exist, notes around staging's and canary's regions, one tick recorded, the plan edited and one more tick pending. */
export async function rolloutInProgress(fake: FakeGitHub, options: SyncOptions = {}): Promise<Rollout> {
  const ws = workspace({ [PLAN_FILE]: demoPlan() });
  ok(await sync(fake, ws, options));
  const staging = openIssue(fake, 'demo', 'staging');
  const canary = openIssue(fake, 'demo', 'canary');
  for (const issue of [staging, canary]) fake.userEditIssue(issue.number, NOTE_ABOVE + issue.body + NOTE_BELOW, 'dana');
  const deploy = fake.userToggleTask(staging.number, item('demo/staging/step:deploy'), true, 'alice');
  ok(await sync(fake, ws, { ...options, event: issuesEvent(deploy) }));
  writeFileSync(join(ws, PLAN_FILE), retitledPlan());
  const gate = fake.userToggleTask(staging.number, item('demo/staging/gate:metric-error-rate'), true, 'bob');
  return {
    ws,
    event: issuesEvent(gate) as Rollout['event'],
    ticks: [
      { id: 'demo/staging/step:deploy', by: 'alice', at: editedAt(deploy) },
      { id: 'demo/staging/gate:metric-error-rate', by: 'bob', at: editedAt(gate) },
    ],
    notes: [staging.number, canary.number],
  };
}

/** The run for the pending event. */
export function handle(fake: FakeGitHub, rollout: Rollout, options: SyncOptions = {}): Promise<ActionRun> {
  return sync(fake, rollout.ws, { ...options, event: rollout.event });
}

/** Converged: one open issue per phase, the plan edit applied, every tick and note kept, and a rerun writes nothing. */
export async function expectSettled(fake: FakeGitHub, rollout: Rollout): Promise<void> {
  expectConverged(fake, { demo: DEMO_PHASES });
  for (const phase of DEMO_PHASES) expect(openIssue(fake, 'demo', phase).title).toMatch(/\(v2\)$/);
  const staging = parseIssueBody(openIssue(fake, 'demo', 'staging').body!);
  for (const tick of rollout.ticks) {
    expect(staging.ticks.get(tick.id), tick.id).toBe(true);
    expect(staging.state!.ticks[tick.id], tick.id).toEqual({ by: tick.by, at: tick.at });
  }
  for (const number of rollout.notes) {
    const body = fake.state.issues.get(number).body!;
    expect(body.startsWith(NOTE_ABOVE), `note above #${number}`).toBe(true);
    expect(body.endsWith(NOTE_BELOW), `note below #${number}`).toBe(true);
  }
  fake.log.clear();
  ok(await handle(fake, rollout));
  expect(fake.log.counts().writes).toBe(0);
}
