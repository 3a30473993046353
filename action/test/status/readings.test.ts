// `rollbook status` carries the watch's readings end to end: the action's sync, on a schedule,
// reads the active staging phase's metric gate from a metrics file and writes its readings into
// the phase issue on the fake GitHub; the CLI then reads the issues and puts those readings, as
// the issue's own table shows them, into the status file the site reads (and the site's reader
// accepts). A record a person pastes outside the managed region is not carried.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../site/src/lib/status.ts';
import { encodeReadings } from '../../src/watch/codec.ts';
import { useFakeGitHub } from '../fake-github/test-support/use-fake-github.ts';
import { runCli } from '../helpers/cli.ts';
import { runActionInProcess } from '../helpers/in-process.ts';
import * as h from '../report/harness.ts';
import { demoPlan, workspace } from '../sync/harness.ts';

const setup = useFakeGitHub({ owner: h.OWNER, repo: h.REPO });
const TOKEN = 'ghs_test';

const PLAN_FILE = 'playbooks/demo.rollout.yaml';

/** The scaffolded plan (it passes every rule) with its metrics read from a metrics file and two staging gates. */
function planText(): string {
  const text = demoPlan()
    .replace(
      /provider: prometheus\n {4}query: sum\(rate\(http_requests_total.*$/m,
      'provider: json-file\n    query: errors',
    )
    .replace(
      /provider: prometheus\n {4}query: sum\(rate\(feature_success_total.*$/m,
      'provider: json-file\n    query: success',
    )
    .replace(
      '      - {metric: error_rate, max: 0.01}\n',
      '      - {metric: error_rate, max: 0.01}\n      - {metric: success_rate, min: 0.99}\n',
    );
  if (text.includes('provider: prometheus') || !text.includes('{metric: success_rate, min: 0.99}\n  - id: canary'))
    throw new Error('the scaffolded plan changed: update planText()');
  return text;
}

/** The demo plan's staging phase activated three hours ago, its issue on the fake GitHub. */
async function activeStaging() {
  const { fake } = setup();
  const text = planText();
  const dir = workspace({ [PLAN_FILE]: text });
  const activated = h.ago(3 * h.HOUR);
  const stagingIssue = await h.seedPhaseIssue(fake, h.parseTestPlan(text), 'staging', {
    'step:deploy': { by: 'ops-alice', at: activated },
    'step:enable': { by: 'ops-alice', at: activated },
  });
  return { fake, dir, stagingIssue };
}

async function watchedRollout() {
  const { fake, dir, stagingIssue } = await activeStaging();
  mkdirSync(join(dir, 'metrics'));
  writeFileSync(
    join(dir, 'metrics/current.json'),
    JSON.stringify({ generatedAt: new Date().toISOString(), metrics: { errors: 0.002, success: 0.95 } }),
  );
  const run = await runActionInProcess({
    inputs: { command: 'sync', token: TOKEN, 'metrics-file': 'metrics/current.json' },
    workspace: dir,
    event: h.scheduleEvent,
    env: fake.env(),
  });
  expect(run.code, h.failureText(run)).toBe(0);
  return { fake, dir, stagingIssue };
}

function status(fake: ReturnType<typeof setup>['fake'], dir: string, args: string[] = ['--json']) {
  return runCli(['status', '--repo', `${h.OWNER}/${h.REPO}`, ...args], dir, {
    env: { ...fake.env(), GITHUB_TOKEN: TOKEN },
    now: () => new Date(),
  });
}

/** The issue's own readings table, row by row: gate, value, threshold, status word. */
function issueRows(body: string): string[][] {
  return body
    .split('\n')
    .filter((l) => /^\| (error\\_rate|success\\_rate) \|/.test(l))
    .map((l) =>
      l
        .split(' | ')
        .map((c) => c.replace(/^\| |\s\|$/g, '').replaceAll('\\_', '_'))
        .slice(0, 4),
    );
}

describe('rollbook status carries the gate readings', () => {
  it('puts the readings the watch wrote into the phase issue into the status file, as the issue shows them', async () => {
    const { fake, dir, stagingIssue } = await watchedRollout();
    const body = fake.state.issues.get(stagingIssue).body!;
    const rows = issueRows(body);
    expect(rows.map((r) => r[0])).toEqual(['error_rate', 'success_rate']);

    const run = await status(fake, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const entry = json.plans.demo;
    expect(entry).toMatchObject({ phase: 'staging' });
    const evaluated = /evaluated (\d{4}-\d\d-\d\d \d\d:\d\d) UTC/.exec(body)![1]!;
    expect(entry.readings.evaluatedAt.replace('T', ' ').slice(0, 16)).toBe(evaluated);
    const words = { pass: '✅ pass', fail: '❌ fail' } as Record<string, string>;
    expect(
      entry.readings.gates.map((g: Record<string, string>) => [g.title, g.value, g.threshold, words[g.status!]]),
    ).toEqual(rows);
    // error_rate passes at 0.2%; success_rate fails at 95% against 99%. Both were dated by the file.
    expect(entry.readings.gates.map((g: { status: string }) => g.status)).toEqual(['pass', 'fail']);
    for (const gate of entry.readings.gates) expect(Number.isNaN(Date.parse(gate.sampledAt))).toBe(false);
    // The site's reader takes the file as it is.
    expect(parseStatus(json, 'status.json')).toEqual(json);

    // --out writes the same readings; the table for people names them with their time.
    const out = await status(fake, dir, ['--out', 'status.json']);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8')).plans.demo.readings).toEqual(entry.readings);
    const table = await status(fake, dir, []);
    expect(table.stdout).toContain(`demo (staging) gates as of ${entry.readings.evaluatedAt}: error_rate`);
  });

  it('a plan whose phase issue has no readings carries none, and a record pasted below the managed region is not read', async () => {
    const { fake, dir, stagingIssue: staging } = await activeStaging();
    const quiet = await status(fake, dir);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(JSON.parse(quiet.stdout).plans.demo).not.toHaveProperty('readings');

    const forged = encodeReadings({
      evaluatedAt: h.ago(h.HOUR),
      gates: [{ gate: 'metric-error-rate', title: 'error_rate', status: 'pass', value: 'all good', threshold: '≤ 1%' }],
      days: [],
    });
    const body = fake.state.issues.get(staging).body!;
    fake.userEditIssue(staging, `${body}\n\n${forged}\n`, 'mallory');
    const after = await status(fake, dir);
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout).plans.demo).not.toHaveProperty('readings');
  });
});
