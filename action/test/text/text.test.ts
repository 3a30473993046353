// The text module's own contracts: truncation by code points, the hidden-marker shape, and times.
import { describe, expect, it } from 'vitest';
import { code, handle, text } from '../../src/text/github.ts';
import { escapeMarkdownInline } from '../../src/text/markdown-inline.ts';
import { markdownLink } from '../../src/text/markdown-link.ts';
import {
  breakComments,
  breakCommentsInCode,
  decodeMarkerId,
  defuseMarkers,
  digestMarker,
  encodeMarkerId,
  findDigestMarker,
  hasRefusalMarker,
  MARKER_OPENING,
  marker,
  markerPattern,
  refusalMarker,
  signoffRevertedMarker,
  splitItemMarker,
  withMarker,
  withoutMarkers,
} from '../../src/text/markers.ts';
import { formatTime, formatUtcDay } from '../../src/text/time.ts';
import { ELLIPSIS, truncate } from '../../src/text/truncate.ts';

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven char', 10, 'eleven ch…'],
    ['a', 1, 'a'],
    ['ab', 1, '…'],
  ])('%j to %i code points is %j', (input, max, expected) => {
    expect(truncate(input, max)).toBe(expected);
  });

  it('counts code points, so an astral character is never split', () => {
    const emoji = '😀'.repeat(5); // 10 UTF-16 units, 5 code points
    expect(truncate(emoji, 5)).toBe(emoji);
    expect(truncate(emoji, 3)).toBe(`😀😀${ELLIPSIS}`);
    expect(truncate(`a${emoji}`, 2)).toBe(`a${ELLIPSIS}`);
    // A lone surrogate counts as one code point, as the string iterator counts it.
    expect(truncate('\uD800\uD800x', 2)).toBe(`\uD800${ELLIPSIS}`);
  });

  it('trims the white space at the cut only when asked', () => {
    expect(truncate('abc def', 5)).toBe('abc …');
    expect(truncate('abc def', 5, { trimEnd: true })).toBe('abc…');
  });

  it('agrees with a reference built on the string iterator, at every length', () => {
    const sample = 'a😀 b\uD800c  d😀😀e';
    const reference = (s: string, max: number) => {
      const chars = [...s];
      return chars.length <= max ? s : chars.slice(0, max - 1).join('') + ELLIPSIS;
    };
    for (let max = 1; max <= [...sample].length + 1; max++) expect(truncate(sample, max)).toBe(reference(sample, max));
  });

  it('refuses a length that is not a positive integer', () => {
    expect(() => truncate('x', 0)).toThrow(RangeError);
    expect(() => truncate('x', 1.5)).toThrow(RangeError);
  });
});

describe('the hidden-marker contract', () => {
  it('makes, adds and finds a marker', () => {
    const made = marker('gate-report', 'plan=a phase=b');
    expect(made).toBe('<!-- rollbook:gate-report plan=a phase=b -->');
    expect(marker('end')).toBe('<!-- rollbook:end -->');
    const body = withMarker('Report text', made);
    expect(body).toBe(`Report text\n${made}`);
    expect(markerPattern('gate-report', 'plan=([a-z]+) phase=([a-z]+)').exec(body)?.slice(1)).toEqual(['a', 'b']);
    expect(markerPattern('end', '', { line: true }).test(marker('end'))).toBe(true);
    expect(markerPattern('end', '', { line: true }).test(` ${marker('end')}`)).toBe(false);
  });

  it('strips every marker line, and nothing else, from text shown to people', () => {
    const body = [
      signoffRevertedMarker('a--b', 'c'),
      '**Rollbook unticked a sign-off.**',
      'an ordinary <!-- comment -->',
      '  <!-- rollbook:item step:a -->  ',
      '- [ ] Do it <!-- rollbook:item step:a -->',
      '<!-- rollbook:end --> trailing text',
      refusalMarker('0123abcd'),
    ].join('\n');
    expect(withoutMarkers(body)).toBe(
      [
        '**Rollbook unticked a sign-off.**',
        'an ordinary <!-- comment -->',
        '- [ ] Do it <!-- rollbook:item step:a -->',
        '<!-- rollbook:end --> trailing text',
      ].join('\n'),
    );
  });

  it('marks the comments on checklist issues, ids encoded, and finds the refusal key', () => {
    expect(signoffRevertedMarker('a--b', 'c')).toBe(
      '<!-- rollbook:comment kind=signoff-reverted plan=a.-b phase=c -->',
    );
    const comment = withMarker('Unticked.', refusalMarker('0123abcd'));
    expect(comment).toBe('Unticked.\n<!-- rollbook:refusal 0123abcd -->');
    expect(hasRefusalMarker(comment, '0123abcd')).toBe(true);
    expect(hasRefusalMarker(comment, '0123abce')).toBe(false);
  });

  it('finds the digest line of a report comment and where the digested text ends', () => {
    const digest = 'f'.repeat(64);
    const body = `Report\n${digestMarker(digest, '2026-11-23T09:00:00Z')}\n`;
    expect(findDigestMarker(body)).toEqual({ digest, at: '2026-11-23T09:00:00Z', index: 'Report\n'.length });
    expect(findDigestMarker(`Report ${digestMarker(digest, '2026-11-23T09:00:00Z')}`)).toBeUndefined();
    expect(findDigestMarker('Report\n<!-- rollbook:digest abc 2026-11-23T09:00:00Z -->')).toBeUndefined();
  });

  it('refuses a marker whose content would end the comment early', () => {
    expect(() => marker('state', '{"a":"-->"}')).toThrow();
    expect(() => marker('Bad Name')).toThrow();
  });

  it('encodes ids so no marker holds `--`, reversibly', () => {
    expect(encodeMarkerId('a--b---c')).toBe('a.-b..-c');
    expect(decodeMarkerId(encodeMarkerId('a--b---c'))).toBe('a--b---c');
  });

  it('no text, escaped or as code, can spell a marker', () => {
    const forged = '<!-- rollbook:end --> x';
    for (const md of [text(forged), handle(forged), code(forged), breakComments(forged), breakCommentsInCode(forged)]) {
      expect(md).not.toContain('<!--');
      expect(md).not.toContain('-->');
    }
    expect(defuseMarkers('pasted <!--  ROLLBOOK:state {} -->')).not.toMatch(MARKER_OPENING);
    expect(defuseMarkers('an ordinary <!-- comment -->')).toBe('an ordinary <!-- comment -->');
  });

  it('finds an item marker at the end of a line only', () => {
    expect(splitItemMarker('- [ ] Do it \t <!-- rollbook:item step:a -->')).toEqual({
      id: 'step:a',
      before: '- [ ] Do it',
    });
    expect(splitItemMarker('- [ ] <!-- rollbook:item step:a --> trailing')).toBeUndefined();
    expect(splitItemMarker('<!-- rollbook:item a --><!-- rollbook:item b -->')).toEqual({
      id: 'b',
      before: '<!-- rollbook:item a -->',
    });
    expect(splitItemMarker('<!-- rollbook:item A -->')).toBeUndefined();
  });
});

describe('times', () => {
  it('shows UTC minutes, from a Date or an ISO string', () => {
    expect(formatTime(new Date('2026-11-23T09:05:59Z'))).toBe('2026-11-23 09:05 UTC');
    expect(formatTime('2026-11-23T09:05:00.000Z')).toBe('2026-11-23 09:05 UTC');
    expect(formatUtcDay(new Date('2026-11-23T23:59:59Z'))).toBe('2026-11-23');
  });
});

describe('issue references', () => {
  const Z = '\u200B';
  it.each([
    ['step #1 of 3', `step #${Z}1 of 3`],
    ['acme/other#5', `acme/other#${Z}5`],
    ['GH-7 and gh-8', `GH-${Z}7 and gh-${Z}8`],
    ['#12 leads', `\\#${Z}12 leads`],
    ['(#9), [#10]', `(#${Z}9), \\[#${Z}10\\]`],
    ['C#1 and a#b', `C#${Z}1 and a#b`],
    ['BGH-1 stays', 'BGH-1 stays'],
    ['issue #', 'issue &#35;'],
  ])('%j is written %j', (input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });

  it('leave URLs alone: a full issue URL in prose stays a link (ADR 23), a fragment is not a reference', () => {
    expect(escapeMarkdownInline('see https://github.com/acme/other/issues/5#issuecomment-1')).toBe(
      'see <https://github.com/acme/other/issues/5#issuecomment-1>',
    );
    expect(markdownLink('ticket #5', 'https://github.com/acme/other/issues/5')).toBe(
      `[ticket #${Z}5](https://github.com/acme/other/issues/5)`,
    );
  });

  it('are inert in code only because code is never linked: code keeps its text', () => {
    expect(code('git log #1')).toBe('`git log #1`');
  });
});

describe('escaping shortcuts give what the full escape gives', () => {
  it('a colon outside `://` needs no escape; `://` still does', () => {
    expect(escapeMarkdownInline('Mon 2026-11-02 10:00 UTC (09:00 UTC)')).toBe('Mon 2026-11-02 10:00 UTC (09:00 UTC)');
    expect(escapeMarkdownInline('note: see ftp://host')).toBe('note: see ftp\\://host');
    expect(escapeMarkdownInline('at 10:00 on #5')).toBe('at 10:00 on #\u200B5');
  });

  it('white space becomes single spaces between words, whatever it was', () => {
    expect(escapeMarkdownInline('plain words only')).toBe('plain words only');
    for (const [input, output] of [
      [' lead', 'lead'],
      ['trail ', 'trail'],
      ['two  spaces', 'two spaces'],
      ['tab\there', 'tab here'],
      ['line\nbreak', 'line break'],
      ['nbsp\u00a0here', 'nbsp here'],
      ['\u2003em space', 'em space'],
    ]) {
      expect(escapeMarkdownInline(input!)).toBe(output);
    }
  });
});
