// "Did you mean": typos within a small edit distance, and words cut short.
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/plan/suggest.ts';

const ENVIRONMENTS = ['dev', 'test', 'staging', 'canary', 'production'];
const SEVERITIES = ['error', 'warning', 'off'];

describe('closest', () => {
  it.each([
    ['a typo', 'stagin', ENVIRONMENTS, 'staging'],
    ['a typo, whatever the case', 'Canry', ENVIRONMENTS, 'canary'],
    ['a word cut short', 'prod', ENVIRONMENTS, 'production'],
    ['a word cut short, whatever the case', 'WARN', SEVERITIES, 'warning'],
    ['a typo before a word cut short', 'tes', ['test', 'testing-ground'], 'test'],
    ['nothing for a start that several candidates share', 'pro', ['production', 'profile'], undefined],
    ['nothing for a start too short to mean a word', 'pr', ['production'], undefined],
    ['nothing for a word that is no candidate', 'qa', ENVIRONMENTS, undefined],
  ])('%s', (_, input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });
});
