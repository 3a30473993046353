// The fault matrix: 5xx bursts, secondary and primary rate limits, bare 429s, reset connections
// and deleted issues, during a first sync and during a run that updates every issue. Each run
// must recover (Octokit's retry and throttling plugins, the checked create) or leave a state
// the next run converges from: one issue per phase, every tick, every note.
import { describe, expect } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import type { FaultRule } from '../fake-github/faults.ts';
import {
  DEMO_PHASES,
  demoPlan,
  expectConverged,
  issuesEvent,
  item,
  itWithFake,
  ok,
  openIssue,
  sync,
  workspace,
} from './harness.ts';
import { expectSettled, handle, NOTE_ABOVE, NOTE_BELOW, rolloutInProgress } from './scenario.ts';

const CREATE = { operationId: 'issues/create' };
const UPDATE = { operationId: 'issues/update' };

const firstSyncFaults: [string, FaultRule[]][] = [
  ['a 502 burst on the GraphQL read', [{ graphql: 'query', fault: { kind: 'status', status: 502 }, times: 3 }]],
  [
    'a 502 that hides a created issue',
    [{ ...CREATE, phase: 'after-handling', fault: { kind: 'status', status: 502 } }],
  ],
  ['a 503 before an issue is created', [{ ...CREATE, skip: 1, fault: { kind: 'status', status: 503 } }]],
  ['a reset connection on create', [{ ...CREATE, skip: 2, fault: { kind: 'connection-reset' } }]],
  ['a secondary rate limit on create', [{ ...CREATE, fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 2 } }]],
  ['a bare 429 on create', [{ ...CREATE, skip: 3, fault: { kind: 'too-many-requests', retryAfterSeconds: 1 } }]],
  [
    '503 bursts on labels and a 502 that hides a sub-issue link',
    [
      { operationId: 'issues/create-label', fault: { kind: 'status', status: 503 }, times: 2 },
      { operationId: 'issues/add-sub-issue', phase: 'after-handling', fault: { kind: 'status', status: 502 } },
    ],
  ],
  [
    'the GraphQL rate limit spent (RATE_LIMITED)',
    [{ graphql: 'query', fault: { kind: 'primary-rate-limit', resetAfterSeconds: 1 } }],
  ],
];

const updateFaults: [string, FaultRule[]][] = [
  ['a 503 burst on update', [{ ...UPDATE, fault: { kind: 'status', status: 503 }, times: 2 }]],
  [
    'a 502 that hides an update',
    [{ ...UPDATE, skip: 1, phase: 'after-handling', fault: { kind: 'status', status: 502 } }],
  ],
  ['a reset connection on update', [{ ...UPDATE, skip: 2, fault: { kind: 'connection-reset' } }]],
  ['a secondary rate limit on update', [{ ...UPDATE, fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 2 } }]],
  ['a bare 429 on update', [{ ...UPDATE, skip: 1, fault: { kind: 'too-many-requests', retryAfterSeconds: 1 } }]],
  [
    'x-ratelimit-remaining: 0 on the re-read',
    [{ operationId: 'issues/get', fault: { kind: 'primary-rate-limit', resetAfterSeconds: 1 } }],
  ],
  ['a 502 burst on the re-read', [{ operationId: 'issues/get', fault: { kind: 'status', status: 502 }, times: 3 }]],
];

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: fault matrix', () => {
  itWithFake.for(firstSyncFaults)('first sync through %s', async ([_name, rules], { fake }) => {
    for (const rule of rules) fake.faults.add(rule);
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const run = await sync(fake, ws);
    expect(fake.faults.pending()).toEqual([]);
    // Recovered within the run: everything made once, nothing left for the rerun to write.
    expect(run.code, run.stdout).toBe(0);
    expectConverged(fake, { demo: DEMO_PHASES });
    expect(fake.state.issues.all().filter((i) => !i.pull)).toHaveLength(4);
    for (const phase of DEMO_PHASES)
      expect(openIssue(fake, 'demo', phase).parentNumber).toBe(openIssue(fake, 'demo').number);
    fake.log.clear();
    ok(await sync(fake, ws));
    expect(fake.log.counts().writes).toBe(0);
  });

  itWithFake.for(updateFaults)(
    'an update run through %s keeps every tick and note',
    async ([_name, rules], { fake }) => {
      const rollout = await rolloutInProgress(fake);
      for (const rule of rules) fake.faults.add(rule);
      const run = await handle(fake, rollout);
      expect(fake.faults.pending()).toEqual([]);
      expect(run.code, run.stdout).toBe(0);
      await expectSettled(fake, rollout);
    },
  );

  itWithFake('with GraphQL failing for good, the REST list of labelled issues is the fallback', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    ok(await sync(fake, ws));
    // Four 502s: the first answer and Octokit's three retries.
    fake.faults.add({ graphql: 'query', fault: { kind: 'status', status: 502 }, times: 4 });
    fake.log.clear();
    const run = ok(await sync(fake, ws));
    expect(run.stdout).toContain('reading them over REST');
    expect(fake.log.byOperation()['issues/list-for-repo']).toBe(1);
    expect(fake.log.counts().writes).toBe(0);
    expectConverged(fake, { demo: DEMO_PHASES });
  });

  itWithFake('rate limits are waited out as GitHub asks, and said so in the log', async ({ fake }) => {
    fake.faults.add({ graphql: 'query', fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 3 } });
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const run = ok(await sync(fake, ws));
    expect(run.stdout).toMatch(/::warning::GitHub secondary rate limit on POST .*\/graphql; retrying in 3s \(1\/3\)/);
  });

  // GitHub answers a secondary rate limit with a 403 or a 429. Sent again on the retry plugin's
  // own back-off (1 s, 4 s, 9 s), it would be sent before the `retry-after`, three times.
  itWithFake('a secondary rate limit answered with 429 waits its retry-after, once', async ({ fake }) => {
    fake.faults.add({ graphql: 'query', fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 3, status: 429 } });
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const run = ok(await sync(fake, ws));
    expect(fake.faults.pending()).toEqual([]);
    expect(run.stdout).toMatch(/::warning::GitHub secondary rate limit on POST .*\/graphql; retrying in 3s \(1\/3\)/);
    expect(run.stdout).not.toContain('status 429');
  });

  itWithFake('a bare 429 is sent again after the retry-after GitHub names, and said so', async ({ fake }) => {
    fake.faults.add({ graphql: 'query', fault: { kind: 'too-many-requests', retryAfterSeconds: 7 }, times: 2 });
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const run = ok(await sync(fake, ws));
    expect(fake.faults.pending()).toEqual([]);
    const retries = run.stdout.split('\n').filter((line) => line.includes('status 429'));
    expect(retries).toEqual([
      expect.stringMatching(/^::warning::GitHub API: status 429 on POST .*\/graphql; retrying in 7s \(1\/3\)$/),
      expect.stringMatching(/^::warning::GitHub API: status 429 on POST .*\/graphql; retrying in 7s \(2\/3\)$/),
    ]);
    expectConverged(fake, { demo: DEMO_PHASES });
  });

  itWithFake(
    'a bare 429 asking for longer than a run waits fails the run, and the next converges',
    async ({ fake }) => {
      const rollout = await rolloutInProgress(fake);
      fake.faults.add({ ...UPDATE, fault: { kind: 'too-many-requests', retryAfterSeconds: 3600 } });
      const updates = () => fake.log.byOperation()['issues/update'] ?? 0;
      const before = updates();
      const run = await handle(fake, rollout);
      expect(fake.faults.pending()).toEqual([]);
      expect(run.code).not.toBe(0);
      expect(run.stdout).not.toMatch(/status 429 .*retrying/);
      // The refused update was not sent again.
      expect(updates() - before).toBe(1);
      ok(await handle(fake, rollout));
      await expectSettled(fake, rollout);
    },
  );

  // A create is sent once by Octokit (`retries: 0`): the run checks whether it was made before a
  // second attempt (create.ts), so the log must not announce a retry Octokit does not send.
  itWithFake('a failed create is checked for, and the log announces no retry of it', async ({ fake }) => {
    fake.faults.add({ ...CREATE, skip: 1, fault: { kind: 'status', status: 503 } });
    const run = ok(await sync(fake, workspace({ 'playbooks/demo.rollout.yaml': demoPlan() })));
    expect(fake.faults.pending()).toEqual([]);
    expect(run.stdout).toContain('checking whether it was made');
    expect(run.stdout).not.toMatch(/status 503 on POST .*\/issues; retrying/);
    expectConverged(fake, { demo: DEMO_PHASES });
  });
});

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: deleted issues (404/410)', () => {
  itWithFake(
    'recreates a deleted phase issue from the issues.deleted event, with its ticks and notes (who ticked is not carried)',
    async ({ fake }) => {
      const rollout = await rolloutInProgress(fake);
      ok(await handle(fake, rollout));
      const staging = openIssue(fake, 'demo', 'staging');
      const deleted = fake.deleteIssue(staging.number, 'erin');
      const run = ok(await sync(fake, rollout.ws, { event: issuesEvent(deleted) }));
      expect(run.stdout).toContain('recreated as #');
      const recreated = openIssue(fake, 'demo', 'staging');
      expect(recreated.number).not.toBe(staging.number);
      expect(recreated.parentNumber).toBe(openIssue(fake, 'demo').number);
      const parsed = parseIssueBody(recreated.body!);
      // The deleted issue's history is gone and its last body is text anyone could have written:
      // its ticks stand, seen by this run, credited to nobody.
      for (const tick of rollout.ticks) {
        expect(parsed.ticks.get(tick.id)).toBe(true);
        expect(parsed.state!.ticks[tick.id]).toMatchObject({ observed: true });
        expect(parsed.state!.ticks[tick.id]!.by).toBeUndefined();
      }
      expect(recreated.body!.startsWith(NOTE_ABOVE)).toBe(true);
      expect(recreated.body!.endsWith(NOTE_BELOW)).toBe(true);
      expect(openIssue(fake, 'demo').body).toContain(`| #${recreated.number} |`);
      fake.log.clear();
      ok(await sync(fake, rollout.ws));
      expect(fake.log.counts().writes).toBe(0);
    },
  );

  itWithFake(
    'an issue deleted while the run is busy (410 on the re-read) is recreated from the body just read',
    async ({ fake }) => {
      const rollout = await rolloutInProgress(fake);
      const canary = openIssue(fake, 'demo', 'canary').number;
      // A tick on canary no run has seen yet, then canary is deleted right after the run's first
      // write (staging's update), before the run reads canary again to update it.
      fake.userToggleTask(canary, item('demo/canary/step:ramp'), true, 'carol');
      const stop = fake.onWrite(() => {
        stop();
        fake.deleteIssue(canary, 'erin');
      });
      const run = ok(await handle(fake, rollout));
      expect(run.stdout).toMatch(new RegExp(`#${canary} \\(demo · canary\\) answered 410: it was deleted`));
      const recreated = openIssue(fake, 'demo', 'canary');
      expect(recreated.number).not.toBe(canary);
      expect(parseIssueBody(recreated.body!).ticks.get('demo/canary/step:ramp')).toBe(true);
      expect(recreated.body!.startsWith(NOTE_ABOVE)).toBe(true);
      expect(recreated.body!.endsWith(NOTE_BELOW)).toBe(true);
      expect(openIssue(fake, 'demo').body).toContain(`| #${recreated.number} |`);
      const staging = parseIssueBody(openIssue(fake, 'demo', 'staging').body!);
      for (const tick of rollout.ticks) expect(staging.state!.ticks[tick.id]).toEqual({ by: tick.by, at: tick.at });
      fake.log.clear();
      ok(await handle(fake, rollout));
      expect(fake.log.counts().writes).toBe(0);
    },
  );
});
