import { describe, expect, it } from 'vitest';
import { completedAt, completionOf, reviewDueAt } from '../../src/checklist/completion.ts';
import { derivePhaseState } from '../../src/checklist/phase-state.ts';
import { deriveRolloutState } from '../../src/checklist/rollout-state.ts';
import { emptyState } from '../../src/checklist/state-block.ts';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';

const NOW = new Date('2026-12-01T00:00:00Z');

function rolloutWith(planText: string, done: Record<string, { by: string; at: string }>) {
  const plan = parsePlan(planText, 'demo.rollout.yaml').plan!;
  const statuses = plan.phases.map((p) => {
    const tick = done[p.id];
    const id = `${plan.metadata.name}/${p.id}/complete`;
    const audit = tick
      ? {
          ...emptyState('phase', plan.metadata.name, p.id),
          ticks: { [id]: tick },
          log: [{ itemId: id, checked: true, ...tick }],
        }
      : undefined;
    return derivePhaseState(plan, p.id, new Map(tick ? [[id, true]] : []), audit, NOW);
  });
  return { plan, rollout: deriveRolloutState(plan, statuses) };
}

const ALL = {
  staging: { by: 'alice', at: '2026-11-02T10:00:00Z' },
  canary: { by: 'bob', at: '2026-11-05T10:00:00Z' },
  production: { by: 'alice', at: '2026-11-04T10:00:00Z' },
};

describe('completionOf', () => {
  const base = scaffoldPlan('demo', 'schema.json');

  it('is undefined until every phase is done', () => {
    const { plan, rollout } = rolloutWith(base, { staging: ALL.staging });
    expect(completionOf(plan, rollout)).toBeUndefined();
    expect(reviewDueAt(plan, rollout)).toBeUndefined();
  });

  it('takes the latest completion and who released, and is closable without KPIs to review', () => {
    const { plan, rollout } = rolloutWith(base, ALL);
    expect(completedAt(rollout)).toBe('2026-11-05T10:00:00Z');
    expect(completionOf(plan, rollout)).toEqual({
      state: 'closable',
      at: '2026-11-05T10:00:00Z',
      releasedBy: ['alice', 'bob'],
    });
  });

  it('is pending until the review, then closable or missed', () => {
    const reviewed = base.replace('metric: success_rate}', 'metric: success_rate, reviewAfter: 2w}');
    const { plan, rollout } = rolloutWith(reviewed, ALL);
    expect(completionOf(plan, rollout)).toMatchObject({ state: 'review-pending', reviewDue: '2026-11-19T10:00:00Z' });
    const at = '2026-11-19T11:00:00Z';
    expect(completionOf(plan, rollout, { at, met: 1, missed: 0, noData: 0 })?.state).toBe('closable');
    expect(completionOf(plan, rollout, { at, met: 0, missed: 1, noData: 0 })?.state).toBe('review-missed');
  });
});
