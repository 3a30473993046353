// The first sync creates exactly what a plan needs; every later run with nothing new makes no
// write and at most three reads. Also: dry runs, GitHub without sub-issues, GHES-style URLs,
// and events about other issues.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect } from 'vitest';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import {
  DEMO_PHASES,
  demoPlan,
  editedAt,
  expectConverged,
  issuesEvent,
  item,
  itWithFake,
  managed,
  OWNER,
  ok,
  openIssue,
  REPO,
  states,
  sync,
  TOKEN,
  workspace,
} from './harness.ts';

const LABELS = ['rollbook', 'rollbook:plan/demo', ...DEMO_PHASES.map((p) => `rollbook:phase/${p}`)];

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: first run and no-op runs', () => {
  itWithFake(
    'creates the labels, a tracking issue and one issue per phase, linked as sub-issues; then writes nothing',
    async ({ fake }) => {
      const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
      const run = ok(await sync(fake, ws));

      expectConverged(fake, { demo: DEMO_PHASES });
      expect(fake.state.issues.labels().map((l) => l.name)).toEqual([...LABELS].sort());
      const parent = openIssue(fake, 'demo');
      expect(parent.title).toBe('[rollout] demo — Demo');
      const phases = DEMO_PHASES.map((p) => openIssue(fake, 'demo', p));
      expect(phases.map((p) => p.parentNumber)).toEqual(phases.map(() => parent.number));
      for (const [i, phase] of phases.entries()) {
        expect(fake.state.issues.labelsOf(phase).map((l) => l.name)).toEqual([
          'rollbook',
          'rollbook:plan/demo',
          `rollbook:phase/${DEMO_PHASES[i]}`,
        ]);
        expect(parent.body).toContain(`| #${phase.number} |`);
      }
      // Writes are exactly the creations: 5 labels, 4 issues, 3 sub-issue links.
      const ops = fake.log.byOperation();
      expect(fake.log.counts().writes).toBe(12);
      expect(ops).toMatchObject({ 'issues/create-label': 5, 'issues/create': 4, 'issues/add-sub-issue': 3 });
      expect(ops['issues/update']).toBeUndefined();

      expect(states(run)).toEqual({
        demo: { staging: 'not-started', canary: 'not-started', production: 'not-started' },
      });
      expect(run.summary).toContain('Rollbook: checklist issues');
      expect(run.summary).toContain(`>#${parent.number}</a>`);
      expect(run.summary).toContain('12 writes made.');
      // The runner swallows `::add-mask::` commands; the token appears nowhere else.
      const logged = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
      expect(logged.join('\n')).not.toContain(TOKEN);

      for (const event of [
        { name: 'schedule', payload: {} },
        { name: 'push', payload: {} },
        { name: 'workflow_dispatch', payload: {} },
      ]) {
        fake.log.clear();
        ok(await sync(fake, ws, { event }));
        expect(fake.log.counts().writes).toBe(0);
        expect(fake.log.counts().reads).toBeLessThanOrEqual(3);
      }
    },
  );

  itWithFake('dry run: prints the exact writes and makes none', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const dry = ok(await sync(fake, ws, { inputs: { 'dry-run': 'true' } }));
    expect(fake.log.counts().writes).toBe(0);
    expect(managed(fake)).toEqual([]);
    const lines = dry.stdout.split('\n').filter((l) => l.startsWith('[dry-run] '));
    expect(lines.filter((l) => l.startsWith(`[dry-run] POST /repos/${OWNER}/${REPO}/labels name=`))).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith(`[dry-run] POST /repos/${OWNER}/${REPO}/issues title=`))).toHaveLength(4);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\[dry-run\] POST \/repos\/acme\/rollouts\/issues title="\[rollout\] demo · staging — Staging, flag on for the team" labels="rollbook,rollbook:plan\/demo,rollbook:phase\/staging" body=\(\d+ lines, \d+ chars\)$/,
      ),
    );
    expect(dry.summary).toContain('(dry run)');

    ok(await sync(fake, ws));
    const staging = openIssue(fake, 'demo', 'staging');
    const tick = fake.userToggleTask(staging.number, item('demo/staging/step:deploy'), true, 'alice');
    const before = fake.state.issues.get(staging.number).body;
    fake.log.clear();
    const preview = ok(await sync(fake, ws, { event: issuesEvent(tick), inputs: { 'dry-run': 'true' } }));
    expect(fake.log.counts().writes).toBe(0);
    expect(fake.state.issues.get(staging.number).body).toBe(before);
    expect(preview.stdout).toContain(`[dry-run] PATCH /repos/${OWNER}/${REPO}/issues/${staging.number} body=(+`);
    expect(preview.stdout).toContain('    + > **In progress.**');
    expect(preview.stdout).toMatch(/ {4}\+ <!-- rollbook:state .*"step:deploy":\["alice"/);
    expect(states(preview).demo!.staging).toBe('in-progress');
  });

  itWithFake(
    'without the sub-issues API, links phase issues from the tracking issue and still writes nothing on a rerun',
    async ({ fake }) => {
      fake.state.subIssuesEnabled = false;
      const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
      const run = ok(await sync(fake, ws));
      expect(run.stdout).toContain('sub-issues API is not available');
      expect(fake.log.byOperation()['issues/add-sub-issue']).toBeUndefined();
      expect(fake.log.counts().writes).toBe(9);
      const parent = openIssue(fake, 'demo').body!;
      for (const phase of DEMO_PHASES) expect(parent).toContain(`| #${openIssue(fake, 'demo', phase).number} |`);
      fake.log.clear();
      ok(await sync(fake, ws));
      expect(fake.log.counts().writes).toBe(0);
      expect(fake.log.counts().reads).toBeLessThanOrEqual(3);
    },
  );

  itWithFake(
    'works against a GitHub Enterprise Server style API URL (…/api/v3, GraphQL at …/api/graphql)',
    async ({ fake }) => {
      const target = new URL(fake.url);
      const seen: string[] = [];
      // GHES serves REST under /api/v3 and GraphQL at /api/graphql; map both onto the fake.
      const proxy = createServer((req, res) => {
        seen.push(`${req.method} ${req.url}`);
        const path = req.url!.startsWith('/api/v3/')
          ? req.url!.slice('/api/v3'.length)
          : req.url!.replace(/^\/api\/graphql/, '/graphql');
        const upstream = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            path,
            method: req.method,
            headers: { ...req.headers, host: target.host },
          },
          (answer) => {
            res.writeHead(answer.statusCode!, answer.headers);
            answer.pipe(res);
          },
        );
        req.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      try {
        const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
        const env = { GITHUB_API_URL: `${base}/api/v3`, GITHUB_GRAPHQL_URL: `${base}/api/graphql` };
        ok(await sync(fake, ws, { env }));
        expectConverged(fake, { demo: DEMO_PHASES });
        expect(seen).toContain('POST /api/graphql');
        expect(seen.some((s) => s.startsWith(`POST /api/v3/repos/${OWNER}/${REPO}/issues`))).toBe(true);
        expect(seen.every((s) => s.startsWith('POST /api/graphql') || s.includes('/api/v3/'))).toBe(true);
      } finally {
        await new Promise<void>((resolve) => {
          proxy.close(() => resolve());
          proxy.closeAllConnections();
        });
      }
    },
  );

  itWithFake('an event about an issue that is not Rollbook’s makes no request at all', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const other = fake.state.issues.create({ title: 'Bug', body: 'It broke', author: 'octocat' });
    const event = fake.userEditIssue(other.number, 'It broke badly');
    const run = ok(await sync(fake, ws, { event: issuesEvent(event) }));
    expect(fake.log.counts().total).toBe(0);
    expect(run.stdout).toContain('is not a Rollbook checklist issue');
  });

  itWithFake('a broken plan fails the run, but the valid plans are still synced', async ({ fake }) => {
    const broken = demoPlan('broken').replace('environment: staging', 'environment: stagin');
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan(), 'playbooks/broken.rollout.yaml': broken });
    const run = await sync(fake, ws);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=rollbook schema/not-allowed,file=playbooks/broken.rollout.yaml');
    expectConverged(fake, { demo: DEMO_PHASES });
    expect(Object.keys(states(run))).toEqual(['demo']);
  });

  itWithFake(
    'a tick whose event never came is credited from the edit history, with the time GitHub recorded',
    async ({ fake }) => {
      const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
      ok(await sync(fake, ws));
      const staging = openIssue(fake, 'demo', 'staging').number;
      // The edit event never reached the workflow; the scheduled run still picks the tick up.
      const dropped = fake.userToggleTask(staging, item('demo/staging/step:deploy'), true, 'alice');
      fake.state.clock.advance(3_600_000);
      const run = ok(await sync(fake, ws, { event: { name: 'schedule', payload: {} } }));
      expect(states(run).demo!.staging).toBe('in-progress');
      const tick = parseIssueBody(fake.state.issues.get(staging).body!).state!.ticks['demo/staging/step:deploy'];
      expect(tick).toEqual({ by: 'alice', at: editedAt(dropped) });
    },
  );
});
