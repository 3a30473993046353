import { describe, expect, it } from 'vitest';
import { chartValue, formatMeasured, formatNumber, formatThreshold } from '../../src/text/number.ts';
import { alignTable, wrapLine, wrapText } from '../../src/text/wrap.ts';

describe('measured values (one home for value formatting)', () => {
  it('shows a ratio as a percentage with three significant digits', () => {
    expect(formatMeasured(0.0297691, 'ratio')).toBe('2.98%');
    expect(formatMeasured(0.004, 'ratio')).toBe('0.4%');
    expect(formatMeasured(0.25, 'ratio')).toBe('25%');
    expect(formatMeasured(0.00001234, 'ratio')).toBe('0.00123%');
  });

  it('keeps integer digits and follows other units with a space', () => {
    expect(formatMeasured(412.345, 'ms')).toBe('412 ms');
    expect(formatMeasured(12345.6, 'req/s')).toBe('12346 req/s');
    expect(formatMeasured(12.3456, '%')).toBe('12.3%');
    expect(formatMeasured(0.5, undefined)).toBe('0.5');
  });

  it('never prints a value equal to a threshold it differs from', () => {
    expect(formatMeasured(0.0100004, 'ratio', [0.01])).toBe('1.00004%');
    expect(formatMeasured(0.0100004, 'ratio')).toBe('1%');
    expect(formatMeasured(250.4, 'ms', [250])).toBe('250.4 ms');
    // A ratio never rounds to 0% or 100% unless it is.
    expect(formatMeasured(0.99996, 'ratio')).toBe('99.996%');
    expect(formatMeasured(1, 'ratio')).toBe('100%');
    expect(formatMeasured(0, 'ratio')).toBe('0%');
  });

  it('prints thresholds exactly, in the unit', () => {
    expect(formatThreshold(0.0125, 'ratio')).toBe('1.25%');
    expect(formatThreshold(0.999, 'ratio')).toBe('99.9%');
    expect(formatThreshold(250, 'ms')).toBe('250 ms');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('draws a ratio in percent', () => {
    expect(chartValue(0.07, 'ratio')).toBe(7);
    expect(chartValue(0.07, 'ms')).toBe(0.07);
  });
});

describe('terminal layout', () => {
  it('wraps at spaces, and inside a word longer than the width', () => {
    expect(wrapText('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLine('  - one two three four', 12)).toEqual(['  - one two', '    three', '    four']);
  });

  it('narrows the widest columns so every line fits, wrapping cells within their column', () => {
    const rows = [
      ['A', 'B', 'C'],
      ['short', 'x'.repeat(90), 'a tail of words that is long enough to need wrapping too'],
    ];
    const lines = alignTable(rows, 60);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(lines.join('\n')).toContain('x'.repeat(20));
    expect(lines.join('').replace(/\s+/g, '')).toContain('x'.repeat(90).slice(0, 20));
    // A table that fits is untouched by narrowing.
    expect(
      alignTable(
        [
          ['a', 'b'],
          ['cc', 'd'],
        ],
        60,
      ),
    ).toEqual(['a   b', 'cc  d']);
  });
});
