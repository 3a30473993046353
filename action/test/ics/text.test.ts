// TEXT values and line folding of iCalendar files (RFC 5545 §3.3.11, §3.1).
import { describe, expect, it } from 'vitest';
import { foldIcsLine, icsLines, MAX_LINE_OCTETS } from '../../src/ics/fold.ts';
import { escapeIcsText } from '../../src/ics/text.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon and comma, and writes every kind of line break as \\n', () => {
    expect(escapeIcsText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeIcsText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('cannot end the property or start another: hostile text stays one line', () => {
    const hostile = 'Deploy\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned';
    const escaped = escapeIcsText(hostile);
    expect(escaped).not.toMatch(/[\r\n]/);
    expect(escaped).toBe('Deploy\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:pwned');
  });

  it('drops control characters TEXT does not allow and keeps a tab and non-ASCII text', () => {
    expect(escapeIcsText('a\u0000b\u001bc\u007fd\te')).toBe('abcd\te');
    expect(escapeIcsText('Zürich 🚀 区域')).toBe('Zürich 🚀 区域');
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    const line = 'x'.repeat(MAX_LINE_OCTETS);
    expect(foldIcsLine(line)).toBe(line);
    expect(foldIcsLine(`${line}y`)).toBe(`${line}\r\n y`);
  });

  it('keeps every physical line within 75 octets and never splits a UTF-8 sequence', () => {
    for (const unit of ['é', '区', '🚀', 'a🚀']) {
      const line = `SUMMARY:${unit.repeat(100)}`;
      const physical = foldIcsLine(line).split('\r\n');
      for (const part of physical) {
        expect(octets(part)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
        // A split sequence would round-trip to U+FFFD.
        expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
      // Unfolding (drop CRLF and the one space after it) gives the line back.
      expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      expect(physical.length).toBeGreaterThan(1);
    }
  });

  it('ends every line with CRLF', () => {
    expect(icsLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
