// The KPI review read back from a tracking issue's comments: ours by GitHub's record (the author),
// never by the marker a person can paste, also when the token's login is unknown (REST fallback).
import { describe, expect, it } from 'vitest';
import { postedReview } from '../../src/kpi-review/read.ts';
import {
  encodeReviewRecord,
  MAX_RECORDED_TEXT,
  reviewedName,
  sameQuestion,
  stillAsked,
} from '../../src/kpi-review/record.ts';
import { kpiReviewMarker } from '../../src/text/markers.ts';

const marker = kpiReviewMarker({ met: 1, missed: 0, noData: 0 });
const mallory = { id: 1, body: `${marker}\nall met`, author: 'mallory', createdAt: '2026-12-01T00:00:00Z' };
const ours = { id: 2, body: `${marker}\n…`, author: 'github-actions[bot]', createdAt: '2026-12-02T00:00:00Z' };

describe('postedReview', () => {
  it("takes the token's comment, not a person's with the same marker", () => {
    expect(postedReview([mallory, ours], 'github-actions[bot]')?.at).toBe('2026-12-02T00:00:00Z');
    expect(postedReview([mallory], 'github-actions[bot]')).toBeUndefined();
  });

  it("without the token's login (REST fallback) takes only the default token's account, never a person's", () => {
    expect(postedReview([mallory], undefined)).toBeUndefined();
    expect(postedReview([mallory, ours], undefined)?.at).toBe('2026-12-02T00:00:00Z');
  });

  it('reads the values the review recorded, and only counts from a record that is not one Rollbook wrote', () => {
    const counts = { met: 1, missed: 1, noData: 0, outcomes: ['met', 'missed'] as const };
    const kpis = [
      { kpi: 'Latency', baseline: '310 ms', expect: '<= 300 ms', measured: 0.25, unit: 's', window: '1h' },
      { kpi: 'Errors -- "quoted" <b>', expect: '<= 1%', measured: 0.02, unit: 'ratio' },
    ];
    const comment = (body: string) => ({
      id: 3,
      body,
      author: 'github-actions[bot]',
      createdAt: '2026-12-03T00:00:00Z',
    });
    const written = kpiReviewMarker({ ...counts, outcomes: [...counts.outcomes] }, encodeReviewRecord(kpis));
    expect(written.slice('<!--'.length, -'-->'.length)).not.toContain('--');
    expect(postedReview([comment(`${written}\nreview`)], 'github-actions[bot]')).toEqual({
      at: '2026-12-03T00:00:00Z',
      ...counts,
      kpis,
    });
    // Not one per outcome, a wrong type, an unbounded text: the values are dropped, the counts stay.
    for (const record of [
      encodeReviewRecord(kpis.slice(0, 1)),
      '[{"kpi":"Latency","expect":"<= 300 ms","measured":"fast"},{"kpi":"x","expect":"y"}]',
      `[{"kpi":"${'x'.repeat(MAX_RECORDED_TEXT + 1)}","expect":"y"},{"kpi":"x","expect":"y"}]`,
    ]) {
      const body = kpiReviewMarker({ ...counts, outcomes: [...counts.outcomes] }, record);
      const read = postedReview([comment(body)], 'github-actions[bot]');
      expect(read).toMatchObject(counts);
      expect(read?.kpis).toBeUndefined();
    }
  });
});

describe('sameQuestion and reviewedName (ADR 29)', () => {
  const recorded = { kpi: 'request success rate', baseline: '97.9%', expect: '>= 99%' };

  it('a renamed KPI asks the same question; a changed expectation or baseline does not', () => {
    expect(sameQuestion({ expect: '>= 99%', baseline: '97.9%' }, recorded)).toBe(true);
    expect(sameQuestion({ expect: '>= 99.5%', baseline: '97.9%' }, recorded)).toBe(false);
    expect(sameQuestion({ expect: '>= 99%', baseline: '98%' }, recorded)).toBe(false);
    expect(sameQuestion({ expect: '>= 99%' }, recorded)).toBe(false);
    expect(sameQuestion({ expect: '>= 99%', baseline: '' }, { kpi: 'x', expect: '>= 99%' })).toBe(true);
  });

  it('compares plan text as the record clips it', () => {
    const long = `>= 99% ${'x'.repeat(MAX_RECORDED_TEXT)}`;
    const clipped = `${long.slice(0, MAX_RECORDED_TEXT - 1)}…`;
    expect(sameQuestion({ expect: long }, { kpi: 'k', expect: clipped })).toBe(true);
  });

  it('still asks the awaiting KPIs whose question the plan keeps at their place, and none when the places moved', () => {
    const kpis = [
      { ...recorded, awaitsProvider: true as const },
      { kpi: 'errors', expect: '<= 1%', awaitsProvider: true as const },
      { kpi: 'tickets', expect: 'fewer' },
    ];
    const plan = [{ expect: '>= 99%', baseline: '97.9%' }, { expect: '<= 0.5%' }, { expect: 'fewer' }];
    expect([...stillAsked(plan, kpis)]).toEqual([0]);
    expect([...stillAsked(plan.slice(1), kpis)]).toEqual([]);
  });

  it('shows a renamed KPI under its new name with the recorded one, and an unchanged one as it is', () => {
    expect(reviewedName('checkout success rate', recorded)).toBe(
      'checkout success rate (renamed from request success rate)',
    );
    expect(reviewedName('request success rate', recorded)).toBe('request success rate');
  });
});
