import { describe, expect, it } from 'vitest';
import { endsSentence, joinPhrases } from '../../src/text/sentences.ts';

describe('joinPhrases', () => {
  it.each([
    [['a', 'b'], 'a; b.'],
    [['Nobody read the changelog.', 'the alert was muted'], 'Nobody read the changelog. the alert was muted.'],
    [['the alert was muted', 'Nobody read the changelog.'], 'the alert was muted; Nobody read the changelog.'],
    [['Why?', 'Because!'], 'Why? Because!'],
    [['  spaced  ', ''], 'spaced.'],
    [[], ''],
  ])('%j → %s', (phrases, want) => {
    expect(joinPhrases(phrases)).toBe(want);
  });

  it('never writes two stops in a row, nor a semicolon after a stop', () => {
    const joined = joinPhrases(['one.', 'two.', 'three']);
    expect(joined).not.toMatch(/\.\.|\.;/);
    expect(endsSentence(joined)).toBe(true);
  });
});
