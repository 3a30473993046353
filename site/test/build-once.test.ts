// The work done once per build instead of once per page: the last-call memo, and every lesson's
// backlinks from one pass over the plans, which must say what matching each lesson alone says.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchGuards } from '../../action/src/site-api.ts';
import { lastCallMemo } from '../src/lib/build-memo.ts';
import { backlinksFor } from '../src/lib/guard-index.ts';
import type { LessonEntry, PlanEntry } from '../src/lib/types.ts';
import { readPlaybooks } from './helpers/playbooks.ts';

const REPO = resolve(import.meta.dirname, '../..');

describe('lastCallMemo', () => {
  test('computes again only when an argument changes; arrays compare by their elements', () => {
    const calls: number[][] = [];
    const sum = lastCallMemo((items: readonly { n: number }[], extra: number) => {
      calls.push(items.map((i) => i.n));
      return items.reduce((s, i) => s + i.n, extra);
    });
    const [a, b] = [{ n: 1 }, { n: 2 }];
    expect(sum([a, b], 10)).toBe(13);
    expect(sum([a, b], 10)).toBe(13); // a new array of the same entries: remembered
    expect(calls).toHaveLength(1);
    expect(sum([a, { n: 2 }], 10)).toBe(13); // an equal but new entry: computed again
    expect(sum([a], 10)).toBe(11);
    expect(sum([a], 0)).toBe(1);
    expect(calls).toHaveLength(4);
  });
});

describe('backlinks', () => {
  test("each lesson's backlinks equal matching that lesson alone against every plan", async () => {
    const playbooks = await readPlaybooks(REPO, '2026-11-02');
    const plans: PlanEntry[] = playbooks.plans.map((plan) => ({
      file: '',
      warnings: 0,
      calendarRules: { noFridays: false, noWeekends: false },
      plan,
    }));
    const lessons: LessonEntry[] = playbooks.lessons.map(({ lesson, file }) => ({ file, lesson, html: '' }));
    let linked = 0;
    for (const entry of lessons) {
      // The definition: one matchGuards per plan with this lesson only.
      const expected = plans
        .flatMap(({ plan }) => {
          const matched = matchGuards(plan, [{ lesson: entry.lesson, file: entry.file }]);
          const phases = plan.phases.flatMap((phase) => {
            const guards = matched.phases.find((p) => p.phaseId === phase.id)?.guards ?? [];
            if (guards.length === 0) return [];
            return [{ id: phase.id, title: phase.title, waived: guards.every((g) => g.waived !== undefined) }];
          });
          return phases.length > 0 ? [{ plan: plan.metadata.name, title: plan.metadata.title, phases }] : [];
        })
        .sort((a, b) => a.plan.localeCompare(b.plan));
      const actual = backlinksFor(entry, plans, lessons);
      expect(actual, entry.lesson.id).toEqual(expected);
      linked += actual.length;
    }
    // The examples exercise it: lessons guard several plans each, in more than one phase.
    expect(linked).toBeGreaterThan(lessons.length);
  });
});
