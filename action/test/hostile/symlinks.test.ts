// Issue 12 item 4: `playbooks/x.rollout.yaml -> /etc/passwd` was followed and the start of the
// target appeared in the error. Plans, lessons, the config, template overrides and the metrics
// file are not read through a link that leaves the repository, and the refusal shows nothing of
// the target. The target here is a file with a known secret outside the workspace.
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_PLAN_FILE } from '../gates/helpers.ts';
import { runCli, tempDir } from '../helpers/cli.ts';

const SECRET = 'root:x:0:0:TOP-SECRET-aws_secret_access_key=AKIA';

/** A workspace and, beside it (outside), a file holding SECRET and a directory of plans. */
function setup() {
  const outside = tempDir('rollbook-outside-');
  writeFileSync(join(outside, 'passwd'), `${SECRET}\n`);
  mkdirSync(join(outside, 'plans'));
  copyFileSync(CHECKOUT_PLAN_FILE, join(outside, 'plans', 'elsewhere.rollout.yaml'));
  writeFileSync(join(outside, 'plans', 'secret.rollout.yaml'), `${SECRET}\n`);
  const ws = tempDir('rollbook-ws-');
  mkdirSync(join(ws, 'playbooks', 'lessons'), { recursive: true });
  copyFileSync(CHECKOUT_PLAN_FILE, join(ws, 'playbooks', 'checkout.rollout.yaml'));
  return { ws, outside };
}

const leaks = (text: string) => text.includes('TOP-SECRET') || text.includes('root:x');

describe('links that leave the repository', () => {
  it('a plan linked to a file outside is refused, naming the link, showing none of the target', async () => {
    const { ws, outside } = setup();
    symlinkSync(join(outside, 'passwd'), join(ws, 'playbooks', 'x.rollout.yaml'));
    const result = await runCli(['validate', 'playbooks'], ws);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('playbooks/x.rollout.yaml:1:1 error file/outside-repository');
    expect(result.stdout).toContain('leads outside the repository; Rollbook does not follow it');
    expect(leaks(result.stdout + result.stderr)).toBe(false);
    expect(result.stdout).not.toContain(outside);
  });

  it('a linked directory of plans outside is refused file by file, in validate and render', async () => {
    const { ws, outside } = setup();
    symlinkSync(join(outside, 'plans'), join(ws, 'playbooks', 'linked'));
    const validate = await runCli(['validate', 'playbooks', '--format', 'json'], ws);
    const codes = JSON.parse(validate.stdout).diagnostics.map(
      (d: { file: string; code: string }) => `${d.file} ${d.code}`,
    );
    expect(codes).toContain('playbooks/linked/secret.rollout.yaml file/outside-repository');
    expect(codes).toContain('playbooks/linked/elsewhere.rollout.yaml file/outside-repository');
    expect(leaks(validate.stdout + validate.stderr)).toBe(false);
    const render = await runCli(['render', 'playbooks', '--out', 'out', '--start', '2026-11-02'], ws);
    expect(leaks(render.stdout + render.stderr)).toBe(false);
    expect(render.code).not.toBe(0);
  });

  it('a lesson and the config linked outside are refused', async () => {
    const { ws, outside } = setup();
    symlinkSync(join(outside, 'passwd'), join(ws, 'playbooks', 'lessons', 'L-2026-01-x.md'));
    const lessons = await runCli(['validate', 'playbooks'], ws);
    expect(lessons.stdout).toContain('playbooks/lessons/L-2026-01-x.md:1:1 error file/outside-repository');
    expect(leaks(lessons.stdout + lessons.stderr)).toBe(false);
    symlinkSync(join(outside, 'passwd'), join(ws, 'rollbook.config.yaml'));
    const config = await runCli(['validate', 'playbooks'], ws);
    expect(config.stdout + config.stderr).toContain('rollbook.config.yaml');
    expect(config.stdout + config.stderr).toContain('leads outside the repository');
    expect(leaks(config.stdout + config.stderr)).toBe(false);
  });

  it('a template override linked outside is refused (exit 2)', async () => {
    const { ws, outside } = setup();
    mkdirSync(join(ws, 'tpl', 'partials'), { recursive: true });
    symlinkSync(join(outside, 'passwd'), join(ws, 'tpl', 'partials', 'story.hbs'));
    const result = await runCli(['render', 'playbooks', '--out', 'out', '--templates', 'tpl'], ws);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('leads outside the repository');
    expect(leaks(result.stdout + result.stderr)).toBe(false);
  });

  it('`rollbook gate --metrics-file` linked outside is refused in the report', async () => {
    const { ws, outside } = setup();
    symlinkSync(join(outside, 'passwd'), join(ws, 'metrics.json'));
    const result = await runCli(
      [
        'gate',
        '--plan',
        'playbooks/checkout.rollout.yaml',
        '--phase',
        'production',
        '--at',
        '2026-11-23T09:00:00Z',
      ].concat(['--metrics-file', 'metrics.json']),
      ws,
    );
    // The terminal report wraps its lines; the words are read across the wraps.
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      'metrics.json is a symbolic link (or inside a linked directory) that leads outside the repository',
    );
    expect(leaks(result.stdout + result.stderr)).toBe(false);
  });

  it('a metrics file that is not JSON is reported without its content', async () => {
    const { ws } = setup();
    writeFileSync(join(ws, 'metrics.json'), `${SECRET}\n`);
    const result = await runCli(
      [
        'gate',
        '--plan',
        'playbooks/checkout.rollout.yaml',
        '--phase',
        'production',
        '--at',
        '2026-11-23T09:00:00Z',
      ].concat(['--metrics-file', 'metrics.json']),
      ws,
    );
    expect(result.stdout).toContain('not valid JSON');
    expect(leaks(result.stdout + result.stderr)).toBe(false);
  });

  // A directory whose name starts with two dots (`..drafts`) is inside the repository, not above
  // it: the containment test reads path segments, not the first two characters.
  it('a link in a directory named `..something` is refused like any other', async () => {
    const { ws, outside } = setup();
    mkdirSync(join(ws, '..drafts'));
    symlinkSync(join(outside, 'passwd'), join(ws, '..drafts', 'x.rollout.yaml'));
    const validate = await runCli(['validate', '..drafts'], ws);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('..drafts/x.rollout.yaml:1:1 error file/outside-repository');
    expect(validate.stdout).not.toContain(ws);
    expect(leaks(validate.stdout + validate.stderr)).toBe(false);
    symlinkSync(join(outside, 'passwd'), join(ws, '..drafts', 'metrics.json'));
    const gate = await runCli(
      ['gate', 'playbooks/checkout.rollout.yaml', '--phase', 'production', '--at', '2026-11-23T09:00:00Z'].concat([
        '--metrics-file',
        '..drafts/metrics.json',
      ]),
      ws,
    );
    expect(gate.stdout.replace(/\s+/g, ' ')).toContain('..drafts/metrics.json is a symbolic link');
    expect(leaks(gate.stdout + gate.stderr)).toBe(false);
  });

  it('links that stay inside the repository are followed', async () => {
    const { ws } = setup();
    mkdirSync(join(ws, 'shared'));
    copyFileSync(CHECKOUT_PLAN_FILE, join(ws, 'shared', 'real.rollout.yaml'));
    symlinkSync(join(ws, 'shared', 'real.rollout.yaml'), join(ws, 'playbooks', 'linked.rollout.yaml'));
    const result = await runCli(['validate', 'playbooks/linked.rollout.yaml', '--format', 'json'], ws);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ files: 1, errors: 0 });
  });
});
