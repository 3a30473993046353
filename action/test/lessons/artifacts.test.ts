// Issue 6, "done when", on the artifacts people read: editing one lesson's guard changes the
// rendered runbooks and the phase checklist-issue bodies of exactly the example plans the guard
// matches, and every changed artifact names the lesson it came from.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { type ChecklistTemplates, loadChecklistTemplates } from '../../src/checklist/templates.ts';
import { applyGuards } from '../../src/lessons/apply.ts';
import { loadLessons } from '../../src/lessons/load.ts';
import { matchGuards } from '../../src/lessons/match.ts';
import { type LessonRef, validLessons } from '../../src/lessons/parse.ts';
import type { Guard } from '../../src/lessons/schema.ts';
import { checklistGuards, runbookGuards, withGuardFreezes } from '../../src/lessons/views.ts';
import { discoverPlanFiles } from '../../src/plan/load.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { renderRunbook } from '../../src/render/render.ts';
import { type CompiledTemplates, compileTemplates, loadRunbookTemplates } from '../../src/render/templates.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const START = '2026-11-02';

let lessons: LessonRef[];
let plans: { file: string; plan: RolloutPlan }[];
let runbookTemplates: CompiledTemplates;
let checklistTemplates: ChecklistTemplates;

beforeAll(async () => {
  lessons = validLessons((await loadLessons('playbooks/lessons', ROOT)).lessons);
  const files = await discoverPlanFiles(['playbooks'], ROOT);
  plans = files.map((file) => ({ file, plan: parsePlan(readFileSync(join(ROOT, file), 'utf8'), file).plan! }));
  runbookTemplates = compileTemplates(await loadRunbookTemplates({ cwd: ROOT }));
  checklistTemplates = await loadChecklistTemplates();
});

/** Every artifact of every example plan, keyed `<plan> runbook` / `<plan> issue <phase>`. */
function artifacts(refs: readonly LessonRef[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { file, plan } of plans) {
    const guards = matchGuards(plan, refs, { href: (ref) => `../lessons/${ref.lesson.id}.md` });
    const runbook = renderRunbook(
      { file, plan: withGuardFreezes(plan, guards), guards: runbookGuards(guards) },
      { start: START, noFridays: true },
      runbookTemplates,
      'md',
    );
    out.set(`${plan.metadata.name} runbook`, runbook.text);
    // Issues are built from the plan with guard gates folded in (docs/lessons.md).
    const applied = applyGuards(plan, guards);
    for (const phase of plan.phases) {
      const issue = buildPhaseIssue({
        plan: applied,
        phaseId: phase.id,
        templates: checklistTemplates,
        guards: checklistGuards(guards, phase.id),
      });
      out.set(`${plan.metadata.name} issue ${phase.id}`, issue.body);
    }
  }
  return out;
}

/** The lessons with one guard's text edited, as an author would change it. */
function withEditedGuard(lessonId: string, guardId: string, marker: string): LessonRef[] {
  return lessons.map((ref) => {
    if (ref.lesson.id !== lessonId) return ref;
    const lesson = structuredClone(ref.lesson);
    const guard: Guard = lesson.guards.find((g) => g.id === guardId)!;
    if (guard.checklist !== undefined) guard.checklist += ` ${marker}`;
    else if (guard.gate?.manual !== undefined) guard.gate.manual += ` ${marker}`;
    else throw new Error('only text guards are edited here');
    return { ...ref, lesson };
  });
}

/** Where a guard applies and is not waived: plan → phases. */
function matchedPhases(lessonId: string, guardId: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { plan } of plans) {
    const phases = matchGuards(plan, lessons)
      .phases.filter((p) => p.guards.some((g) => g.lessonId === lessonId && g.guardId === guardId && !g.waived))
      .map((p) => p.phaseId);
    if (phases.length > 0) out.set(plan.metadata.name, phases);
  }
  return out;
}

describe('editing a lesson guard changes exactly the matching plans’ runbooks and issues', () => {
  it('covers the text guards of the example lessons', () => {
    const textGuards = lessons.flatMap((ref) =>
      ref.lesson.guards.filter((g) => g.checklist !== undefined || g.gate?.manual !== undefined),
    );
    expect(textGuards.length).toBeGreaterThanOrEqual(5);
  });

  it('for every text guard: the changed artifacts are the matched plans’ runbook and phase issues, and they name the lesson', () => {
    const before = artifacts(lessons);
    let checked = 0;
    for (const ref of lessons) {
      for (const guard of ref.lesson.guards) {
        if (guard.checklist === undefined && guard.gate?.manual === undefined) continue;
        const marker = `edited-${checked}`;
        const after = artifacts(withEditedGuard(ref.lesson.id, guard.id, marker));
        const changed = [...after.keys()].filter((key) => after.get(key) !== before.get(key)).sort();
        const matched = matchedPhases(ref.lesson.id, guard.id);
        const expected = [...matched].flatMap(([plan, phases]) => [
          `${plan} runbook`,
          ...phases.map((phase) => `${plan} issue ${phase}`),
        ]);
        expect(changed, `${ref.lesson.id}/${guard.id}`).toEqual(expected.sort());
        for (const key of changed) {
          expect(after.get(key), key).toContain(marker);
          expect(after.get(key), key).toContain(ref.lesson.id);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
