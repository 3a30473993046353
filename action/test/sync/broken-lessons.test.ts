// A lesson that breaks after its guards were synced (ADR 64): its guard items and gates cannot be
// computed, so a plan whose issues would lose them is not written at all, and says which lesson
// is broken where; its items, ticks and notes stay. Plans the lesson never guarded sync as usual,
// and once the lesson is fixed nothing was lost.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { demoPlan, editedAt, issuesEvent, item, ok, openIssue, sync, useFake, workspace } from './harness.ts';

const LESSON_FILE = 'playbooks/lessons/L-2024-05-blind-canary.md';
const NOTE = 'Dashboard link: see the pinned message in #ops.';

function lessonText(severity = 'sev2'): string {
  return `---
id: L-2024-05-blind-canary
title: A canary went out while its dashboards were broken
date: 2024-05-14
severity: ${severity}
trigger: config-push
contributingFactors:
  - The dashboards the gate relied on had stopped updating a week earlier.
detection:
  how: Customers reported errors before any alert fired.
  sooner: Looking at the dashboards before promoting would have shown they were stale.
timeToMitigate: 2h
services: [your-service]
guards:
  - id: dashboards-live
    match: {environments: [staging]}
    gate:
      manual: The staging dashboards show data from the last hour
  - id: dashboard-open
    match: {environments: [staging]}
    checklist: The staging dashboard is open on the incident channel's screen
---

## What happened

The canary was promoted on a green gate that read a stale dashboard.
`;
}

/** A plan the lesson does not guard: its first phase runs in dev, not staging. */
function unguardedPlan(title = 'Other rollout'): string {
  const plan = parse(demoPlan('other'));
  plan.metadata.title = title;
  plan.phases[0].environment = 'dev';
  return stringify(plan);
}

const itemsOf = (body: string) => parseIssueBody(body).items.map((i) => i.id);

describe('sync: a broken lesson never takes guard items out of the issues', () => {
  const ctx = useFake();

  it('keeps a ticked guard item, its tick and a note beside it until the lesson is fixed', async () => {
    const { fake } = ctx;
    const ws = workspace({
      'playbooks/demo.rollout.yaml': demoPlan(),
      'playbooks/other.rollout.yaml': unguardedPlan(),
      [LESSON_FILE]: lessonText(),
    });
    ok(await sync(fake, ws));
    const staging = openIssue(fake, 'demo', 'staging');
    const guards = itemsOf(staging.body!).filter((id) => id.includes('blind-canary'));
    expect(guards).toHaveLength(2);
    const checklistGuard = guards.find((id) => id.includes('/guard:'))!;
    expect(checklistGuard).toBeDefined();

    // Alice ticks the guard's item; Dana writes a note right under it.
    const tick = fake.userToggleTask(staging.number, item(checklistGuard), true, 'alice');
    ok(await sync(fake, ws, { event: issuesEvent(tick) }));
    const ticked = openIssue(fake, 'demo', 'staging').body!;
    const lines = ticked.split('\n');
    const at = lines.findIndex((l) => l.includes(item(checklistGuard)));
    lines.splice(at + 1, 0, NOTE);
    fake.userEditIssue(staging.number, lines.join('\n'), 'dana');
    const kept = fake.state.issues.get(staging.number).body!;

    // The lesson breaks (an unknown severity); the other plan changes meanwhile.
    writeFileSync(join(ws, LESSON_FILE), lessonText('sev9'));
    writeFileSync(join(ws, 'playbooks/other.rollout.yaml'), unguardedPlan('Other rollout, retitled'));
    fake.log.clear();
    const broken = await sync(fake, ws);
    expect(broken.code).toBe(1);
    const severityLine = lessonText('sev9').split('\n').indexOf('severity: sev9') + 1;
    expect(broken.stdout).toMatch(
      new RegExp(
        `::error::Rollbook sync of plan demo \\(playbooks/demo\\.rollout\\.yaml\\) failed: not written: its issues would lose items the broken lessons may give, #${staging.number} \\(staging: [^)]*${checklistGuard.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^)]*\\); broken: ${LESSON_FILE.replace(/\./g, '\\.')}:${severityLine}:\\d+: `,
      ),
    );
    // Not one write to the guarded plan's issues; the unguarded plan is synced.
    for (const phase of ['staging', 'canary', 'production'])
      expect(
        fake.log.entries.some(
          (e) => e.method === 'PATCH' && e.path.endsWith(`/issues/${openIssue(fake, 'demo', phase).number}`),
        ),
      ).toBe(false);
    expect(fake.state.issues.get(staging.number).body).toBe(kept);
    expect(openIssue(fake, 'other').title).toContain('Other rollout, retitled');

    // Fixed: the tick is still Alice's, the note still under the item, and nothing was lost.
    writeFileSync(join(ws, LESSON_FILE), lessonText());
    ok(await sync(fake, ws));
    const after = parseIssueBody(openIssue(fake, 'demo', 'staging').body!);
    expect(after.ticks.get(checklistGuard)).toBe(true);
    expect(after.state!.ticks[checklistGuard]).toEqual({ by: 'alice', at: editedAt(tick) });
    for (const id of guards) expect(after.items.map((i) => i.id)).toContain(id);
    const body = openIssue(fake, 'demo', 'staging').body!.split('\n');
    expect(body[body.findIndex((l) => l.includes(item(checklistGuard))) + 1]).toBe(NOTE);
  });

  it('a broken lesson that guarded nothing yet does not stop a sync', async () => {
    const { fake } = ctx;
    const ws = workspace({ 'playbooks/demo.rollout.yaml': demoPlan(), [LESSON_FILE]: lessonText('sev9') });
    const run = await sync(fake, ws);
    // Validation fails the run for the lesson; the issues are still created, without its guards.
    expect(run.stdout).not.toContain('not written');
    expect(itemsOf(openIssue(fake, 'demo', 'staging').body!).some((id) => id.includes('blind-canary'))).toBe(false);
  });
});
