import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/parse.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { startClosedServer } from '../helpers/closed-server.ts';
import { startStatusServer } from '../helpers/status-server.ts';
import { CHECKLIST_GUARD, LESSON_HEAD, lessonText } from './fixtures.ts';

const STACK_FRAME = /\n\s+at .+[:(]\d+/;

/** A workspace with one plan (from `rollbook init`). The CLI clock says 2026-11-23. */
async function workspace(): Promise<string> {
  const dir = tempDir();
  mkdirSync(join(dir, 'playbooks'));
  expect((await runCli(['init', 'demo'], dir)).code).toBe(0);
  return dir;
}

describe('rollbook lesson new', () => {
  it('scaffolds a lesson that validates, named after its id, and refuses to overwrite', async () => {
    const dir = await workspace();
    const args = [
      'lesson',
      'new',
      '--title',
      'Cache went cold',
      '--date',
      '2026-10-05',
      '--trigger',
      'capacity-management',
    ];
    const made = await runCli(args, dir);
    expect(made.code).toBe(0);
    const file = 'playbooks/lessons/L-2026-10-cache-went-cold.md';
    expect(made.stdout).toContain(file);
    const parsed = parseLesson(readFileSync(join(dir, file), 'utf8'), file);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson).toMatchObject({
      title: 'Cache went cold',
      date: '2026-10-05',
      trigger: 'capacity-management',
    });
    expect(await runCli(['validate'], dir)).toMatchObject({ code: 0 });
    const again = await runCli(args, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await runCli([...args, '--force'], dir)).code).toBe(0);
  });

  it('takes the title as its argument too, and asks for quotes when the shell split it', async () => {
    const dir = await workspace();
    const given = await runCli(['lesson', 'new', 'Cache went cold', '--date', '2026-10-05'], dir);
    expect(given).toMatchObject({ code: 0, stderr: '' });
    const file = 'playbooks/lessons/L-2026-10-cache-went-cold.md';
    expect(parseLesson(readFileSync(join(dir, file), 'utf8'), file).lesson).toMatchObject({ title: 'Cache went cold' });

    const split = await runCli(['lesson', 'new', 'Cache', 'went', 'cold'], dir);
    expect(split.code).toBe(2);
    expect(split.stderr).toContain('got 3 words; quote it: rollbook lesson new "Cache went cold"');
    const twice = await runCli(['lesson', 'new', 'Cold', '--title', 'Cache went cold'], dir);
    expect(twice.stderr).toContain('the title is given twice: --title "Cache went cold" and "Cold"');
    const drafted = await runCli(['lesson', 'new', 'Outage', '--from', 'demo/canary'], dir);
    expect(drafted.stderr).toContain('a title does not apply with --from');
    expect(readdirSync(join(dir, 'playbooks/lessons'))).toEqual(['L-2026-10-cache-went-cold.md']);
  });

  it('warns when --dir is not where lessons are read, since such a lesson guards no plan', async () => {
    const dir = await workspace();
    const args = ['lesson', 'new', '--title', 'Cache went cold', '--date', '2026-10-05'];
    const elsewhere = await runCli([...args, '--dir', 'notes/lessons'], dir);
    expect(elsewhere.code).toBe(0);
    expect(elsewhere.stdout).toBe('Wrote notes/lessons/L-2026-10-cache-went-cold.md.\n');
    expect(elsewhere.stderr).toBe(
      'rollbook: warning: lessons are read from "playbooks/lessons", so this one guards no plan; move it there, or set `lessons: notes/lessons` in rollbook.config.yaml\n',
    );
    // A folder inside the lessons directory is read, so nothing is said.
    const inside = await runCli([...args, '--dir', 'playbooks/lessons/caches'], dir);
    expect(inside.stderr).toBe('');
    expect(inside.stdout).toContain('then run `rollbook lessons`');
    // Once the configuration names the directory, nothing is said either.
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'lessons: notes/lessons\n');
    const configured = await runCli([...args, '--dir', 'notes/lessons', '--force'], dir);
    expect(configured).toMatchObject({ code: 0, stderr: '' });
  });

  it('cuts a long title into an id at a word boundary, not inside a word', async () => {
    const dir = await workspace();
    const run = await runCli(['lesson', 'new', '--title', 'Config push took down every region at once'], dir);
    expect(run.stdout).toContain('L-2026-11-config-push-took-down-every-region-at.md');
    const unbroken = await runCli(['lesson', 'new', '--title', `Outage ${'x'.repeat(60)}`], dir);
    expect(unbroken.stdout).toContain(`L-2026-11-outage-${'x'.repeat(33)}.md`);
  });

  it('defaults to today and takes an explicit id', async () => {
    const dir = await workspace();
    expect((await runCli(['lesson', 'new'], dir)).stdout).toContain('L-2026-11-new-lesson.md');
    expect(
      (await runCli(['lesson', 'new', '--id', 'L-2020-11-thread-exhaustion', '--date', '2020-11-09'], dir)).code,
    ).toBe(0);
    expect(readdirSync(join(dir, 'playbooks/lessons')).sort()).toEqual([
      'L-2020-11-thread-exhaustion.md',
      'L-2026-11-new-lesson.md',
    ]);
  });

  it('--from drafts the lesson of a rollback: valid front matter with the facts a guard matches on', async () => {
    const dir = await workspace();
    const made = await runCli(['lesson', 'new', '--from', 'demo/canary', '--date', '2026-11-05'], dir);
    expect(made.code).toBe(0);
    const file = 'playbooks/lessons/L-2026-11-rollback-demo-canary.md';
    expect(made.stdout).toContain(file);
    const text = readFileSync(join(dir, file), 'utf8');
    const parsed = parseLesson(text, file);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson).toMatchObject({
      date: '2026-11-05',
      services: ['your-service'],
      rollback: { plan: 'demo', phase: 'canary', environment: 'canary', strategy: 'flag-ramp' },
    });
    expect(parsed.lesson!.rollback!.stepKinds!.length).toBeGreaterThan(0);
    // The taxonomy to pick from, and the guard left for people.
    expect(text).toContain('#   binary-push, config-push, user-behaviour-change');
    expect(text).toContain('match: {tags: [replace-with-a-plan-tag]}');
    // The plan keeps validating beside it: the draft guards nothing yet.
    expect(await runCli(['validate'], dir)).toMatchObject({ code: 0 });
    for (const from of ['demo', 'nope/canary', 'demo/nope']) {
      const bad = await runCli(['lesson', 'new', '--from', from], dir);
      expect(bad.code, from).toBe(2);
      expect(bad.stderr).not.toMatch(STACK_FRAME);
    }
    expect((await runCli(['lesson', 'new', '--from', 'demo/canry'], dir)).stderr).toContain(
      'plan demo has no phase "canry" (its phases: staging, canary, production): did you mean "canary"?',
    );
  });

  it('--from against an API that does not answer: the plan-only draft is written, and a hint names the URL', async () => {
    const dir = await workspace();
    const server = await startClosedServer();
    try {
      const made = await runCli(['lesson', 'new', '--from', 'demo/canary', '--repo', 'acme/shop'], dir, {
        env: { GITHUB_TOKEN: 't', GITHUB_API_URL: server.url },
      });
      expect(made.code).toBe(0);
      expect(made.stderr).toContain('rollbook: cannot read the checklist issues of acme/shop:');
      expect(made.stderr).toContain(`rollbook: hint: nothing answered at ${server.url}; check GITHUB_API_URL`);
      expect(made.stderr).not.toMatch(STACK_FRAME);
      expect(server.connections()).toBeGreaterThan(0);
      const [file] = readdirSync(join(dir, 'playbooks/lessons'));
      expect(parseLesson(readFileSync(join(dir, 'playbooks/lessons', file!), 'utf8'), file!).diagnostics).toEqual([]);
    } finally {
      await server.close();
    }
    // An API that answers, even with a refusal, gets no such hint.
    const refusing = await startStatusServer(404, 'Not Found');
    try {
      const refused = await runCli(['lesson', 'new', '--from', 'demo/canary', '--repo', 'acme/shop', '--force'], dir, {
        env: { GITHUB_TOKEN: 't', GITHUB_API_URL: refusing.url },
      });
      expect(refused.code).toBe(0);
      expect(refused.stderr).toContain('rollbook: cannot read the checklist issues of acme/shop:');
      expect(refused.stderr).not.toContain('nothing answered');
      // The token and the repository were given: the hint does not ask for them again.
      expect(refused.stderr).toContain('To fill them, run this again once the checklist issue can be read.');
      expect(refused.stderr).not.toContain('set GITHUB_TOKEN');
      expect(refusing.requests()).toBeGreaterThan(0);
    } finally {
      await refusing.close();
    }
  });

  it('bad usage exits 2 with a message and no stack trace', async () => {
    const dir = await workspace();
    for (const args of [
      ['lesson'],
      ['lesson', 'old'],
      ['lesson', 'new', 'Cache', 'went', 'cold'],
      ['lesson', 'new', 'Cache went cold', '--title', 'Cache went cold'],
      ['lesson', 'new', '--trigger', 'binary'],
      ['lesson', 'new', '--date', '2026-02-30'],
      ['lesson', 'new', '--id', 'thread-exhaustion'],
      ['lesson', 'new', '--id', 'L-2020-11-x'],
      ['lesson', 'new', '--id', 'L-2020-11-x', '--date', '2021-01-01'],
      ['lesson', 'new', '--bogus'],
    ]) {
      const result = await runCli(args, dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^rollbook: /);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('refuses an option that does not apply instead of ignoring it, and writes nothing', async () => {
    const dir = await workspace();
    for (const [args, says] of [
      [['lesson', 'new', '--repo', 'acme/shop'], '--repo applies only with --from'],
      [['lesson', 'new', '--title', 'x', '--actor', 'app[bot]'], '--actor applies only with --from'],
      [['lesson', 'new', '--label-prefix', 'rb'], '--label-prefix applies only with --from'],
      [['lesson', 'new', '--from', 'demo/canary', '--title', 'Outage'], '--title does not apply with --from'],
      [['lesson', 'new', '--from', 'demo/canary', '--trigger', 'config-push'], '--trigger does not apply with --from'],
    ] as const) {
      const result = await runCli([...args], dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(says);
    }
    expect(existsSync(join(dir, 'playbooks/lessons'))).toBe(false);
  });
});

describe('rollbook lessons', () => {
  async function withLessons(): Promise<string> {
    const dir = await workspace();
    mkdirSync(join(dir, 'playbooks/lessons'));
    writeFileSync(join(dir, 'playbooks/lessons/L-2020-11-thread-exhaustion.md'), lessonText(CHECKLIST_GUARD));
    const other = LESSON_HEAD.replace('L-2020-11-thread-exhaustion', 'L-2021-02-config')
      .replace('2020-11-09', '2021-02-01')
      .replace('binary-push', 'config-push')
      .replace('sev2', 'sev1');
    writeFileSync(
      join(dir, 'playbooks/lessons/L-2021-02-config.md'),
      lessonText('  - id: prod\n    match: {environments: [production]}\n    checklist: One region first\n', other),
    );
    return dir;
  }

  it('lists counts and which plans and phases each guard applies to, as JSON', async () => {
    const result = await runCli(['lessons', '--json'], await withLessons());
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.total).toBe(2);
    expect(json.byTrigger).toMatchObject({ 'binary-push': 1, 'config-push': 1, hardware: 0 });
    expect(json.bySeverity).toEqual({ sev1: 1, sev2: 1, sev3: 0, sev4: 0 });
    expect(json.byQuarter).toEqual({ '2020-Q4': 1, '2021-Q1': 1 });
    expect(json.lessons[0].guards[0].plans).toEqual([
      { plan: 'demo', file: 'playbooks/demo.rollout.yaml', phases: ['canary'], waived: [] },
    ]);
    expect(json.lessons[1].guardedPlans).toEqual(['demo']);
  });

  it('lists the same as text', async () => {
    const result = await runCli(['lessons'], await withLessons());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 lessons in playbooks/lessons');
    expect(result.stdout).toContain('By trigger:   binary-push 1, config-push 1');
    expect(result.stdout).toContain('By quarter:   2020-Q4 1, 2021-Q1 1');
    expect(result.stdout).toContain(
      '  - thread-alarm (checklist): Thread-count alarm configured and linked to its runbook\n      demo: canary',
    );
  });

  it('prints lesson errors with positions, still lists the valid ones, and exits 1', async () => {
    const dir = await withLessons();
    writeFileSync(join(dir, 'playbooks/lessons/L-2021-03-broken.md'), '---\nid: L-2021-03-broken\n---\nStory\n');
    const result = await runCli(['lessons'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('playbooks/lessons/L-2021-03-broken.md:2:1 error schema/missing-key');
    expect(result.stdout).toContain('2 lessons in playbooks/lessons');
  });

  it('validate reports lesson errors and unknown lessons in waivers', async () => {
    const dir = await withLessons();
    const plan = join(dir, 'playbooks/demo.rollout.yaml');
    writeFileSync(
      plan,
      `${readFileSync(plan, 'utf8')}waive:\n  - {lesson: L-2020-11-thread, reason: "Demo plan, no threads to watch"}\n`,
    );
    const result = await runCli(['validate', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout);
    expect(diagnostics.map((d: { code: string }) => d.code)).toEqual(['ref/unknown-lesson']);
  });

  it('without a lessons directory, says so and exits 2', async () => {
    const result = await runCli(['lessons'], await workspace());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no lessons directory');
  });

  it('with a lessons path that is a file, says so (not "no lessons directory") and exits 2', async () => {
    const dir = await workspace();
    writeFileSync(join(dir, 'lessons.md'), '# not a directory\n');
    writeFileSync(join(dir, 'rollbook.config.yaml'), 'lessons: lessons.md\n');
    const result = await runCli(['lessons'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'rollbook: "lessons.md" is a file, not a lessons directory; fix `lessons:` in rollbook.config.yaml',
    );
  });
});

describe('rollbook validate with a lesson named', () => {
  it('checks a lesson named directly as a lesson, with the plans its guards act on', async () => {
    const dir = await workspace();
    const made = await runCli(['lesson', 'new', 'Cache went cold', '--date', '2026-10-05'], dir);
    expect(made.code).toBe(0);
    const file = 'playbooks/lessons/L-2026-10-cache-went-cold.md';
    // A pre-commit hook names every changed file: a plan and a lesson together, or a lesson alone.
    for (const named of [[file], ['playbooks/demo.rollout.yaml', file]]) {
      const result = await runCli(['validate', ...named], dir);
      expect(result, named.join(' ')).toMatchObject({ code: 0, stdout: '1 plan and 1 lesson checked: no problems.\n' });
    }
    // Its mistakes are reported as a lesson's, at their line.
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), text.replace('trigger: binary-push', 'trigger: binary-pushed'));
    const broken = await runCli(['validate', file], dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`^${file}:6:10 error schema/not-allowed trigger `));
  });

  it('refuses a lesson outside the lessons directory, which nothing reads', async () => {
    const dir = await workspace();
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    const result = await runCli(['validate', 'notes.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'rollbook: "notes.md" is a lesson, and lessons are read from "playbooks/lessons", so nothing reads this one',
    );
    expect((await runCli(['validate', 'gone.md'], dir)).stderr).toContain('"gone.md" does not exist');
  });
});

describe('rollbook render with a lesson named', () => {
  it('renders the plans a lesson named alone may change, so a pre-commit hook can name every changed file', async () => {
    const dir = await workspace();
    expect((await runCli(['render', '--out', 'runbooks'], dir)).code).toBe(0);
    const file = 'playbooks/lessons/L-2020-11-thread-exhaustion.md';
    mkdirSync(join(dir, 'playbooks/lessons'), { recursive: true });
    writeFileSync(join(dir, file), lessonText(CHECKLIST_GUARD));
    // The new lesson guards the demo plan's canary phase: its runbook is out of date.
    const check = await runCli(['render', file, '--out', 'runbooks', '--check'], dir);
    expect(check).toMatchObject({ code: 1, stdout: expect.stringContaining('stale: runbooks/demo.md') });
    expect((await runCli(['render', file, '--out', 'runbooks'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'runbooks/demo.md'), 'utf8')).toContain('Thread-count alarm configured');
    expect((await runCli(['render', file, '--out', 'runbooks', '--check'], dir)).code).toBe(0);
  });

  it('refuses a lesson outside the lessons directory, as validate does', async () => {
    const dir = await workspace();
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    const result = await runCli(['render', 'notes.md', '--out', 'runbooks'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"notes.md" is a lesson, and lessons are read from "playbooks/lessons"');
    expect(existsSync(join(dir, 'runbooks'))).toBe(false);
  });
});
