// A lesson that breaks after its guards were synced (ADR 64), in this repository or in a lesson
// source: its guard items and gates cannot be computed, so a plan whose issues would lose them is
// not written at all, and the run says which lesson is broken where; the items, ticks and notes
// stay. Plans the lesson never guarded sync as usual, and once it is fixed nothing was lost.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import type { FakeGitHub } from '../fake-github/server.ts';
import { BLIND_CANARY_ID, blindCanaryLesson, GUARDS } from '../helpers/blind-canary-lesson.ts';
import type { ActionRun } from '../helpers/run-action.ts';
import { configText, FAKE_OPTIONS, LESSONS_REPO, LESSONS_TOKEN, publishLesson } from '../shared-lessons/harness.ts';
import {
  demoPlan,
  editedAt,
  issuesEvent,
  item,
  itWithFake,
  ok,
  openIssue,
  sync,
  withFake,
  workspace,
} from './harness.ts';

const LESSON_FILE = `playbooks/lessons/${BLIND_CANARY_ID}.md`;
const NOTE = 'Dashboard link: see the pinned message in #ops.';

/** A manual gate on staging and a checklist item on the canary, for every service; `sev9` is no severity. */
function lessonText(severity = 'sev2'): string {
  return blindCanaryLesson({ guards: [GUARDS.dashboardsLive(), GUARDS.canaryDashboard] }).replace(
    'severity: sev2',
    `severity: ${severity}`,
  );
}

const SEVERITY_LINE = lessonText('sev9').split('\n').indexOf('severity: sev9') + 1;

/** A plan the lesson does not guard: its phases run in dev, test and production. */
function unguardedPlan(title = 'Other rollout'): string {
  const plan = parse(demoPlan('other'));
  plan.metadata.title = title;
  plan.phases[0].environment = 'dev';
  plan.phases[1].environment = 'test';
  return stringify(plan);
}

const itemsOf = (body: string) => parseIssueBody(body).items.map((i) => i.id);
const regexText = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Lessons {
  /** Where the lesson lives, as diagnostics name it. */
  file: string;
  put(text: string): void;
  inputs?: Record<string, string>;
}

/**
 * Synced with the lesson; Alice ticks the canary's guard item and Dana writes a note under it;
 * the lesson breaks and the other plan is retitled; then the lesson is fixed.
 */
async function breakAndFix(fake: FakeGitHub, ws: string, lessons: Lessons): Promise<void> {
  const run = (options: Parameters<typeof sync>[2] = {}): Promise<ActionRun> =>
    sync(fake, ws, { ...options, inputs: { ...lessons.inputs, ...options.inputs } });
  lessons.put(lessonText());
  ok(await run());
  const canary = openIssue(fake, 'demo', 'canary');
  const guardItems = [...itemsOf(openIssue(fake, 'demo', 'staging').body!), ...itemsOf(canary.body!)].filter((id) =>
    id.includes('blind-canary'),
  );
  expect(guardItems).toHaveLength(2);
  const guard = itemsOf(canary.body!).find((id) => id.includes('/guard:'))!;
  expect(guard).toBeDefined();

  const tick = fake.userToggleTask(canary.number, item(guard), true, 'alice');
  ok(await run({ event: issuesEvent(tick) }));
  const lines = openIssue(fake, 'demo', 'canary').body!.split('\n');
  lines.splice(lines.findIndex((l) => l.includes(item(guard))) + 1, 0, NOTE);
  fake.userEditIssue(canary.number, lines.join('\n'), 'dana');
  const kept = new Map(
    ['staging', 'canary', 'production'].map((phase) => [phase, openIssue(fake, 'demo', phase).body]),
  );

  lessons.put(lessonText('sev9'));
  writeFileSync(join(ws, 'playbooks/other.rollout.yaml'), unguardedPlan('Other rollout, retitled'));
  const broken = await run();
  expect(broken.code).toBe(1);
  expect(broken.stdout).toMatch(
    new RegExp(
      `::error::Rollbook sync of plan demo \\(playbooks/demo\\.rollout\\.yaml\\) failed: not written: its issues would lose items the broken lessons may give, #\\d+ \\(staging: [^)]*\\); #${canary.number} \\(canary: [^)]*${regexText(guard)}[^)]*\\); broken: ${regexText(lessons.file)}:${SEVERITY_LINE}:\\d+: `,
    ),
  );
  // The guarded plan's issues are as they were; the plan the lesson never guarded is synced.
  for (const [phase, body] of kept) expect(openIssue(fake, 'demo', phase).body, phase).toBe(body);
  expect(openIssue(fake, 'other').title).toContain('Other rollout, retitled');

  // Fixed: the tick is still Alice's, the note still under the item, every guard item is back.
  lessons.put(lessonText());
  ok(await run());
  const after = parseIssueBody(openIssue(fake, 'demo', 'canary').body!);
  expect(after.ticks.get(guard)).toBe(true);
  expect(after.state!.ticks[guard]).toEqual({ by: 'alice', at: editedAt(tick) });
  const body = openIssue(fake, 'demo', 'canary').body!.split('\n');
  expect(body[body.findIndex((l) => l.includes(item(guard))) + 1]).toBe(NOTE);
  for (const phase of ['staging', 'canary'])
    expect(itemsOf(openIssue(fake, 'demo', phase).body!).filter((id) => guardItems.includes(id))).not.toEqual([]);
}

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: a broken local lesson never takes guard items out of the issues', () => {
  itWithFake('keeps a ticked guard item, its tick and a note beside it until the lesson is fixed', async ({ fake }) => {
    const ws = workspace({
      'playbooks/demo.rollout.yaml': demoPlan(),
      'playbooks/other.rollout.yaml': unguardedPlan(),
    });
    mkdirSync(dirname(join(ws, LESSON_FILE)), { recursive: true });
    await breakAndFix(fake, ws, { file: LESSON_FILE, put: (text) => writeFileSync(join(ws, LESSON_FILE), text) });
  });

  itWithFake('a broken lesson that guarded nothing yet does not stop a sync', async ({ fake }) => {
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan(), [LESSON_FILE]: lessonText('sev9') });
    const run = await sync(fake, ws);
    // Validation fails the run for the lesson; the issues are still created, without its guards.
    expect(run.stdout).not.toContain('not written');
    expect(itemsOf(openIssue(fake, 'demo', 'canary').body!).some((id) => id.includes('blind-canary'))).toBe(false);
  });
});

// Each test has a fake of its own, so they run concurrently (ADR 66).
describe.concurrent('sync: a broken shared lesson never takes guard items out of the issues', () => {
  const itWithOwnFake = withFake(FAKE_OPTIONS);

  itWithOwnFake(
    'keeps a ticked guard item, its tick and a note beside it until the source fixes the lesson',
    async ({ fake }) => {
      const ws = workspace({
        'rollbook.config.yaml': configText(),
        'playbooks/demo.rollout.yaml': demoPlan(),
        'playbooks/other.rollout.yaml': unguardedPlan(),
      });
      await breakAndFix(fake, ws, {
        file: `${LESSONS_REPO}@main:${LESSON_FILE}`,
        put: (text) => publishLesson(fake, text),
        inputs: { 'lessons-token': LESSONS_TOKEN },
      });
    },
  );
});
