// Ids written from text (text/slug.ts), and the gate ids derived with them: ids key ticks and
// readings, so the same gate must get the same id run after run.
import { describe, expect, it } from 'vitest';
import { gateIds } from '../../src/gates/gate-id.ts';
import { idSlug, idSlugWithin } from '../../src/text/slug.ts';

describe('id slugs', () => {
  it.each([
    ['Checkout V2', 'checkout-v2'],
    ['  --Error rate (5xx)--  ', 'error-rate-5xx'],
    ['ÄÖÜ', ''],
  ])('%j → %j', (text, slug) => {
    expect(idSlug(text)).toBe(slug);
  });

  it('cuts to a length without leaving a dash at the end', () => {
    expect(idSlugWithin('abc def ghi', 4)).toBe('abc');
    expect(idSlugWithin('abc def ghi', 7)).toBe('abc-def');
    expect(idSlugWithin('abc', 10)).toBe('abc');
  });

  it('derives gate ids from what a gate checks, cut at 48 characters, repeats numbered', () => {
    const long = `p99_${'latency_'.repeat(8)}ms`;
    expect(
      gateIds({
        gates: [
          { metric: 'Error_Rate' },
          { metric: 'error-rate' },
          { check: 'CI / Integration Tests' },
          { metric: long },
          { signoff: ['@a'] },
          { manual: 'Dashboards look fine' },
          { metric: '!!!' },
        ],
      }),
    ).toEqual([
      'metric-error-rate',
      'metric-error-rate-2',
      'check-ci-integration-tests',
      `metric-${idSlugWithin(long, 48)}`,
      'signoff',
      'manual',
      'metric-gate',
    ]);
    expect(idSlugWithin(long, 48)).toBe('p99-latency-latency-latency-latency-latency-late');
  });
});
