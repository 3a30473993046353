// The real lessons against the real example plans. "Done when": editing a lesson's guard
// changes the applied plans (what runbooks and checklist issues are built from) of exactly the
// plans and phases the guard matches, and each change says which lesson it came from.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyGuards } from '../../src/lessons/apply.ts';
import { toLessonSet } from '../../src/lessons/lesson-set.ts';
import { lessonLintOf } from '../../src/lessons/lint-guards.ts';
import { type LoadedLessons, loadLessons } from '../../src/lessons/load.ts';
import { matchGuards } from '../../src/lessons/match.ts';
import { type LessonRef, parseLesson, validLessons } from '../../src/lessons/parse.ts';
import { type Guard, TRIGGERS } from '../../src/lessons/schema.ts';
import { summarizeLessons } from '../../src/lessons/summary.ts';
import { lintPlan } from '../../src/lint/lint.ts';
import { discoverPlanFiles } from '../../src/plan/load.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { checkPlans } from '../../src/workspace/check-plans.ts';
import { replaceOnce } from '../helpers/position.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const MIN_LESSONS = 8;

let loaded: LoadedLessons;
let lessons: LessonRef[];
let plans: { file: string; text: string; plan: RolloutPlan }[];

beforeAll(async () => {
  loaded = await loadLessons('playbooks/lessons', ROOT);
  lessons = validLessons(loaded.lessons);
  const files = await discoverPlanFiles(['playbooks'], ROOT);
  plans = files.map((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return { file, text, plan: parsePlan(text, file).plan! };
  });
});

/** Each plan with the lessons' guards folded in, as JSON to compare. */
function appliedPlans(refs: readonly LessonRef[]): Map<string, RolloutPlan> {
  return new Map(plans.map((p) => [p.plan.metadata.name, applyGuards(p.plan, matchGuards(p.plan, refs))]));
}

/** The same lessons with one guard's action edited, as an author would change it. */
function withEditedGuard(lessonId: string, guardId: string): LessonRef[] {
  return lessons.map((ref) => {
    if (ref.lesson.id !== lessonId) return ref;
    const lesson = structuredClone(ref.lesson);
    const guard = lesson.guards.find((g) => g.id === guardId)!;
    edit(guard);
    return { ...ref, lesson };
  });
}

function edit(guard: Guard): void {
  if (guard.checklist !== undefined) guard.checklist += ' (edited)';
  else if (guard.gate?.manual !== undefined) guard.gate.manual += ' (edited)';
  else if (guard.gate?.max !== undefined) guard.gate.max /= 2;
  else if (guard.freeze) guard.freeze.lead = `${Number(guard.freeze.lead.replace('d', '')) + 1}d`;
  else throw new Error(`no edit for guard ${guard.id}`);
}

/** Phases whose applied content differs, by plan. */
function changedPhases(before: Map<string, RolloutPlan>, after: Map<string, RolloutPlan>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, plan] of after) {
    const old = before.get(name)!;
    const phases = plan.phases.filter((p, i) => JSON.stringify(p) !== JSON.stringify(old.phases[i])).map((p) => p.id);
    const freezesChanged = JSON.stringify(plan.freezes) !== JSON.stringify(old.freezes);
    if (phases.length > 0 || freezesChanged) out.set(name, freezesChanged ? ['(freezes)', ...phases] : phases);
  }
  return out;
}

/** Where the guard applies (not waived), by plan. Freeze guards change the plan's freezes. */
function expectedChanges(lessonId: string, guard: Guard): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { plan } of plans) {
    const guards = matchGuards(plan, lessons);
    const phases = guards.phases
      .filter((p) => p.guards.some((g) => g.lessonId === lessonId && g.guardId === guard.id && !g.waived))
      .map((p) => p.phaseId);
    if (phases.length === 0) continue;
    if (guard.freeze) {
      if (guards.freezes.some((f) => f.key === `${lessonId}/${guard.id}`)) out.set(plan.metadata.name, ['(freezes)']);
    } else out.set(plan.metadata.name, phases);
  }
  return out;
}

/**
 * Which phases of which example plan each guard applies to, written out by hand from the match
 * rules in each lesson file and the phases of each plan. A change here is a change in what the
 * runbooks and checklists of those plans show.
 */
const COVERAGE: Record<string, Record<string, string>> = {
  'L-2018-10-os-update-deleted-files/early-reports-triaged': { 'group-orders': 'dogfood ramp-early ramp-broad' },
  'L-2018-10-os-update-deleted-files/one-step-a-day': {
    'blob-cold-tiering': 'prod-sample prod-wave-1 prod-wave-2',
    'charge-amount-minor-units': 'prod-sample prod-rest',
    'group-orders': 'dogfood ramp-early ramp-broad',
  },
  'L-2018-10-os-update-deleted-files/windows-within-bake': {
    'blob-cold-tiering': 'prod-sample prod-wave-1 prod-wave-2',
    'charge-amount-minor-units': 'prod-sample prod-rest',
    'edge-retry-budgets': 'prod-small-regions prod-large-regions',
    'group-orders': 'dogfood ramp-early ramp-broad',
    'search-ranker-canary': 'production',
  },
  'L-2019-06-replicated-corruption/unreachable-copy': {
    'blob-cold-tiering': 'test-cluster staging canary prod-sample prod-wave-1 prod-wave-2',
    'charge-amount-minor-units': 'test-replay staging canary prod-sample prod-rest',
    'group-orders': 'staging canary',
  },
  // Matches declared migrations, not a tag: group-orders migrates data without the data-migration tag.
  'L-2019-06-replicated-corruption/migration-safety-floor': {
    'blob-cold-tiering': 'test-cluster staging canary prod-sample prod-wave-1 prod-wave-2',
    'charge-amount-minor-units': 'test-replay staging canary prod-sample prod-rest',
    'group-orders': 'staging canary dogfood ramp-early ramp-broad',
  },
  'L-2019-08-unrehearsed-rollback/previous-artifact': {
    'blob-cold-tiering': 'prod-sample prod-wave-1 prod-wave-2',
    'charge-amount-minor-units': 'prod-sample prod-rest',
    'group-orders': 'dogfood',
    'search-ranker-canary': 'production',
  },
  'L-2019-08-unrehearsed-rollback/rehearsal-required': {
    'blob-cold-tiering': 'test-cluster staging canary prod-sample prod-wave-1 prod-wave-2',
    'charge-amount-minor-units': 'test-replay staging canary prod-sample prod-rest',
    'edge-retry-budgets': 'staging canary prod-small-regions prod-large-regions',
    'group-orders': 'staging canary dogfood ramp-early ramp-broad',
    'search-ranker-canary': 'staging canary production',
  },
  'L-2020-11-thread-exhaustion/thread-alarm': {
    'blob-cold-tiering': 'canary',
    'charge-amount-minor-units': 'canary',
    'group-orders': 'canary',
    'search-ranker-canary': 'canary',
  },
  'L-2020-11-thread-exhaustion/watch-both-signals': {
    'blob-cold-tiering': 'canary prod-sample prod-wave-1 prod-wave-2',
    'charge-amount-minor-units': 'canary prod-sample prod-rest',
    'edge-retry-budgets': 'canary prod-small-regions prod-large-regions',
    'group-orders': 'canary dogfood ramp-early ramp-broad',
    'search-ranker-canary': 'canary production',
  },
  'L-2020-11-capacity-before-peak/peak-lead-in': {
    'edge-retry-budgets': 'canary prod-small-regions prod-large-regions',
  },
  'L-2020-11-capacity-before-peak/capacity-baked': { 'edge-retry-budgets': 'prod-small-regions prod-large-regions' },
  'L-2021-04-cold-start-minutes/cold-start-measured': {
    'blob-cold-tiering': 'prod-wave-1 prod-wave-2',
    'charge-amount-minor-units': 'canary prod-rest',
    'group-orders': 'staging canary',
    'search-ranker-canary': 'staging canary production',
  },
  'L-2021-06-global-config-push/one-region-first': {
    'blob-cold-tiering': 'canary',
    'charge-amount-minor-units': 'prod-rest',
    'edge-retry-budgets': 'canary prod-small-regions prod-large-regions',
  },
  'L-2021-06-global-config-push/payload-reviewed': {
    'charge-amount-minor-units': 'prod-rest',
    'edge-retry-budgets': 'prod-small-regions prod-large-regions',
  },
  'L-2022-03-mobile-no-rollback/server-kill-switch': { 'group-orders': 'canary dogfood ramp-early ramp-broad' },
  'L-2022-03-mobile-no-rollback/crash-rate-gate': { 'group-orders': 'dogfood' },
  'L-2022-03-mobile-no-rollback/oldest-build-tested': { 'group-orders': 'staging canary' },
  'L-2022-03-mobile-no-rollback/dark-launch-required': {
    'group-orders': 'staging canary dogfood ramp-early ramp-broad',
  },
  'L-2023-02-breaking-field-rename/consumers-from-traffic': { 'charge-amount-minor-units': 'prod-sample prod-rest' },
  'L-2023-02-breaking-field-rename/deprecation-required': {
    'charge-amount-minor-units': 'test-replay staging canary prod-sample prod-rest',
  },
};

describe('the example lessons', () => {
  it('all validate, and there are at least eight covering several triggers', () => {
    expect(loaded.lessons.flatMap((l) => l.diagnostics)).toEqual([]);
    expect(lessons.length).toBeGreaterThanOrEqual(MIN_LESSONS);
    const triggers = new Set(lessons.map((l) => l.lesson.trigger));
    expect(triggers.size).toBeGreaterThanOrEqual(5);
    for (const t of triggers) expect(TRIGGERS).toContain(t);
  });

  it('each file is named after its lesson id', () => {
    for (const { lesson, file } of lessons) expect(file).toBe(`playbooks/lessons/${lesson.id}.md`);
  });

  it('keep every example plan valid with no warnings (validate --strict)', async () => {
    const result = await checkPlans(['playbooks'], { cwd: ROOT, config: {}, start: '2026-11-02' });
    expect(result.diagnostics).toEqual([]);
    expect(result.lessons.length).toBe(loaded.lessons.length);
  });

  it('guard the phases the lesson files say, in the example plans', () => {
    const summary = summarizeLessons(lessons, plans);
    const coverage = Object.fromEntries(
      summary.lessons.flatMap((l) =>
        l.guards.map((g) => [`${l.id}/${g.id}`, Object.fromEntries(g.plans.map((p) => [p.plan, p.phases.join(' ')]))]),
      ),
    );
    expect(coverage).toEqual(COVERAGE);
  });

  it('each lesson adds at least one guard that changes an example plan', () => {
    const without = appliedPlans([]);
    for (const ref of lessons) {
      const changed = changedPhases(without, appliedPlans([ref]));
      expect(changed.size, `${ref.lesson.id} changes no plan`).toBeGreaterThan(0);
    }
  });

  it('each guard that adds something is edited: exactly the plans and phases it matches change', () => {
    const before = appliedPlans(lessons);
    let edited = 0;
    for (const { lesson } of lessons) {
      for (const guard of lesson.guards) {
        if (guard.raise) continue; // raise guards change lint, not the plan; see the lint tests below
        const after = appliedPlans(withEditedGuard(lesson.id, guard.id));
        const expected = expectedChanges(lesson.id, guard);
        expect(expected.size, `${lesson.id}/${guard.id} guards no example plan`).toBeGreaterThan(0);
        expect(changedPhases(before, after), `${lesson.id}/${guard.id}`).toEqual(expected);
        edited++;
      }
    }
    expect(edited).toBeGreaterThanOrEqual(MIN_LESSONS);
  });

  it('editing the guard text in the lesson file changes the matching checklists, and they say why', () => {
    const file = 'playbooks/lessons/L-2020-11-thread-exhaustion.md';
    const source = readFileSync(join(ROOT, file), 'utf8');
    const edited = parseLesson(
      replaceOnce(source, 'A thread-count alarm, set', 'A thread-count alarm, paged and set'),
      file,
    );
    const others = lessons.filter((l) => l.file !== file);
    for (const { plan } of plans) {
      const guards = matchGuards(plan, [...others, { lesson: edited.lesson!, file }]);
      const items = guards.phases.flatMap((p) =>
        p.guards.filter((g) => g.key === 'L-2020-11-thread-exhaustion/thread-alarm').map((g) => [p.phaseId, g]),
      );
      const canaryWithBinary = plan.phases.filter(
        (p) => p.environment === 'canary' && p.steps.some((s) => s.kind === 'binary'),
      );
      expect(items.map(([id]) => id)).toEqual(canaryWithBinary.map((p) => p.id));
      for (const [, g] of items) {
        expect(typeof g === 'object' && g.summary.startsWith('A thread-count alarm, paged and set')).toBe(true);
        expect(typeof g === 'object' && g.why.title).toBe(
          'Worker threads piled up until the process hit its limit, and no alert watched them',
        );
      }
    }
  });

  it('the peak-season freeze guard adds a lead-in before the edge plan peak freeze', () => {
    const edge = plans.find((p) => p.plan.metadata.name === 'edge-retry-budgets')!;
    const guards = matchGuards(edge.plan, lessons);
    expect(guards.freezes.map((f) => [f.freeze.name, f.freeze.from, f.freeze.to, f.why.lessonId])).toEqual([
      ['lead-in-peak-season-2026', '2026-11-17', '2026-11-19', 'L-2020-11-capacity-before-peak'],
    ]);
  });

  it('guards match facts, not tags: a breaking plan without the tag still gets the breaking-change lesson (ADR 30)', () => {
    const charge = plans.find((p) => p.plan.metadata.name === 'charge-amount-minor-units')!;
    const untagged = structuredClone(charge.plan);
    untagged.metadata.tags = [];
    const guarded = (plan: RolloutPlan) =>
      matchGuards(plan, lessons)
        .phases.flatMap((p) => p.guards.map((g) => `${p.phaseId}:${g.key}`))
        .filter((key) => key.includes('L-2023-02-breaking-field-rename'));
    expect(guarded(untagged)).toEqual(guarded(charge.plan));
    expect(guarded(untagged)).toContain('prod-rest:L-2023-02-breaking-field-rename/consumers-from-traffic');
    untagged.compatibility.breaking = false;
    expect(guarded(untagged)).toEqual([]);
  });

  it('the previous-artifact guard leaves out an app-store phase (its audience counts installs)', () => {
    const orders = plans.find((p) => p.plan.metadata.name === 'group-orders')!;
    const key = 'L-2019-08-unrehearsed-rollback/previous-artifact';
    const phasesWith = (plan: RolloutPlan) =>
      matchGuards(plan, lessons)
        .phases.filter((p) => p.guards.some((g) => g.key === key))
        .map((p) => p.phaseId);
    const before = phasesWith(orders.plan);
    expect(before).toContain('dogfood');
    const appStore = structuredClone(orders.plan);
    appStore.phases.find((p) => p.id === 'dogfood')!.audience = '0.05% of installs';
    expect(phasesWith(appStore)).toEqual(before.filter((id) => id !== 'dogfood'));
  });

  it('a raise guard names its lesson in lint messages on a real plan', () => {
    const blob = plans.find((p) => p.plan.metadata.name === 'blob-cold-tiering')!;
    const text = blob.text.replace(/\n {4}rehearsal: >-\n(?: {6}.*\n)+/, '\n');
    const parsed = parsePlan(text, blob.file);
    const findings = lintPlan(parsed, {
      start: '2026-11-02',
      noFridays: true,
      severities: { 'rollback-rehearsal': 'off' },
      lessons: lessonLintOf(parsed, toLessonSet(loaded.lessons))!,
    });
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) {
      expect(d).toMatchObject({
        code: 'rollback-rehearsal',
        severity: 'error',
        lesson: { id: 'L-2019-08-unrehearsed-rollback' },
      });
    }
  });
});
