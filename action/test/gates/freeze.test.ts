import { describe, expect, it } from 'vitest';
import { evaluateFreezes } from '../../src/gates/freeze.ts';
import type { FreezeStatus } from '../../src/gates/model.ts';
import type { Environment, Freeze } from '../../src/plan/schema.ts';

const holidays: Freeze = { name: 'holidays', from: '2026-12-20', to: '2027-01-04', reason: 'Peak season' };
const fridays: Freeze = { name: 'fridays', every: ['fri'], reason: 'No Friday deploys' };

function status(
  freeze: Freeze,
  at: string,
  environment: Environment = 'production',
  labels: string[] = [],
): FreezeStatus {
  return evaluateFreezes([freeze], { at: new Date(at), environment, labels })[0]!.status;
}

describe('dated freezes', () => {
  const cases: [string, string, FreezeStatus][] = [
    ['the day before', '2026-12-19T23:59:59Z', 'upcoming'],
    ['the first minute of the first day', '2026-12-20T00:00:00Z', 'active'],
    ['the middle', '2026-12-25T12:00:00Z', 'active'],
    ['the last minute of the last day (inclusive)', '2027-01-04T23:59:59Z', 'active'],
    ['the day after', '2027-01-05T00:00:00Z', 'inactive'],
    ['weeks before', '2026-11-23T09:00:00Z', 'inactive'],
  ];
  it.each(cases)('%s: %s', (_, at, expected) => {
    expect(status(holidays, at)).toBe(expected);
  });

  it('without `to` it is the single day `from` (as the runbook calendar reads it)', () => {
    const oneDay: Freeze = { name: 'launch', from: '2026-11-24', reason: 'Launch day' };
    expect(status(oneDay, '2026-11-24T12:00:00Z')).toBe('active');
    expect(status(oneDay, '2026-11-25T00:00:00Z')).toBe('inactive');
    const upTo: Freeze = { name: 'until', to: '2026-11-24', reason: 'Until' };
    expect(status(upTo, '2026-01-01T12:00:00Z')).toBe('active');
    expect(status(upTo, '2026-11-25T00:00:00Z')).toBe('inactive');
  });

  it('a date that is not a real day fails closed and says so', () => {
    const broken: Freeze = { name: 'broken', from: '2026-02-30', to: '2026-03-02', reason: 'Typo' };
    const [result] = evaluateFreezes([broken], { at: new Date('2026-11-23T09:00:00Z'), environment: 'production' });
    expect(result?.status).toBe('active');
    expect(result?.reason).toBe('Typo (its dates are not real days: fix the plan)');
  });

  it('says when it ends and when it starts', () => {
    const [active] = evaluateFreezes([holidays], { at: new Date('2026-12-24T10:00:00Z'), environment: 'production' });
    expect(active).toMatchObject({ status: 'active', until: '2027-01-05T00:00:00.000Z' });
    const [upcoming] = evaluateFreezes([holidays], { at: new Date('2026-12-15T10:00:00Z'), environment: 'production' });
    expect(upcoming).toMatchObject({ status: 'upcoming', startsAt: '2026-12-20T00:00:00.000Z' });
  });
});

describe('recurring freezes', () => {
  const cases: [string, string, FreezeStatus][] = [
    ['a Friday morning', '2026-11-27T06:00:00Z', 'active'],
    ['late on a Friday (UTC)', '2026-11-27T23:59:00Z', 'active'],
    ['the Saturday after', '2026-11-28T00:00:00Z', 'inactive'],
    ['a Thursday', '2026-11-26T12:00:00Z', 'inactive'],
  ];
  it.each(cases)('%s', (_, at, expected) => {
    expect(status(fridays, at)).toBe(expected);
  });

  it('ends at the next day not frozen', () => {
    const weekend: Freeze = { name: 'weekend', every: ['fri', 'sat', 'sun'], reason: 'Weekend' };
    const [result] = evaluateFreezes([weekend], { at: new Date('2026-11-27T12:00:00Z'), environment: 'production' });
    expect(result?.until).toBe('2026-11-30T00:00:00.000Z');
  });

  it('with dates, only those weekdays inside the dates', () => {
    const decemberFridays: Freeze = { ...fridays, from: '2026-12-01', to: '2026-12-31' };
    expect(status(decemberFridays, '2026-11-20T12:00:00Z')).toBe('inactive');
    expect(status(decemberFridays, '2026-11-27T12:00:00Z')).toBe('upcoming');
    expect(status(decemberFridays, '2026-12-04T12:00:00Z')).toBe('active');
    expect(status(decemberFridays, '2026-12-03T12:00:00Z')).toBe('upcoming');
  });

  it('a freeze with no dates and no weekdays never applies', () => {
    expect(status({ name: 'never', reason: 'r' }, '2026-11-27T12:00:00Z')).toBe('inactive');
  });
});

describe('scope and hotfixes', () => {
  const productionOnly: Freeze = { ...fridays, environments: ['production'] };
  const friday = '2026-11-27T12:00:00Z';

  it('applies only to promotions into its environments', () => {
    expect(status(productionOnly, friday, 'production')).toBe('active');
    expect(status(productionOnly, friday, 'canary')).toBe('out-of-scope');
    expect(status(fridays, friday, 'staging')).toBe('active');
  });

  it('a hotfix label is honoured only where the freeze allows it', () => {
    expect(status({ ...fridays, allowHotfix: true }, friday, 'production', ['hotfix'])).toBe('waived');
    expect(status({ ...fridays, allowHotfix: true }, friday, 'production', ['HotFix'])).toBe('waived');
    expect(status(fridays, friday, 'production', ['hotfix'])).toBe('active');
    expect(status({ ...fridays, allowHotfix: false }, friday, 'production', ['hotfix'])).toBe('active');
    expect(status({ ...fridays, allowHotfix: true }, friday, 'production', ['urgent'])).toBe('active');
  });

  it('the hotfix label name is configurable', () => {
    const [result] = evaluateFreezes([{ ...fridays, allowHotfix: true }], {
      at: new Date(friday),
      environment: 'production',
      labels: ['rollbook:hotfix'],
      hotfixLabel: 'rollbook:hotfix',
    });
    expect(result?.status).toBe('waived');
  });
});
