// `rollbook lesson new --from <plan>/<phase>` as a user runs it (the bundled CLI in a child
// process, only its environment for settings) against the OpenAPI-validated fake GitHub: with a
// token it reads the phase's checklist issue and its edit history and writes exactly the draft the
// action opened for that rollback (timeline from the verified audit trail included); without a
// token, or without a repository, it drafts from the plan alone and says, in the draft and on
// stderr, what it left out and how to get it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/parse.ts';
import { runBundledCli } from '../helpers/run-action.ts';
import {
  demoPlan,
  editedAt,
  issuesEvent,
  item,
  OWNER,
  ok,
  openIssue,
  REPO,
  sync,
  TOKEN,
  useFake,
  workspace,
} from '../sync/harness.ts';

const LESSONS = 'playbooks/lessons';
const lessonFiles = (dir: string) => (existsSync(join(dir, LESSONS)) ? readdirSync(join(dir, LESSONS)) : []);

describe('rollbook lesson new --from, run as a user runs it', () => {
  const ctx = useFake();

  it('with a token writes the draft the action opened for the rollback, timeline included', async () => {
    const { fake } = ctx;
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const inputs = { 'lesson-drafts': 'pull-request' };
    ok(await sync(fake, ws, { inputs }));
    const canary = openIssue(fake, 'demo', 'canary').number;
    const event = fake.userToggleTask(canary, item('demo/canary/rollback:ramp'), true, 'carol');
    ok(await sync(fake, ws, { event: issuesEvent(event), inputs }));
    const at = editedAt(event);
    const pull = fake.state.issues.all().find((i) => i.pull)!;
    const [[actionPath, actionText]] = [...fake.state.git.resolve(pull.pull!.headRef)!.files].filter(([path]) =>
      path.startsWith(`${LESSONS}/`),
    ) as [[string, string]];

    fake.log.clear();
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.env().GITHUB_API_URL! };
    const run = await runBundledCli(['lesson', 'new', '--from', 'demo/canary', '--repo', `${OWNER}/${REPO}`], ws, env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(actionPath);
    // The same lesson, byte for byte: one home for the draft.
    expect(readFileSync(join(ws, actionPath), 'utf8')).toBe(actionText);
    const parsed = parseLesson(actionText, actionPath);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson!.rollback).toMatchObject({ plan: 'demo', phase: 'canary', step: 'ramp', at });
    expect(parsed.body).toContain(`| ${at} | canary | rolled back step ramp | carol |`);
    // It only read.
    expect(fake.log.counts().writes).toBe(0);
  });

  it('a phase not rolled back is drafted with its timeline so far, and stderr says so', async () => {
    const { fake } = ctx;
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    ok(await sync(fake, ws));
    const staging = openIssue(fake, 'demo', 'staging').number;
    let event: Record<string, unknown> = {};
    for (const id of ['step:deploy', 'step:enable']) {
      event = fake.userToggleTask(staging, item(`demo/staging/${id}`), true, 'alice');
      ok(await sync(fake, ws, { event: issuesEvent(event) }));
    }
    const env = {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: fake.env().GITHUB_API_URL!,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    };
    const run = await runBundledCli(['lesson', 'new', '--from', 'demo/staging', '--date', '2026-11-05'], ws, env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(
      `rollbook: demo/staging is baking, not rolled back (#${staging}): drafted with its timeline so far and its last gate readings\n`,
    );
    const [file] = lessonFiles(ws);
    const text = readFileSync(join(ws, LESSONS, file!), 'utf8');
    expect(parseLesson(text, file!).diagnostics).toEqual([]);
    expect(text).toContain(`| ${editedAt(event)} | staging | activated step enable | alice |`);
  });

  it('without a token, or without a repository, says in the draft and on stderr what it left out and how to get it', async () => {
    const { fake } = ctx;
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    // The hint asks only for what was not given.
    for (const [env, args, why, hint] of [
      [
        {},
        [],
        'GITHUB_TOKEN is not set, so the checklist issue was not read',
        'To fill them, set GITHUB_TOKEN (read access to issues) and pass --repo owner/name, then run this again.',
      ],
      [
        {},
        ['--repo', 'acme/shop'],
        'GITHUB_TOKEN is not set, so the checklist issue was not read',
        'To fill them, set GITHUB_TOKEN (read access to issues), then run this again.',
      ],
      [
        { GITHUB_TOKEN: TOKEN },
        [],
        'no repository was given (--repo owner/name or GITHUB_REPOSITORY)',
        'To fill them, pass --repo owner/name, then run this again.',
      ],
    ] as const) {
      fake.log.clear();
      const run = await runBundledCli(['lesson', 'new', '--from', 'demo/canary', '--force', ...args], ws, env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`rollbook: ${why}`);
      expect(run.stderr).toContain(hint);
      const [file] = lessonFiles(ws);
      const text = readFileSync(join(ws, LESSONS, file!), 'utf8');
      expect(parseLesson(text, file!).diagnostics).toEqual([]);
      const note = `Not filled in by Rollbook: ${why}`;
      // In both sections it left out.
      expect(text.split('## Timeline')[1]!.split('##')[0]).toContain(note);
      expect(text.split('## Gate readings at the breach')[1]!.split('##')[0]).toContain(note);
      expect(fake.log.entries).toHaveLength(0);
    }
  });

  it('a repository without the issue, or a failing read, leaves them out and says why; nothing is thrown', async () => {
    const { fake } = ctx;
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.env().GITHUB_API_URL! };
    const none = await runBundledCli(['lesson', 'new', '--from', 'demo/canary', '--repo', `${OWNER}/${REPO}`], ws, env);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toContain(
      `rollbook: ${OWNER}/${REPO} has no checklist issue for demo/canary (labelled rollbook)`,
    );
    const missing = await runBundledCli(
      ['lesson', 'new', '--from', 'demo/canary', '--repo', `${OWNER}/missing`, '--force'],
      ws,
      env,
    );
    expect(missing.code, missing.stderr).toBe(0);
    expect(missing.stderr).toContain(`rollbook: cannot read the checklist issues of ${OWNER}/missing:`);
    expect(missing.stderr).not.toMatch(/^\s+at /m);
  });
});
