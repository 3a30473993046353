// Counted nouns: one home (text/plural.ts) for every "1 plan" / "2 plans" in messages and pages.
import { describe, expect, it } from 'vitest';
import { plural, pluralNoun } from '../../src/text/plural.ts';

describe('plural', () => {
  it.each([
    [0, 'runbook', undefined, '0 runbooks'],
    [1, 'runbook', undefined, '1 runbook'],
    [2, 'lesson page', undefined, '2 lesson pages'],
    [1, 'repository', 'repositories', '1 repository'],
    [3, 'repository', 'repositories', '3 repositories'],
  ])('%i %s', (count, one, many, expected) => {
    expect(plural(count, one, many)).toBe(expected);
  });

  it('gives the noun alone for text that puts the count elsewhere', () => {
    expect(pluralNoun(1, 'phase')).toBe('phase');
    expect(pluralNoun(2, 'phase')).toBe('phases');
    expect(pluralNoun(0, 'phase')).toBe('phases');
  });
});
