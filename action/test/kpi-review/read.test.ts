// The KPI review read back from a tracking issue's comments: ours by GitHub's record (the author),
// never by the marker a person can paste, also when the token's login is unknown (REST fallback).
import { describe, expect, it } from 'vitest';
import { postedReview } from '../../src/kpi-review/read.ts';
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
});
