import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { actedFromComments } from '../../src/github-action/sync/lesson-drafts.ts';
import { draftLesson, draftLessonId, guessTrigger } from '../../src/lessons/draft.ts';
import { parseLesson } from '../../src/lessons/parse.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { breachMarker } from '../../src/text/markers.ts';

const plan = parsePlan(scaffoldPlan('demo', 's'), 'demo.rollout.yaml').plan!;

describe('draftLesson', () => {
  it('writes valid front matter with the rollback, its timeline and the gate readings at the breach', () => {
    const draft = draftLesson({
      plan,
      phaseId: 'canary',
      date: '2026-11-05',
      rollback: { at: '2026-11-05T10:00:00Z', by: 'carol', stepId: 'ramp' },
      timeline: [
        { phaseId: 'canary', what: 'activated', stepId: 'ramp', by: 'alice', at: '2026-11-04T09:00:00Z' },
        { phaseId: 'canary', what: 'rolled-back', stepId: 'ramp', by: 'carol', at: '2026-11-05T10:00:00Z' },
      ],
      readings: {
        evaluatedAt: '2026-11-05T09:55:00Z',
        gates: [
          {
            gate: 'metric-error-rate',
            title: 'error_rate',
            status: 'rollback',
            value: '0.07',
            threshold: '≤ 0.01 | x',
          },
        ],
      },
    });
    const parsed = parseLesson(draft.text, `${draft.id}.md`);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.lesson!.rollback).toEqual({
      plan: 'demo',
      phase: 'canary',
      environment: 'canary',
      strategy: 'flag-ramp',
      stepKinds: expect.any(Array),
      step: 'ramp',
      at: '2026-11-05T10:00:00Z',
    });
    expect(parsed.body).toContain('| 2026-11-05T10:00:00Z | canary | rolled back step ramp | carol |');
    // Logins are written without @: a draft opened as an issue pings nobody.
    expect(draft.text).not.toContain('@carol');
    expect(parsed.body).toContain('| error_rate | 0.07 | ≤ 0.01 \\| x | rollback |');
  });

  it('drops an audit time that is not in the stored form, and keeps ids within 64 characters', () => {
    const draft = draftLesson({ plan, phaseId: 'canary', date: '2026-11-05', rollback: { at: 'yesterday' } });
    expect(parseLesson(draft.text, 'x.md').diagnostics).toEqual([]);
    expect(draft.text).not.toContain('yesterday');
    const id = draftLessonId('a'.repeat(64), 'b'.repeat(64), '2026-11-05');
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toMatch(/^L-2026-11-rollback-a+$/);
  });

  it('guesses the trigger from the step kinds', () => {
    expect(guessTrigger(['binary', 'flag'])).toBe('config-push');
    expect(guessTrigger(['binary', 'test'])).toBe('binary-push');
  });

  it('a ROLL BACK verdict nobody has ticked is drafted as a rollback that says it is unconfirmed (ADR 27)', () => {
    const draft = draftLesson({
      plan,
      phaseId: 'canary',
      date: '2026-11-05',
      rollback: { at: '2026-11-05T10:00:00Z', via: 'verdict' },
    });
    const parsed = parseLesson(draft.text, 'x.md');
    expect(parsed.diagnostics).toEqual([]);
    expect(draft.title).toMatch(/^Rolled back: /);
    expect(parsed.lesson!.rollback!.at).toBe('2026-11-05T10:00:00Z');
    expect(parsed.lesson!.detection.how).toBe(
      "Rollbook's watch read a ROLL BACK verdict on the phase canary at 2026-11-05T10:00:00Z; nobody has ticked its roll-back yet. Say whether and when it was rolled back, and what was noticed first.",
    );
    const ticked = draftLesson({
      plan,
      phaseId: 'canary',
      date: '2026-11-05',
      rollback: { at: '2026-11-05T10:00:00Z' },
    });
    expect(parseLesson(ticked.text, 'x.md').lesson!.detection.how).toBe(
      'The phase canary was rolled back at 2026-11-05T10:00:00Z; say what was noticed first.',
    );
  });
});

describe('actedFromComments', () => {
  const breach = (after: string, phase = 'canary', name = 'demo') =>
    `${breachMarker({ plan: name, phase, after })}\n### 🛑 ROLL BACK`;
  const bot = 'github-actions[bot]';
  const comment = (id: number, author: string, body: string, createdAt: string) => ({ id, author, body, createdAt });

  it("keeps the action's own breach comments of the phase posted since its activation, oldest first", () => {
    const comments = [
      comment(1, bot, breach('2026-11-01T09:00:00Z'), '2026-11-01T09:05:00Z'),
      comment(2, bot, breach('2026-11-05T11:00:00Z'), '2026-11-05T11:05:00Z'),
      comment(3, 'mallory', breach('2026-11-04T09:00:00Z'), '2026-11-04T09:05:00Z'),
      comment(4, bot, breach('2026-11-05T10:00:00Z'), '2026-11-05T10:05:00Z'),
      comment(5, bot, breach('2026-11-05T10:30:00Z', 'production'), '2026-11-05T10:35:00Z'),
      comment(6, bot, breach('2026-11-05T10:30:00Z', 'canary', 'other'), '2026-11-05T10:35:00Z'),
      comment(7, bot, 'a comment', '2026-11-05T10:40:00Z'),
      // Posted after a re-activation, its key an evaluation from before it: this run's breach.
      comment(8, bot, breach('2026-11-02T23:00:00Z'), '2026-11-04T08:00:00Z'),
    ];
    expect(actedFromComments(plan, 'canary', comments, bot, '2026-11-03T00:00:00Z')).toEqual([
      { phaseId: 'canary', at: '2026-11-02T23:00:00Z' },
      { phaseId: 'canary', at: '2026-11-05T10:00:00Z' },
      { phaseId: 'canary', at: '2026-11-05T11:00:00Z' },
    ]);
  });

  it('is empty for a phase whose answer to a breach is to roll forward', () => {
    const forward = { ...plan, policy: { ...plan.policy, prefer: 'roll-forward' as const } };
    const comments = [comment(1, bot, breach('2026-11-05T10:00:00Z'), '2026-11-05T10:05:00Z')];
    expect(actedFromComments(forward, 'canary', comments, bot, '2026-11-03T00:00:00Z')).toEqual([]);
    expect(actedFromComments(plan, 'canary', comments, bot, '2026-11-03T00:00:00Z')).toHaveLength(1);
  });
});
