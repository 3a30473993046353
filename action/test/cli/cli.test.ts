import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { VERSION } from '../../src/cli/version.ts';
import { RULES } from '../../src/lint/rules.ts';
import { readPlanFile } from '../../src/plan/load.ts';
import { PLAN_SCHEMA } from '../../src/plan/published-schemas.ts';
import { MAX_FILE_BYTES } from '../../src/plan/yaml-source.ts';
import { CLI_ENTRY, runCli, runCliProcess, tempDir } from '../helpers/cli.ts';

const STACK_FRAME = /\n\s+at .+[:(]\d+/;
/** Columns a help text fits in. */
const HELP_WIDTH = 100;

function workspaceWithPlan(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'playbooks'));
  return dir;
}

describe('rollbook CLI', () => {
  it('prints help for itself and every command, exit 0', async () => {
    const dir = tempDir();
    const top = await runCli(['--help'], dir);
    expect(top.code).toBe(0);
    // A HOLD exits 1 too: a script reading only the top-level help must not take it for a crash.
    expect(top.stdout.replace(/\s+/g, ' ')).toContain('for gate, any verdict but PROMOTE');
    for (const command of COMMANDS) {
      expect(top.stdout).toContain(`${command.name}  `);
      expect(top.stdout).toContain(command.summary);
      expect((await command.load()).name).toBe(command.name);
      const help = await runCli([command.name, '--help'], dir);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: rollbook ${command.name}`);
      // Every help lists each option the command takes, says its exit codes, and fits a terminal.
      for (const option of Object.keys((await command.load()).options)) {
        expect(help.stdout, `${command.name} --${option}`).toMatch(new RegExp(`^ +--${option}\\b`, 'm'));
      }
      expect(help.stdout, command.name).toContain('\nExit codes: 0 ');
      const long = help.stdout.split('\n').filter((line) => line.length > HELP_WIDTH);
      expect(long, command.name).toEqual([]);
    }
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect((await runCli(['--version'], tempDir())).stdout).toBe(`rollbook ${VERSION}\n`);
  });

  it('init scaffolds a plan that validates cleanly, and refuses to overwrite', async () => {
    const dir = workspaceWithPlan();
    const init = await runCli(['init', 'checkout-v2'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('playbooks/checkout-v2.rollout.yaml');
    const text = readFileSync(join(dir, 'playbooks/checkout-v2.rollout.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${PLAN_SCHEMA.url}`);
    // The scaffold shows the recommended form: every audience says what its percent counts.
    const audiences = [...text.matchAll(/^\s+audience: (.*)$/gm)].map((m) => m[1]);
    expect(audiences.length).toBeGreaterThan(0);
    for (const audience of audiences) expect(audience).toMatch(/^\d+(?:\.\d+)?% of [a-z]+$/);
    const validate = await runCli(['validate', '--strict'], dir);
    expect(validate).toMatchObject({ code: 0, stdout: '1 plan checked: no problems.\n' });
    // Its runbook says nothing twice: no placeholder repeats a sentence the runbook writes itself.
    expect((await runCli(['render', '--out', 'runbooks'], dir)).code).toBe(0);
    const sentences = readFileSync(join(dir, 'runbooks/checkout-v2.md'), 'utf8')
      .split('\n')
      .filter((line) => /^\*\*[^*]+\.\*\* /.test(line))
      .map((line) => line.replace(/^\*\*[^*]+\.\*\* /, ''));
    expect(sentences.length).toBeGreaterThan(3);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect((await runCli(['init', 'checkout-v2'], dir)).code).toBe(2);
    expect((await runCli(['init', 'Bad Name'], dir)).stderr).toContain(
      '"Bad Name" is not a plan name: use lower-case letters, digits and dashes (at most 64), e.g. `rollbook init bad-name`',
    );
    // The runbooks' index takes the name `index`: a plan so named would have no runbook.
    const index = await runCli(['init', 'index'], dir);
    expect(index.code).toBe(2);
    expect(index.stderr).toContain(`"index" is the name of the runbooks' index (index.md)`);
    expect(existsSync(join(dir, 'playbooks/index.rollout.yaml'))).toBe(false);
    // Nothing of the name fits: no example made of it.
    expect((await runCli(['init', '!!!'], dir)).stderr).toContain('dashes (at most 64)\n');
  });

  it('init writes where a bare validate looks: ./playbooks, created, or the first directory `plans` names', async () => {
    const empty = tempDir();
    const init = await runCli(['init', 'payments-v3'], empty);
    expect(init).toMatchObject({ code: 0 });
    expect(init.stdout).toContain('playbooks/payments-v3.rollout.yaml');
    expect(await runCli(['validate', '--strict'], empty)).toMatchObject({
      code: 0,
      stdout: '1 plan checked: no problems.\n',
    });

    const configured = tempDir();
    writeFileSync(
      join(configured, 'rollbook.config.yaml'),
      'plans:\n  - services/*.rollout.yaml\n  - legacy.rollout.yaml\n  - deploy/plans\n',
    );
    expect((await runCli(['init', 'search-v2'], configured)).stdout).toContain('deploy/plans/search-v2.rollout.yaml');
    expect(readFileSync(join(configured, 'deploy/plans/search-v2.rollout.yaml'), 'utf8')).toContain('search-v2');

    const globsOnly = tempDir();
    writeFileSync(join(globsOnly, 'rollbook.config.yaml'), 'plans:\n  - services/*.rollout.yaml\n');
    const refused = await runCli(['init', 'search-v2'], globsOnly);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pass --dir <directory>');
    expect((await runCli(['init', 'search-v2', '--dir', 'services'], globsOnly)).code).toBe(0);
  });

  it('a --config file that cannot be read is a positioned error, never an internal one', async () => {
    const dir = workspaceWithPlan();
    for (const args of [
      ['validate'],
      ['render', '--out', 'runbooks'],
      ['init', 'x'],
      ['lessons'],
      ['lesson', 'new', '--title', 'A title'],
    ]) {
      const run = await runCli([...args, '--config', 'missing.yaml'], dir);
      const output = `${run.stdout}${run.stderr}`;
      expect(run.code, `${args[0]}: ${output}`).toBe(1);
      expect(output, args[0]).toContain(
        'missing.yaml:1:1 error file/unreadable cannot read the configuration file: there is no such file',
      );
      expect(output, args[0]).not.toContain('internal error');
      expect(output, args[0]).not.toMatch(STACK_FRAME);
    }
  });

  it('a configuration that breaks the schema still has its unknown rules named, in the same run', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'p'], dir);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'plans: 7\nrules:\n  step-rolback: warning\n  signoff: off\n');
    const report = JSON.parse((await runCli(['validate', '--format', 'json'], dir)).stdout);
    const codes = report.diagnostics.map((d: { code: string; line: number }) => `${d.line}:${d.code}`);
    expect(codes).toEqual(['1:schema/wrong-type', '3:ref/unknown-rule', '4:ref/unknown-rule']);
    const hints = report.diagnostics.slice(1).map((d: { hint: string }) => d.hint);
    // A word that starts one rule's id and ends another's names both.
    expect(hints).toEqual([
      'did you mean "step-rollback"?',
      'rules about signoff: production-signoff, signoff-not-author',
    ]);
  });

  it('a configuration with errors: validate says no plan was checked (not "0 plans checked"), each error with a hint', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'p'], dir);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'rules:\n  nothing-like-a-rule: off\n');
    const run = await runCli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('rollbook.config.yaml:2:3 error ref/unknown-rule unknown rule "nothing-like-a-rule"');
    expect(run.stdout).toContain('hint: run `rollbook explain` for the list');
    expect(run.stdout.endsWith('\nNo plan checked: rollbook.config.yaml has 1 error; fix it first.\n')).toBe(true);
    const github = await runCli(['validate', '--format', 'github'], dir);
    expect(github.stdout.endsWith('\nNo plan checked: rollbook.config.yaml has 1 error; fix it first.\n')).toBe(true);
  });

  it('a configuration with thousands of errors shows the first 50, then how many more, as a plan does', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'p'], dir);
    const keys = Array.from({ length: 2000 }, (_, i) => `unknown_${i}: 1`).join('\n');
    writeFileSync(join(dir, 'rollbook.config.yaml'), `${keys}\n`);
    const run = await runCli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error diagnostics/more and 1950 more in this file (1950 errors)');
    expect(run.stdout).toContain('No plan checked: rollbook.config.yaml has 2000 errors; fix it first.');
    expect(run.stdout.length).toBeLessThan(64 * 1024);
  });

  it('init points a plan inside a Rollbook checkout at the committed schema, relative to the plan', async () => {
    const dir = workspaceWithPlan();
    mkdirSync(join(dir, 'action/schema'), { recursive: true });
    writeFileSync(join(dir, PLAN_SCHEMA.file), '{}');
    expect((await runCli(['init', 'checkout-v2'], dir)).code).toBe(0);
    const text = readFileSync(join(dir, 'playbooks/checkout-v2.rollout.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../action/schema/rollout-plan.schema.json');
  });

  it('validate exits 1 with positioned, framed errors; json and github formats carry the same', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'broken'], dir);
    const file = join(dir, 'playbooks/broken.rollout.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('strategy: flag-ramp', 'strategy: flagramp'));
    const text = await runCli(['validate'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^playbooks\/broken\.rollout\.yaml:\d+:\d+ error schema\/not-allowed /m);
    expect(text.stdout).toContain('> ');
    expect(text.stdout).toContain('expected: one of');
    expect(text.stdout).toContain('hint: did you mean "flag-ramp"?');
    expect(text.stdout).not.toContain('\u001b[');

    const json = await runCli(['validate', '--format', 'json'], dir);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ files: 1, errors: 1, warnings: 0 });
    expect(report.diagnostics[0]).toMatchObject({ file: 'playbooks/broken.rollout.yaml', code: 'schema/not-allowed' });

    const github = await runCli(['validate', '--format', 'github'], dir);
    const { line, column } = report.diagnostics[0];
    expect(github.stdout).toContain(`::error file=playbooks/broken.rollout.yaml,line=${line},col=${column},`);
    expect(github.stdout).toContain('%0Ahint: ');
  });

  it('validate reports policy-rule findings and cut text in the same run as a schema error', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'mixed'], dir);
    const file = join(dir, 'playbooks/mixed.rollout.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('strategy: flag-ramp', 'strategy: flagramp')
      .replace('        rollback: Set the flag to 0%.\n', '')
      .replace('do: Turn the flag on in staging.', 'do: Triage the #rollout channel, then turn the flag on.');
    writeFileSync(file, text);
    const json = await runCli(['validate', '--format', 'json'], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toEqual([
      'schema/not-allowed',
      'yaml/comment-cuts-text',
      'step-rollback',
    ]);
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(report.diagnostics[2]).toMatchObject({ line: lineOf('ramp: [{percent: 1, cohort') - 3, severity: 'error' });
    expect(report.diagnostics[1]).toMatchObject({ line: lineOf('#rollout'), severity: 'warning' });
    const plain = await runCli(['validate'], dir);
    expect(plain.stdout).not.toMatch(STACK_FRAME);
    expect(plain.stdout).toContain('step "ramp" in phase "canary" has no rollback');
  });

  it('production-readiness follows rollbook.config.yaml: a warning by default, an error when configured', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'ready'], dir);
    const file = join(dir, 'playbooks/ready.rollout.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('readiness:\n')));
    const codes = (out: string) =>
      JSON.parse(out).diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);
    const byDefault = await runCli(['validate', '--format', 'json'], dir);
    expect(byDefault.code).toBe(0);
    expect(codes(byDefault.stdout)).toEqual(['production-readiness:warning']);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'rules:\n  production-readiness: error\n');
    const strict = await runCli(['validate', '--format', 'json'], dir);
    expect(strict.code).toBe(1);
    expect(codes(strict.stdout)).toEqual(['production-readiness:error']);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'rules:\n  production-readiness: "off"\n');
    expect(codes((await runCli(['validate', '--format', 'json'], dir)).stdout)).toEqual([]);
  });

  it("validate's summary counts the lessons it checked, whose errors it counts too", async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'demo'], dir);
    const made = await runCli(
      ['lesson', 'new', '--title', 'A config push broke checkout', '--date', '2026-11-02'],
      dir,
    );
    expect(made.code).toBe(0);
    expect(await runCli(['validate'], dir)).toMatchObject({
      code: 0,
      stdout: '1 plan and 1 lesson checked: no problems.\n',
    });
    const json = JSON.parse((await runCli(['validate', '--format', 'json'], dir)).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ files: 1, lessons: 1, errors: 0, warnings: 0 });
    // A broken lesson: its error is in the count the summary gives beside both counts.
    const lesson = join(dir, 'playbooks/lessons/L-2026-11-a-config-push-broke-checkout.md');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('severity: sev2', 'severity: sev9'));
    const broken = await runCli(['validate'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('L-2026-11-a-config-push-broke-checkout.md:');
    expect(broken.stdout.endsWith('\n1 plan and 1 lesson checked: 1 error, 0 warnings.\n')).toBe(true);
  });

  it('validate reports an override that does not compile as the error render would stop at, at its place', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'demo'], dir);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'templates: mine\n');
    mkdirSync(join(dir, 'mine'), { recursive: true });
    // Keeps every section (no warning), but calls a partial that does not exist.
    const main = readFileSync(join(import.meta.dirname, '../../../templates/runbook/runbook.md.hbs'), 'utf8');
    writeFileSync(join(dir, 'mine/runbook.md.hbs'), main.replace('{{> flags}}', '{{> flag}}'));
    const line = main.split('\n').findIndex((l) => l.includes('{{> flags}}')) + 1;
    const run = await runCli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `mine/runbook.md.hbs:${line}:1 error template/error there is no partial "flag" (did you mean "flags"?)`,
    );
    expect(run.stdout.endsWith('\n1 plan checked: 1 error, 0 warnings.\n')).toBe(true);
    const render = await runCli(['render', '--out', 'runbooks', '--start', '2026-11-02'], dir);
    expect(render.code).toBe(1);
    expect(render.stderr).toContain(`mine/runbook.md.hbs:${line}:1: there is no partial "flag"`);
    // Fixed, nothing is said.
    writeFileSync(join(dir, 'mine/runbook.md.hbs'), main);
    expect(await runCli(['validate'], dir)).toMatchObject({ code: 0, stdout: '1 plan checked: no problems.\n' });
  });

  it('validate leaves an override it cannot read to render, and still checks the plans', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'demo'], dir);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'templates: mine\n');
    mkdirSync(join(dir, 'mine/partials'), { recursive: true });
    // A link out of the repository: reading it is refused (an expected error), not followed.
    const outside = join(tempDir(), 'outside.hbs');
    writeFileSync(outside, '{{story.review}}\n');
    symlinkSync(outside, join(dir, 'mine/partials/story.hbs'));
    expect(await runCli(['validate'], dir)).toMatchObject({ code: 0, stdout: '1 plan checked: no problems.\n' });
  });

  it('validate warns at the templates key when the directory it names is not there, and render says so too', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'demo'], dir);
    writeFileSync(join(dir, 'rollbook.config.yaml'), '# ours\ntemplates: .rollbook/templats\n');
    const text = await runCli(['validate'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'rollbook.config.yaml:2:12 warning config/templates-not-found the templates directory ".rollbook/templats" does not exist, so the built-in templates are used',
    );
    expect(text.stdout).toContain('  hint: the path is relative to the directory Rollbook runs in');
    expect((await runCli(['validate', '--strict'], dir)).code).toBe(1);
    // A file where a directory belongs is named as such.
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'templates: playbooks/demo.rollout.yaml\n');
    expect((await runCli(['validate'], dir)).stdout).toContain(
      'the templates directory "playbooks/demo.rollout.yaml" is not a directory',
    );
    // render warns the same way and still renders, with the built-in templates.
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'templates: .rollbook/templats\n');
    const render = await runCli(['render', '--out', 'runbooks', '--start', '2026-11-02'], dir);
    expect(render.code).toBe(0);
    expect(render.stderr).toContain('rollbook.config.yaml:1:12 warning config/templates-not-found');
    expect(readFileSync(join(dir, 'runbooks/demo.md'), 'utf8')).toContain('demo');
    // Once the directory exists, nothing is said.
    mkdirSync(join(dir, '.rollbook/templats'), { recursive: true });
    expect(await runCli(['validate', '--strict'], dir)).toMatchObject({
      code: 0,
      stdout: '1 plan checked: no problems.\n',
    });
    expect((await runCli(['render', '--out', 'runbooks', '--start', '2026-11-02'], dir)).stderr).not.toContain(
      'templates-not-found',
    );
  });

  it('render and gate refuse a --templates directory that is not there (exit 2), instead of the built-ins', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'demo'], dir);
    const render = await runCli(['render', '--out', 'runbooks', '--templates', 'nope'], dir);
    expect(render).toMatchObject({ code: 2 });
    expect(render.stderr).toContain('--templates "nope" does not exist');
    // The flag replaces the configuration's directory, so that one's warning is not shown.
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'templates: gone\n');
    mkdirSync(join(dir, 'mine'));
    const flagWins = await runCli(['render', '--out', 'runbooks', '--templates', 'mine'], dir);
    expect(flagWins.code, flagWins.stderr).toBe(0);
    expect(flagWins.stderr).not.toContain('templates-not-found');
    const gate = await runCli(
      [
        'gate',
        '--plan',
        'playbooks/demo.rollout.yaml',
        '--phase',
        'canary',
        '--templates',
        'playbooks/demo.rollout.yaml',
      ],
      dir,
    );
    expect(gate.code, gate.stderr).toBe(2);
    expect(gate.stderr).toContain('--templates "playbooks/demo.rollout.yaml" is not a directory');
  });

  it('validate warns at a template override from rollbook.config.yaml that loses the KPI review (ADR 31)', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'demo'], dir);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'templates: mine\n');
    mkdirSync(join(dir, 'mine/partials'), { recursive: true });
    writeFileSync(join(dir, 'mine/partials/story.hbs'), '## Our story\n\n{{story.problem}}\n');
    const text = await runCli(['validate'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'mine/partials/story.hbs:1:1 warning template/section-left-out with this override, runbook.md.hbs never shows story.review',
    );
    expect(text.stdout).toContain('  hint: copy the part of the built-in story.hbs that uses {{story.review}}');
    const github = await runCli(['validate', '--format', 'github'], dir);
    expect(github.stdout).toMatch(/^::warning file=mine\/partials\/story\.hbs,line=1,/m);
    expect((await runCli(['validate', '--strict'], dir)).code).toBe(1);
    // Left out on purpose: nothing to say.
    writeFileSync(join(dir, 'mine/partials/story.hbs'), '{{!-- rollbook: without story.review --}}\n## Our story\n');
    expect(await runCli(['validate', '--strict'], dir)).toMatchObject({
      code: 0,
      stdout: '1 plan checked: no problems.\n',
    });
  });

  it('colours only when asked', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'p'], dir);
    const file = join(dir, 'playbooks/p.rollout.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('bake: 24h', 'bake: 1 day'));
    expect((await runCli(['validate'], dir, { color: true })).stdout).toContain('\u001b[31m');
  });

  it('bad usage exits 2 with a message, never a stack trace', async () => {
    const dir = tempDir();
    const cases: [string[], string][] = [
      [['validate', 'missing.rollout.yaml'], '"missing.rollout.yaml" does not exist'],
      [['validate', '.'], 'no rollout plans'],
      [['validate', '--format', 'xml', '.'], '--format must be one of'],
      [
        ['validate', '--format', 'jsn', '.'],
        '--format must be one of text, json, github (got "jsn"): did you mean "json"?',
      ],
      [['explain', 'step-rolback'], 'unknown rule "step-rolback": did you mean "step-rollback"?\n'],
      [['validate', '--bogus'], "Unknown option '--bogus'"],
      [['validate', '--formt', 'json'], 'Unknown option \'--formt\': did you mean "--format"?'],
      [['gate', '--metric-file', 'm.json'], 'did you mean "--metrics-file"?'],
      [['help', 'validat'], 'unknown command "validat": did you mean "validate"?'],
      [['help', 'nosuch'], 'unknown command "nosuch"'],
      [['validat'], 'did you mean "validate"?'],
      [['render', '--out', 'o', '--templates', ''], '--templates needs a value, and was given an empty one'],
      [['validate', '--config=', '.'], '--config needs a value, and was given an empty one'],
      [
        ['gate', '--plan', 'p.rollout.yaml', '--phase', 'canary', '--check', 'a=success', '--check', ''],
        '--check needs a value',
      ],
      [['explain', 'no-such-rule'], 'unknown rule "no-such-rule": \'rollbook explain\' lists the rules\n'],
      // A word of a rule's id names it, or the few that have it.
      [['explain', 'freeze'], 'unknown rule "freeze": did you mean "freeze-landing"?\n'],
      [['explain', 'Bake'], 'unknown rule "Bake": rules about bake: phase-bake, metric-window-bake\n'],
      [['validate', '--start', '2026-02-30', '.'], '--start 2026-02-30 is not a calendar date: 2026-02 has 28 days'],
      [['validate', '--start', '2026-11-31', '.'], '2026-11 has 30 days'],
      [['validate', '--start', '2026-11-02T09:00', '.'], 'has no time zone: add Z or an offset'],
      [
        ['render', '--out', 'o', '--start', 'next monday'],
        '--start must be a date as YYYY-MM-DD or a time with Z or an offset such as 2026-11-23T09:00:00Z (got "next monday")\n',
      ],
    ];
    for (const [argv, message] of cases) {
      const result = await runCli(argv, dir);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('gate refuses a directory for --plan or --metrics-file as bad usage, never an internal error', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'p'], dir);
    mkdirSync(join(dir, 'metrics'));
    const plan = await runCli(['gate', '--plan', 'playbooks', '--phase', 'canary'], dir);
    expect(plan).toMatchObject({ code: 2, stdout: '' });
    expect(plan.stderr).toContain('--plan "playbooks" is a directory: name one plan file (*.rollout.yaml) in it');
    // Given as the argument, the plan is not called --plan.
    const argument = await runCli(['gate', 'nope.rollout.yaml', '--phase', 'canary'], dir);
    expect(argument).toMatchObject({ code: 2, stdout: '' });
    expect(argument.stderr).toContain('the plan "nope.rollout.yaml" does not exist');
    const metrics = await runCli(
      ['gate', '--plan', 'playbooks/p.rollout.yaml', '--phase', 'canary', '--metrics-file', 'metrics'],
      dir,
    );
    expect(metrics).toMatchObject({ code: 2, stdout: '' });
    expect(metrics.stderr).toContain('--metrics-file "metrics" is a directory');
    const typo = await runCli(['gate', '--plan', 'playbooks/p.rollout.yaml', '--phase', 'canry'], dir);
    expect(typo).toMatchObject({ code: 2, stdout: '' });
    expect(typo.stderr).toContain(
      'plan p has no phase "canry" (phases: staging, canary, production): did you mean "canary"?',
    );
  });

  it('render refuses an --out that is a file, or inside one, as bad usage, never an internal error', async () => {
    const dir = workspaceWithPlan();
    await runCli(['init', 'p'], dir);
    writeFileSync(join(dir, 'notes.txt'), 'not a directory');
    const file = await runCli(['render', '--out', 'notes.txt'], dir);
    expect(file).toMatchObject({ code: 2, stdout: '' });
    expect(file.stderr).toContain('--out "notes.txt" is a file: name a directory (it is created if missing)');
    const inside = await runCli(['render', '--out', 'notes.txt/runbooks'], dir);
    expect(inside).toMatchObject({ code: 2, stdout: '' });
    expect(inside.stderr).toContain('--out "notes.txt/runbooks" is inside notes.txt, which is a file');
    expect(await runCli(['render', '--out', 'new/runbooks'], dir)).toMatchObject({ code: 0 });
  });

  it('init and lesson new refuse a --dir that is a file, or inside one, as bad usage, never an internal error', async () => {
    const dir = workspaceWithPlan();
    writeFileSync(join(dir, 'notes.txt'), 'not a directory');
    const init = await runCli(['init', 'p', '--dir', 'notes.txt'], dir);
    expect(init).toMatchObject({ code: 2, stdout: '' });
    expect(init.stderr).toContain('--dir "notes.txt" is a file: name a directory (it is created if missing)');
    const lesson = await runCli(['lesson', 'new', '--title', 'A title', '--dir', 'notes.txt/lessons'], dir);
    expect(lesson).toMatchObject({ code: 2, stdout: '' });
    expect(lesson.stderr).toContain('--dir "notes.txt/lessons" is inside notes.txt, which is a file');
    await runCli(['init', 'p'], dir);
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'lessons: notes.txt\n');
    const configured = await runCli(['lesson', 'new', '--title', 'A title'], dir);
    expect(configured).toMatchObject({ code: 2, stdout: '' });
    expect(configured.stderr).toContain('the lessons directory "notes.txt" is a file');
    const validate = await runCli(['validate'], dir);
    expect(validate.stdout).toContain(
      'notes.txt:1:1 error lesson/missing-dir the lessons directory "notes.txt" is a file, not a directory',
    );
    expect(validate.stdout).toContain('hint: fix `lessons:` in rollbook.config.yaml to name a directory');
  });

  it('a plan path that is a directory or a named pipe is a positioned error, read without waiting for a writer', async () => {
    const dir = workspaceWithPlan();
    mkdirSync(join(dir, 'playbooks/dir.rollout.yaml'));
    expect(await readPlanFile('playbooks/dir.rollout.yaml', dir)).toMatchObject({
      diagnostics: [{ line: 1, column: 1, code: 'file/unreadable', message: 'this is a directory, not a file' }],
    });
    execFileSync('mkfifo', [join(dir, 'playbooks/pipe.rollout.yaml')]);
    const pipe = await runCli(['validate', 'playbooks/pipe.rollout.yaml'], dir);
    expect(pipe.code).toBe(1);
    expect(pipe.stdout).toContain(
      'playbooks/pipe.rollout.yaml:1:1 error file/unreadable this is not a regular file (a pipe, socket or device)',
    );
    expect(pipe.stdout).toContain('hint: save the text to a file and name that file');
  });

  it('explain lists every rule and prints the rationale of one', async () => {
    const list = await runCli(['explain'], tempDir());
    for (const rule of RULES) expect(list.stdout).toContain(rule.id);
    const one = await runCli(['explain', 'step-rollback'], tempDir());
    expect(one.stdout).toContain('Why:');
    expect(one.stdout).toContain(RULES.find((r) => r.id === 'step-rollback')!.rationale);
  });

  describe('as a real process', () => {
    it('reports invalid UTF-8, binary junk and a 50 MB file as positioned errors, exit 1, no stack trace', () => {
      const dir = tempDir();
      writeFileSync(
        join(dir, 'latin1.rollout.yaml'),
        Buffer.from([0x61, 0x3a, 0x20, 0x0a, 0x62, 0x3a, 0x20, 0xe9, 0x0a]),
      );
      writeFileSync(join(dir, 'junk.rollout.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
      writeFileSync(join(dir, 'huge.rollout.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x61));
      const result = runCliProcess(['validate', '.'], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('huge.rollout.yaml:1:1 error file/too-large the file is 50.0 MiB');
      expect(result.stdout).toContain(`up to ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
      expect(result.stdout).toContain('junk.rollout.yaml:1:5 error file/binary');
      expect(result.stdout).toContain('latin1.rollout.yaml:2:4 error file/encoding byte 0xe9');
      expect(result.stdout + result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stdout).not.toContain('\u001b[');
    });

    it('a GITHUB_API_URL that is not a URL is bad usage for every command, never an internal error', () => {
      const dir = tempDir();
      for (const argv of [['status', '--help'], ['lesson', 'new', '--title', 'x'], ['validate']]) {
        const run = runCliProcess(argv, dir, { GITHUB_API_URL: 'api.github.example' });
        expect(run.code, argv.join(' ')).toBe(2);
        expect(run.stderr).toContain('GITHUB_API_URL must be an http(s) URL such as https://github.example.com/api/v3');
        expect(run.stderr).toContain('(got "api.github.example")');
        expect(run.stderr).not.toContain('internal error');
      }
    });

    it('output piped into a reader that stops early (| head) is cut short quietly, with the exit code of the run', () => {
      const dir = tempDir();
      // About 600 KB of errors, far more than a pipe holds, so the writes outlive the reader.
      const unknown = Array.from({ length: 60 }, (_, i) => `unknown_key_${i}: 1`).join('\n');
      for (let i = 0; i < 40; i++) writeFileSync(join(dir, `p${i}.rollout.yaml`), `${unknown}\n`);
      const script = `"${process.execPath}" "${CLI_ENTRY}" validate . | head -c 100 >/dev/null`;
      const run = spawnSync('bash', ['--norc', '--noprofile', '-o', 'pipefail', '-c', script], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
    });

    it('exit codes: 0 clean, 2 usage', () => {
      const dir = tempDir();
      expect(runCliProcess(['init', 'ok'], dir).code).toBe(0);
      expect(runCliProcess(['validate', 'playbooks/ok.rollout.yaml'], dir).code).toBe(0);
      const missing = runCliProcess(['validate', 'nope'], dir);
      expect(missing.code).toBe(2);
      expect(missing.stderr).not.toMatch(STACK_FRAME);
    });
  });
});
