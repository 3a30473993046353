// `rollbook status` end to end: the real sync seeds the fake GitHub's issues, a person ticks the
// activating step, and the CLI (its main(), in this process, with its environment and the real
// clock) reports the phase baking in the JSON shape the site reads. cli.test.ts runs the CLI as
// a child process.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../site/src/lib/status.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { encodeState } from '../../src/checklist/state-block.ts';
import { runCli } from '../helpers/cli.ts';
import { startClosedServer } from '../helpers/closed-server.ts';
import {
  demoPlan,
  issuesEvent,
  item,
  itWithFake,
  OWNER,
  ok,
  openIssue,
  REPO,
  states,
  sync,
  TOKEN,
  withFake,
  workspace,
} from '../sync/harness.ts';

/** The CLI with only `env` for environment, reading the real clock (the fake's issue times are real). */
function status(args: string[], cwd: string, env: Record<string, string>) {
  return runCli(['status', ...args], cwd, { env, now: () => new Date() });
}

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('rollbook status against GitHub', () => {
  itWithFake('shows the first phase baking once its activating step is ticked, in the site shape', async ({ fake }) => {
    const ws = workspace({
      'playbooks/demo.rollout.yaml': demoPlan('demo'),
      'playbooks/later.rollout.yaml': demoPlan('later'),
    });
    ok(await sync(fake, ws));
    const staging = openIssue(fake, 'demo', 'staging').number;
    let synced: Record<string, Record<string, string>> = {};
    for (const id of ['step:deploy', 'step:enable']) {
      const event = fake.userToggleTask(staging, item(`demo/staging/${id}`), true, 'alice');
      synced = states(ok(await sync(fake, ws, { event: issuesEvent(event) })));
    }
    // The sync's own `phase-states` output agrees with what status derives below.
    expect(synced.demo!.staging).toBe('baking');
    // A plan added since the last sync has no issues yet.
    const fresh = workspace({
      'playbooks/demo.rollout.yaml': demoPlan('demo'),
      'playbooks/later.rollout.yaml': demoPlan('later'),
      'playbooks/new.rollout.yaml': demoPlan('new'),
    });

    const env = { ...fake.env(), GITHUB_TOKEN: TOKEN };
    fake.log.clear();
    const run = await status(['--json', '--repo', `${OWNER}/${REPO}`], fresh, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json.plans)).toEqual(['demo', 'later', 'new']);
    expect(json.plans.demo).toEqual({ phase: 'staging', state: 'baking', updatedAt: expect.any(String) });
    expect(json.plans.later).toMatchObject({ phase: 'staging', state: 'not-started' });
    expect(json.plans.new).toMatchObject({ phase: 'staging', state: 'not-started' });
    expect(Number.isNaN(Date.parse(json.plans.demo.updatedAt))).toBe(false);
    // The site's own reader accepts it unchanged.
    expect(parseStatus(json, 'status.json')).toEqual(json);
    // One batched read, no writes.
    expect(fake.log.counts()).toMatchObject({ writes: 0 });
    expect(fake.log.byOperation()).toEqual({ graphql: 1 });

    // --out writes the same file; the repository from GITHUB_REPOSITORY; the table for people.
    const out = await status(['--out', 'status.json'], fresh, { ...env });
    expect(out.code).toBe(0);
    const written = JSON.parse(readFileSync(join(fresh, 'status.json'), 'utf8'));
    expect({ ...written.plans.demo, updatedAt: '' }).toEqual({ ...json.plans.demo, updatedAt: '' });
    const table = await status([], fresh, env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^demo +staging +baking$/m);
  });

  itWithFake(
    'believes no state block people wrote: a "Phase complete" claimed there alone does not move the plan on',
    async ({ fake }) => {
      const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan('demo') });
      ok(await sync(fake, ws));
      const staging = openIssue(fake, 'demo', 'staging');
      const deploy = fake.userToggleTask(staging.number, item('demo/staging/step:deploy'), true, 'alice');
      ok(await sync(fake, ws, { event: issuesEvent(deploy) }));
      // Mallory deletes the "Phase complete" line and writes its tick into the hidden state block.
      const body = fake.state.issues.get(staging.number).body!;
      const state = parseIssueBody(body).state!;
      state.ticks['demo/staging/complete'] = { by: 'alice', at: '2026-01-01T00:00:00Z' };
      const forged = body
        .split('\n')
        .filter((line) => !line.includes('<!-- rollbook:item demo/staging/complete -->'))
        .join('\n')
        .replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(state)} -->`);
      fake.userEditIssue(staging.number, forged, 'mallory');

      const run = await status(['--json', '--repo', `${OWNER}/${REPO}`], ws, { ...fake.env(), GITHUB_TOKEN: TOKEN });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).plans.demo).toMatchObject({ phase: 'staging', state: 'in-progress' });
    },
  );

  itWithFake('--actor must be a login', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan('demo') });
    const env = { ...fake.env(), GITHUB_TOKEN: TOKEN };
    const run = await status(['--repo', `${OWNER}/${REPO}`, '--actor', 'not a login'], ws, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--actor must be a GitHub login');
    expect(fake.log.counts().total).toBe(0);
  });

  itWithFake('a 502 from GitHub is retried, and the retry is said on stderr', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan('demo') });
    fake.faults.burst(502, 1, { operationId: 'graphql' });
    const run = await status(['--json', '--repo', `${OWNER}/${REPO}`], ws, { ...fake.env(), GITHUB_TOKEN: TOKEN });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('rollbook: warning: GitHub API: status 502 on POST /graphql; retrying (1/3)\n');
    expect(JSON.parse(run.stdout).plans.demo).toMatchObject({ phase: 'staging', state: 'not-started' });
  });

  itWithFake('an API failure exits 1 with a clear message and no stack trace', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan('demo') });
    const run = await status(['--repo', `${OWNER}/missing`], ws, { ...fake.env(), GITHUB_TOKEN: TOKEN });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`rollbook: cannot read the checklist issues of ${OWNER}/missing:`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('rollbook status: usage', () => {
  const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan('demo') });

  it('without a token exits 2 and says why, before reading anything', async () => {
    const run = await runCli(['status', '--repo', 'acme/rollouts'], ws, { env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GITHUB_TOKEN is not set');
    expect(run.stdout).toBe('');
  });

  it('without a repository, or with a malformed one, exits 2', async () => {
    const none = await runCli(['status'], ws, { env: { GITHUB_TOKEN: 't' } });
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('--repo owner/name')]);
    const bad = await runCli(['status', '--repo', 'nope'], ws, { env: { GITHUB_TOKEN: 't' } });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--repo must be owner/name')]);
  });

  it('a plan with errors exits 1 before reading GitHub', async () => {
    const broken = workspace({ 'playbooks/demo.rollout.yaml': 'metadata: {}\n' });
    const run = await runCli(['status', '--repo', 'acme/rollouts'], broken, { env: { GITHUB_TOKEN: 't' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /rollbook: \d+ errors above, so no status was read; 'rollbook validate' shows them too\n$/,
    );
    // An unreadable configuration is not called an error in the plans.
    const config = await runCli(['status', '--repo', 'acme/rollouts', '--config', 'missing.yaml'], ws, {
      env: { GITHUB_TOKEN: 't' },
    });
    expect(config.code).toBe(1);
    expect(config.stderr).toContain('missing.yaml:1:1 error file/unreadable');
    expect(config.stderr).toContain('rollbook: 1 error above, so no status was read');
  });

  it('an API that does not answer: each retry is said, REST is not tried as well, and a hint names the URL', async () => {
    const server = await startClosedServer();
    try {
      const run = await runCli(['status', '--repo', 'acme/rollouts'], ws, {
        env: { GITHUB_TOKEN: 't', GITHUB_API_URL: server.url },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const retries = run.stderr.match(
        /^rollbook: warning: GitHub API: no answer \(.+\) on POST \/graphql; retrying \(\d\/3\)$/gm,
      );
      expect(retries?.map((line) => line.slice(-5))).toEqual(['(1/3)', '(2/3)', '(3/3)']);
      expect(run.stderr).not.toContain('over REST');
      expect(server.connections()).toBe(4);
      expect(run.stderr).toContain('rollbook: cannot read the checklist issues of acme/rollouts:');
      expect(run.stderr).toContain(`rollbook: hint: nothing answered at ${server.url}; check GITHUB_API_URL`);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await server.close();
    }
  });

  it('an API URL that answers 404 pages: the status is said, never the page, with a hint on the usual causes', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<html><body>an intranet page that must not be echoed</body></html>');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wrong/path`;
    try {
      const run = await runCli(['status', '--repo', 'acme/rollouts'], ws, {
        env: { GITHUB_TOKEN: 't', GITHUB_API_URL: url },
      });
      expect(run.code).toBe(1);
      expect(requests).toEqual([
        'POST /wrong/path/graphql',
        'GET /wrong/path/repos/acme/rollouts/issues?labels=rollbook&state=all&sort=created&direction=asc&per_page=100&page=1',
      ]);
      const notShown = "HTTP 404 with an answer that is not GitHub's JSON, not shown";
      expect(run.stderr).toContain(`GraphQL read of the checklist issues failed (${notShown}); reading them over REST`);
      expect(run.stderr).toContain(`rollbook: cannot read the checklist issues of acme/rollouts: ${notShown}\n`);
      expect(run.stderr).toContain(
        `rollbook: hint: GitHub answered 404 at ${url}: acme/rollouts does not exist or this token cannot see it, or GITHUB_API_URL is not the API's URL (GitHub Enterprise Server: https://github.example.com/api/v3)`,
      );
      expect(run.stderr).not.toContain('intranet');
    } finally {
      await new Promise<void>((closed) => server.close(() => closed()));
    }
  });

  it('has --help', async () => {
    const run = await runCli(['status', '--help'], ws);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: rollbook status');
  });
});

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent("rollbook status read with a person's own token", () => {
  const MALLORY_TOKEN = 'ghp_mallory_personal_token_0123456789';
  const itWithOwnFake = withFake({ tokens: { [MALLORY_TOKEN]: 'mallory' } });

  itWithOwnFake(
    "takes only the action's revisions for Rollbook's, not the reader's: a state block the reader forged proves nothing",
    async ({ fake }) => {
      const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan('demo') });
      ok(await sync(fake, ws));
      const staging = openIssue(fake, 'demo', 'staging');
      // Mallory deletes the "Phase complete" line and writes its tick, as alice's, into the hidden
      // state block, then reads the status with her own token: the newest revision is hers, and she
      // is the token's viewer.
      const body = fake.state.issues.get(staging.number).body!;
      const state = parseIssueBody(body).state!;
      state.ticks['demo/staging/complete'] = { by: 'alice', at: '2026-01-01T00:00:00Z' };
      const forged = body
        .split('\n')
        .filter((line) => !line.includes('<!-- rollbook:item demo/staging/complete -->'))
        .join('\n')
        .replace(/<!-- rollbook:state .* -->/, `<!-- rollbook:state ${encodeState(state)} -->`);
      expect(forged).not.toBe(body);
      fake.userEditIssue(staging.number, forged, 'mallory');

      const env = { ...fake.env(), GITHUB_TOKEN: MALLORY_TOKEN };
      const run = await status(['--json', '--repo', `${OWNER}/${REPO}`], ws, env);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).plans.demo).toMatchObject({ phase: 'staging', state: 'not-started' });
      // Told that mallory is the action, it believes her: the option names whom to trust.
      const trusting = await status(['--json', '--repo', `${OWNER}/${REPO}`, '--actor', 'mallory'], ws, env);
      expect(JSON.parse(trusting.stdout).plans.demo.phase).not.toBe('staging');
    },
  );
});
