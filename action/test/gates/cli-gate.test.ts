// `rollbook gate` end to end in-process, with metrics from a JSON file.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliProcess, tempDir } from '../helpers/cli.ts';
import { closedPortUrl } from '../prometheus/ports.ts';
import { CHECKOUT_PLAN_FILE } from './helpers.ts';

const AT = '2026-11-23T09:00:00Z';

function workspace(metrics: Record<string, unknown>): string {
  const dir = tempDir();
  copyFileSync(CHECKOUT_PLAN_FILE, join(dir, 'checkout.rollout.yaml'));
  writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ generatedAt: AT, metrics }));
  return dir;
}

/** Everything the canary → production promotion needs, passing. */
const GOOD = { error_rate: 0.004, success_rate: 0.995 };
const base = ['gate', '--plan', 'checkout.rollout.yaml', '--at', AT, '--metrics-file', 'metrics.json'];
const ready = ['--phase', 'production', '--activated-at', '2026-11-20T09:00:00Z', '--signed-off', '@erin,@bo'];

describe('rollbook gate', () => {
  it('prints PROMOTE and exits 0 when every gate passes', async () => {
    const result = await runCli([...base, ...ready], workspace(GOOD));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'Verdict: PROMOTE. Ready to promote Checkout v2 from Production canary to Everyone.',
    );
    // @bo is not listed, so he counts for the team the gate names (membership is not checked locally).
    expect(result.stdout).toContain('@bo for @acme/sre-leads');
    // The file is named as it was given, not by where this machine keeps it.
    expect(result.stdout).toContain('json-file metrics.json');
    expect(result.stdout).not.toContain(tmpdir());
    // Bare numbers are today's values: there are no past days to list.
    expect(result.stdout).not.toContain('History since');
  });

  it('holds a phase that waits for another plan until --done names that phase, and refuses a --done it does not wait for', async () => {
    const dir = workspace(GOOD);
    const plan = join(dir, 'checkout.rollout.yaml');
    const text = readFileSync(plan, 'utf8');
    const marker = '    title: Everyone\n    environment: production\n';
    expect(text).toContain(marker);
    writeFileSync(plan, text.replace(marker, `${marker}    dependsOn: [orders-expand/production]\n`));
    const held = await runCli([...base, ...ready], dir);
    expect(held.code).toBe(1);
    expect(held.stdout).toContain('  - waits for orders-expand/production (its state is not known)');
    const done = await runCli([...base, ...ready, '--done', 'orders-expand/production'], dir);
    expect(done.code).toBe(0);
    expect(done.stdout.split('\n')[0]).toContain('Verdict: PROMOTE.');
    const wrong = await runCli([...base, ...ready, '--done', 'orders-expand/canary'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      '--done: phase production does not depend on "orders-expand/canary"; it waits for orders-expand/production',
    );
  });

  it('takes the plan as its argument too, as validate and render take theirs', async () => {
    const dir = workspace(GOOD);
    const rest = base.filter((arg, i) => arg !== '--plan' && base[i - 1] !== '--plan').slice(1);
    const named = await runCli([...base, ...ready], dir);
    const given = await runCli(['gate', 'checkout.rollout.yaml', ...rest, ...ready], dir);
    expect(given).toEqual(named);
    expect(given.code).toBe(0);
  });

  it('holds with what is missing and exits 1', async () => {
    const result = await runCli(
      [...base, '--phase', 'production', '--activated-at', '2026-11-22T00:00:00Z'],
      workspace({ error_rate: 0.02 }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Verdict: HOLD.');
    expect(result.stdout).toContain('  - bake: ends 2026-11-24 00:00 UTC');
    expect(result.stdout).toContain('  - error_rate: 2% is above max 1%');
    expect(result.stdout).toContain('  - success_rate: no data (no metric "success_rate" in the file)');
    expect(result.stdout).toContain('  - needs 2 sign-offs from @acme/sre-leads, @erin');
  });

  it('recommends a rollback', async () => {
    const result = await runCli([...base, ...ready], workspace({ ...GOOD, error_rate: 0.09 }));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toContain('Verdict: ROLL BACK.');
  });

  it('is frozen on a Friday, unless the hotfix label is given', async () => {
    const friday = ['--at', '2026-11-27T10:00:00Z'];
    const dir = workspace(GOOD);
    writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ generatedAt: '2026-11-27T10:00:00Z', metrics: GOOD }));
    const frozen = await runCli([...base, ...ready, ...friday], dir);
    expect(frozen.code).toBe(1);
    expect(frozen.stdout).toContain('Verdict: FROZEN.');
    expect(frozen.stdout).toContain('frozen by fridays: No production changes on Fridays');
    const hotfix = await runCli([...base, ...ready, ...friday, '--label', 'hotfix'], dir);
    expect(hotfix.code).toBe(0);
  });

  it('reads baseline and week-over-week values from the file', async () => {
    const metrics = {
      ...GOOD,
      p99_latency: 0.42,
      'p99_latency:baseline': 0.3,
      orders: {
        series: [
          ['2026-11-16T09:00:00Z', 100],
          [AT, 90],
        ],
      },
    };
    const result = await runCli(
      [...base, '--phase', 'canary', '--format', 'json', '--check', 'integration-tests=success'],
      workspace(metrics),
    );
    const json = JSON.parse(result.stdout);
    const byId = Object.fromEntries(json.gates.map((g: { id: string }) => [g.id, g]));
    expect(byId['metric-p99-latency']).toMatchObject({ status: 'fail', metric: { value: 0.42, reference: 0.3 } });
    expect(byId['metric-orders']).toMatchObject({ status: 'fail', metric: { value: 90, reference: 100 } });
    expect(byId['check-integration-tests'].status).toBe('pass');
    expect(json.status).toMatchObject({ context: 'rollbook/gate', state: 'pending' });
  });

  it('prints the PR comment with --format md', async () => {
    const result = await runCli([...base, ...ready, '--format', 'md'], workspace(GOOD));
    expect(result.stdout.split('\n')[0]).toBe(
      '**Verdict: PROMOTE.** Ready to promote Checkout v2 from Production canary to Everyone.',
    );
    expect(result.stdout).toContain('<!-- rollbook:gate-report plan=checkout-v2 phase=production -->');
  });

  it('without a metrics source, prometheus metrics are errors that say what to pass', async () => {
    const result = await runCli(
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'production', '--at', AT],
      workspace({}),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      // Wrapped at the report's width, the continuation indented under the item.
      '  - prometheus: no prometheus provider is configured: pass --prometheus-url or --metrics-file (gates error_rate,\n    success_rate)',
    );
  });

  it('an unreachable Prometheus holds and names it', async () => {
    const url = await closedPortUrl();
    const result = await runCli(
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'production', '--at', AT, '--prometheus-url', url],
      workspace({}),
    );
    expect(result.code).toBe(1);
    // One line for the outage, naming the provider and the gates it affects.
    expect(result.stdout).toContain(
      `  - prometheus at ${url}: unreachable (ECONNREFUSED) (gates error_rate, success_rate)`,
    );
    expect(result.stdout.match(/unreachable \(ECONNREFUSED\)/g)).toHaveLength(3);
  });

  const usage: [string, string[], RegExp][] = [
    ['no plan', ['gate', '--phase', 'canary'], /which plan\? Name it: rollbook gate <plan> --phase <id>/],
    [
      'two plans',
      ['gate', 'checkout.rollout.yaml', 'other.rollout.yaml', '--phase', 'canary'],
      /one plan at a time, and got "checkout.rollout.yaml" and "other.rollout.yaml"/,
    ],
    [
      'the plan named twice',
      ['gate', 'checkout.rollout.yaml', '--plan', 'checkout.rollout.yaml', '--phase', 'canary'],
      /the plan is named twice/,
    ],
    [
      'no --phase',
      ['gate', '--plan', 'checkout.rollout.yaml'],
      /--phase is required: the phase to promote into, one of "staging", "canary" or "production"/,
    ],
    ['a missing plan', ['gate', '--plan', 'nope.yaml', '--phase', 'canary'], /"nope.yaml" does not exist/],
    [
      'an unknown phase',
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'prod'],
      /no phase "prod".*staging, canary, production/,
    ],
    [
      'a bad --at',
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'canary', '--at', 'yesterday'],
      /--at must be an ISO 8601 time/,
    ],
    [
      'a bad format',
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'canary', '--format', 'html'],
      /--format must be one of text, md, json/,
    ],
    [
      'a bad handle',
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'canary', '--signed-off', 'erin'],
      /not a handle/,
    ],
    [
      'a bad check',
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'canary', '--check', 'ci=green'],
      /--check must be name=state/,
    ],
    [
      'a missing metrics file',
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'canary', '--metrics-file', 'x.json'],
      /does not exist/,
    ],
    [
      'a bad URL',
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'canary', '--prometheus-url', 'prom:9090'],
      /http\(s\) URL/,
    ],
    [
      'an unknown option',
      ['gate', '--plan', 'checkout.rollout.yaml', '--phase', 'canary', '--nope'],
      /Unknown option '--nope'/,
    ],
  ];
  it.each(usage)('exits 2 on %s', async (_, argv, message) => {
    const result = await runCli(argv, workspace(GOOD));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on a file that is not a plan', async () => {
    const dir = workspace(GOOD);
    writeFileSync(join(dir, 'bad.rollout.yaml'), 'apiVersion: rollbook/v1\nkind: RolloutPlan\n');
    const result = await runCli(['gate', '--plan', 'bad.rollout.yaml', '--phase', 'canary'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid rollout plan');
  });

  it('reports a broken report template by its file and line: not an internal error, never a stack, even with ROLLBOOK_DEBUG', async () => {
    const dir = workspace(GOOD);
    mkdirSync(join(dir, 'mine/report'), { recursive: true });
    writeFileSync(join(dir, 'mine/report/gate-report.txt.hbs'), 'Verdict: {{#if verdict}}\n');
    const result = await runCli([...base, ...ready, '--templates', 'mine'], dir, { env: { ROLLBOOK_DEBUG: '1' } });
    // The path is relative to where the user ran the command (the in-process run's cwd is not the process's).
    expect(result.stderr).toMatch(
      /^rollbook: mine\/report\/gate-report\.txt\.hbs:2: the template ends inside a block; each \{\{#…\}\} needs its \{\{\/…\}\}\n$/,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  it("judges the plan with its lessons' guards, as the pull request's report does", async () => {
    const dir = workspace(GOOD);
    mkdirSync(join(dir, 'playbooks/lessons'), { recursive: true });
    writeFileSync(
      join(dir, 'playbooks/lessons/L-2026-01-canary-errors.md'),
      [
        '---',
        'id: L-2026-01-canary-errors',
        'title: A canary passed at a 0.4% error rate and the full ramp failed',
        'date: 2026-01-10',
        'severity: sev2',
        'trigger: config-push',
        'contributingFactors: [The canary limit was looser than what the service could carry]',
        'detection: {how: Error budget alerts, sooner: A tighter canary limit}',
        'timeToMitigate: 2h',
        'services: [checkout]',
        'guards:',
        '  - id: canary-error-rate',
        '    match: {environments: [canary]}',
        '    gate: {metric: error_rate, max: 0.003}',
        '---',
        '',
        '## What happened',
        '',
        'The canary passed.',
        '',
      ].join('\n'),
    );
    const held = await runCli([...base, ...ready], dir);
    expect(held.stderr).toBe('');
    expect(held.code).toBe(1);
    expect(held.stdout.split('\n')[0]).toContain('Verdict: HOLD.');
    expect(held.stdout).toContain('error_rate: 0.4% is above max 0.3%');
    const json = JSON.parse((await runCli([...base, ...ready, '--format', 'json'], dir)).stdout);
    expect(json.verdict).toBe('HOLD');
    expect(json.gates.filter((g: { status: string }) => g.status === 'fail')).toMatchObject([
      { id: 'l-2026-01-canary-errors--canary-error-rate', kind: 'metric', metric: { thresholds: { max: 0.003 } } },
    ]);
    // The PR comment names the lesson beside its gate.
    expect((await runCli([...base, ...ready, '--format', 'md'], dir)).stdout).toContain('L-2026-01-canary-errors');
    // A configured lessons directory that is not there leaves no verdict: the gates would be looser.
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'lessons: docs/lessons\n');
    const missing = await runCli([...base, ...ready], dir);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('the lessons directory "docs/lessons" does not exist');
    expect(missing.stderr).toContain('rollbook: no verdict: the gates would miss the guards of lessons');
  });

  it('reads the report templates the configuration names, and refuses a --templates directory that is not there', async () => {
    const dir = workspace(GOOD);
    mkdirSync(join(dir, 'ours/report'), { recursive: true });
    writeFileSync(join(dir, 'ours/report/gate-report.txt.hbs'), 'Ours says {{verdict}}\n');
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'templates: ours\n');
    const result = await runCli([...base, ...ready], dir);
    expect(result).toMatchObject({ code: 0, stdout: 'Ours says PROMOTE\n', stderr: '' });
    const refused = await runCli([...base, ...ready, '--templates', 'nope'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--templates "nope" does not exist');
  });

  it('has --help', async () => {
    const result = await runCli(['gate', '--help'], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: rollbook gate <plan> --phase <id>');
    expect(result.stdout).toContain('Exit codes: 0 PROMOTE, 1 HOLD, FROZEN, ROLL BACK or ROLL FORWARD, 2 bad usage');
  });

  it('runs as a real process', () => {
    const dir = workspace(GOOD);
    const result = runCliProcess([...base, ...ready], dir);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Verdict: PROMOTE.')).toBe(true);
  });
});
