// A runbook phase's "Metrics to watch" shows each query as that phase sends it: its variables
// and the metric's window filled in, so on-call can paste it as is.
import { describe, expect, it } from 'vitest';
import { watchList } from '../../src/render/view/metrics.ts';
import { planWith } from '../gates/helpers.ts';

describe('watchList queries', () => {
  it("fills the phase's variables and the window, per phase, sharing rows only between equal queries", () => {
    const plan = planWith([{ metric: 'errors', max: 0.01 }], {
      metrics: {
        errors: {
          provider: 'prometheus',
          query: 'sum(rate(e{track="{track}"}[{window}]))',
          signal: 'negative',
          window: '5m',
        },
      },
    });
    plan.variables = { track: { values: ['canary', 'stable'], default: 'stable' } };
    plan.phases[0]!.variables = { track: 'canary' };
    const cache = new Map();
    const first = watchList(plan.phases[0]!, plan, cache);
    const second = watchList(plan.phases[1]!, plan, cache);
    expect(first.negative.map((r) => r.query)).toEqual(['`sum(rate(e{track="canary"}[5m]))`']);
    expect(second.negative.map((r) => r.query)).toEqual(['`sum(rate(e{track="stable"}[5m]))`']);
  });
});
