// Issue 18 part 3: a rolled-back phase gets exactly one draft lesson, as a pull request that adds
// a valid lesson file, or as an issue when pull requests are refused; re-runs write nothing.
// Against the OpenAPI-validated fake GitHub (git refs, contents and pulls included).
import { describe, expect } from 'vitest';
import { parseLesson } from '../../src/lessons/parse.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import { demoPlan, editedAt, issuesEvent, item, itWithFake, ok, openIssue, sync, workspace } from './harness.ts';

const SCHEDULE = { name: 'schedule', payload: {} };

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: a draft lesson from every rollback', () => {
  async function rollBack(fake: FakeGitHub, mode: string) {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const inputs = { 'lesson-drafts': mode };
    ok(await sync(fake, ws, { inputs }));
    const canary = openIssue(fake, 'demo', 'canary').number;
    const event = fake.userToggleTask(canary, item('demo/canary/rollback:ramp'), true, 'carol');
    ok(await sync(fake, ws, { event: issuesEvent(event), inputs }));
    return { ws, inputs, at: editedAt(event) };
  }

  itWithFake('opens one pull request adding a lesson that validates; re-runs write nothing', async ({ fake }) => {
    const { ws, inputs, at } = await rollBack(fake, 'pull-request');
    const pulls = fake.state.issues.all().filter((i) => i.pull);
    expect(pulls).toHaveLength(1);
    const pull = pulls[0]!;
    expect(pull.pull!.draft).toBe(true);
    expect(pull.title).toBe('Lesson draft: rollback of demo/canary');
    expect(pull.body).toContain('was rolled back by @\u200Bcarol');
    const branch = pull.pull!.headRef;
    expect(branch).toBe(`rollbook/lesson-draft/demo/canary/${at.replace(/[-:]/g, '')}`);
    const files = [...fake.state.git.resolve(branch)!.files].filter(([path]) => path.startsWith('playbooks/lessons/'));
    expect(files).toHaveLength(1);
    const [path, text] = files[0]!;
    expect(path).toMatch(/^playbooks\/lessons\/L-\d{4}-\d{2}-rollback-demo-canary-[0-9a-z]+\.md$/);
    const parsed = parseLesson(text, path);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson!.rollback).toMatchObject({ plan: 'demo', phase: 'canary', step: 'ramp', at });
    expect(parsed.body).toContain(`| ${at} | canary | rolled back step ramp | carol |`);

    fake.log.clear();
    ok(await sync(fake, ws, { event: SCHEDULE, inputs }));
    ok(await sync(fake, ws, { event: SCHEDULE, inputs }));
    expect(fake.log.counts().writes).toBe(0);
    expect(fake.state.issues.all().filter((i) => i.pull)).toHaveLength(1);
  });

  itWithFake(
    'falls back to one issue when GitHub refuses the pull request, and opens nothing more',
    async ({ fake }) => {
      fake.state.actionsMayCreatePulls = false;
      const { ws, inputs } = await rollBack(fake, 'pull-request');
      expect(fake.state.issues.all().filter((i) => i.pull)).toHaveLength(0);
      const drafts = fake.state.issues.all().filter((i) => i.title === 'Lesson draft: rollback of demo/canary');
      expect(drafts).toHaveLength(1);
      const body = drafts[0]!.body!;
      expect(body).toContain('<!-- rollbook:lesson-draft demo/canary/');
      // The lesson, fenced: it validates as written.
      const fenced = /````markdown\n([\s\S]*)\n````/.exec(body) ?? /```markdown\n([\s\S]*)\n```/.exec(body);
      expect(parseLesson(fenced![1]!, 'x.md').diagnostics).toEqual([]);

      fake.log.clear();
      ok(await sync(fake, ws, { event: SCHEDULE, inputs }));
      expect(fake.log.counts().writes).toBe(0);
      expect(fake.state.issues.all().filter((i) => i.title.startsWith('Lesson draft'))).toHaveLength(1);
    },
  );

  itWithFake('an issue someone else wrote with the marker does not stand for the draft', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan() });
    const inputs = { 'lesson-drafts': 'issue' };
    ok(await sync(fake, ws, { inputs }));
    const canary = openIssue(fake, 'demo', 'canary').number;
    const event = fake.userToggleTask(canary, item('demo/canary/rollback:ramp'), true, 'carol');
    const marker = `<!-- rollbook:lesson-draft demo/canary/${editedAt(event).replace(/[-:]/g, '')} -->`;
    fake.state.issues.create({
      title: 'fake draft',
      body: marker,
      labels: ['rollbook:lesson-draft'],
      author: 'mallory',
    });
    ok(await sync(fake, ws, { event: issuesEvent(event), inputs }));
    const drafts = fake.state.issues.all().filter((i) => i.title === 'Lesson draft: rollback of demo/canary');
    expect(drafts).toHaveLength(1);
  });

  itWithFake('opens nothing unless asked', async ({ fake }) => {
    await rollBack(fake, 'off');
    expect(fake.state.issues.all().filter((i) => i.pull || i.title.startsWith('Lesson draft'))).toHaveLength(0);
  });
});
