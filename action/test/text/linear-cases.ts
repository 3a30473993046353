// The adversarial cases of linear.test.ts: every regular expression (and hand-written scan) that
// the text module and the render, checklist and report text paths apply to user text, fed its
// worst input scaled to 256 Ki characters, with the output expected at that size written without the code
// under test. Run in a worker (linear-worker.ts) so that a super-linear regression, which would
// block for hours, is stopped and reported instead of hanging the suite.
import { normalizeLine } from '../../src/checklist/fingerprint.ts';
import { normalizeBody, removedLine, setCheckbox } from '../../src/checklist/merge.ts';
import { parseTaskLine } from '../../src/checklist/parse.ts';
import { yamlHint } from '../../src/plan/yaml-hints.ts';
import { findMisindentedLines } from '../../src/plan/yaml-indent.ts';
import { linesStartingWithTab, withTabsReplaced } from '../../src/plan/yaml-tabs.ts';
import { normalizeMarkdown } from '../../src/render/output/normalize.ts';
import { cellCode, code, text, textWithMentions } from '../../src/text/github.ts';
import { escapeHtmlText } from '../../src/text/html.ts';
import { cellCodeSpan, codeFence, codeSpan } from '../../src/text/markdown-code.ts';
import { escapeMarkdownInline, INERT_AT, mention } from '../../src/text/markdown-inline.ts';
import { markdownLink } from '../../src/text/markdown-link.ts';
import {
  breakComments,
  breakCommentsInCode,
  defuseMarkers,
  findDigestMarker,
  parseBeginLine,
  parseReportMarker,
  parseStateLine,
  readGeneratedMarker,
  splitItemMarker,
  withoutMarkers,
} from '../../src/text/markers.ts';
import { escapeMermaidLabel } from '../../src/text/mermaid.ts';
import { normalizeLines, singleLine, trimLineEnds, trimTrailing } from '../../src/text/normalize.ts';
import { headingSlug } from '../../src/text/slug.ts';
import { truncate } from '../../src/text/truncate.ts';

export interface Pair {
  actual: unknown;
  expected: unknown;
}

export interface LinearCase {
  group: string;
  name: string;
  run: () => Pair[];
}

export const CASES: LinearCase[] = [];
let currentGroup = '';
let pairs: Pair[] = [];

function group(name: string, body: () => void): void {
  currentGroup = name;
  body();
}

function add(name: string, body: () => void): void {
  CASES.push({
    group: currentGroup,
    name,
    run: () => {
      pairs = [];
      body();
      return pairs;
    },
  });
}

function check(actual: unknown, expected: unknown): void {
  pairs.push({ actual, expected });
}

/**
 * 256 Ki characters: six times the 40 KB string that took 12 s per escape call before, so
 * quadratic work here is minutes to hours, while linear work is milliseconds.
 */
export const SIZE = 1 << 18;
/** `unit` repeated to fill SIZE; with `like`, as many times as `like` would be (for expected output). */
const big = (unit: string, like = unit) => unit.repeat(Math.ceil(SIZE / like.length));

group('Markdown inline escaping stays linear (text/markdown-inline.ts)', () => {
  add('HTTP_URL + URL end trimming: a URL followed by a run of unmatched `)`', () => {
    const run = ')'.repeat(SIZE);
    check(escapeMarkdownInline(`http://a${run}`), `<http://a>${run}`);
  });

  add('URL end trimming: a run of trailing punctuation, and balanced parentheses kept', () => {
    const dots = '.'.repeat(SIZE);
    check(escapeMarkdownInline(`see http://a${dots}`), `see <http://a>${dots}`);
    const balanced = big('()');
    check(escapeMarkdownInline(`http://a/${balanced}`), `<http://a/${balanced}>`);
    const unbalanced = `http://a/${'('.repeat(10)}${')'.repeat(SIZE)}`;
    check(escapeMarkdownInline(unbalanced), `<http://a/${'('.repeat(10)}${')'.repeat(10)}>${')'.repeat(SIZE - 10)}`);
  });

  add('HTTP_URL: many URL starts and scheme-only fragments', () => {
    check(escapeMarkdownInline(big('http:/')), big('http:/'));
    const urls = big('http://a ').trim();
    check(
      escapeMarkdownInline(urls),
      urls
        .split(' ')
        .map((u) => `<${u}>`)
        .join(' '),
    );
  });

  add('INLINE_SYNTAX, BRACE_RUN and AT_NAME: runs of syntax characters', () => {
    check(escapeMarkdownInline(big('*_`|')), big('\\*\\_\\`\\|', '*_`|'));
    check(escapeMarkdownInline('{'.repeat(SIZE)), '\\{'.repeat(SIZE));
    check(escapeMarkdownInline(big('@a')), big(`${INERT_AT}a`, '@a'));
  });

  add('ENTITY_START: `&` before long name runs, with and without the closing `;`', () => {
    check(escapeMarkdownInline(`&${'a'.repeat(SIZE)}`), `&${'a'.repeat(SIZE)}`);
    check(escapeMarkdownInline(`&${'a'.repeat(SIZE)};`), `\\&${'a'.repeat(SIZE)};`);
    check(escapeMarkdownInline(big('&#1')), big('&#\u200B1', '&#1'));
  });

  add('OTHER_AUTOLINK and MAY_NEED_ESCAPING: `www.` and `://` repeated, plain text unchanged', () => {
    check(escapeMarkdownInline(big('www.')), big('www\\.', 'www.'));
    check(escapeMarkdownInline(`a${big('://')}`), `a${big('\\://', '://')}`);
    check(escapeMarkdownInline(big('plain ')), big('plain ').trim());
  });

  add('CLOSING_HASHES: a long `#` run that does and does not end the line', () => {
    const hashes = '#'.repeat(SIZE);
    check(escapeMarkdownInline(`a ${hashes}`), `a ${'&#35;'.repeat(SIZE)}`);
    check(escapeMarkdownInline(`a ${hashes}x`), `a ${hashes}x`);
    check(escapeMarkdownInline(`${big(' #')}x`), `\\${big(' #').trim()}x`);
  });

  add('LEADING_MARKER and LEADING_ORDINAL: long digit and marker runs at the start', () => {
    check(escapeMarkdownInline(`${'1'.repeat(SIZE)}.`), `${'1'.repeat(SIZE)}.`);
    check(escapeMarkdownInline(`1.${'-'.repeat(SIZE)}`), `1.${'-'.repeat(SIZE)}`);
    check(escapeMarkdownInline('-'.repeat(SIZE)), `\\${'-'.repeat(SIZE)}`);
  });

  add('link text: the `](` rewrite over a long run', () => {
    check(escapeMarkdownInline(big(']('), { linkText: true }), big('\\]\\(', ']('));
  });

  add('ISSUE_REFERENCE: runs of `#1` and `GH-1`', () => {
    check(escapeMarkdownInline(`a${big('#1')}`), `a${big('#\u200B1', '#1')}`);
    check(escapeMarkdownInline(`a ${big('GH-1 ')}`.trim()), `a ${big('GH-\u200B1 ', 'GH-1 ')}`.trim());
    check(escapeMarkdownInline(`a${'#'.repeat(SIZE)}`), `a${'#'.repeat(SIZE)}`);
  });

  add('mention: HANDLE on a long almost-handle', () => {
    const almost = `@a${'-'.repeat(SIZE)}`;
    check(mention(almost), `${INERT_AT}a${'-'.repeat(SIZE)}`);
  });
});

group('normalisation stays linear (text/normalize.ts)', () => {
  add('line breaks, controls, bidi and white-space runs', () => {
    check(normalizeLines('\r'.repeat(SIZE)), '\n'.repeat(SIZE));
    check(normalizeLines(big('\u202E\u0007x')), 'x'.repeat(Math.ceil(SIZE / 3)));
    check(singleLine(`${' '.repeat(SIZE)}x${'\n'.repeat(SIZE)}y`), 'x y');
  });

  add('trimTrailing and trimLineEnds: a long run that does not reach the end', () => {
    check(trimTrailing(`${'\n'.repeat(SIZE)}x`, '\n'), `${'\n'.repeat(SIZE)}x`);
    check(trimTrailing(`x${'\n'.repeat(SIZE)}`, '\n'), 'x');
    check(trimLineEnds(`${' '.repeat(SIZE)}x`), `${' '.repeat(SIZE)}x`);
    check(trimLineEnds(big('a \t\r\n')), big('a\r\n', 'a \t\r\n'));
    check(trimLineEnds(`a${' '.repeat(SIZE)}\u2028b `), 'a\u2028b');
  });
});

group('code, links, HTML, Mermaid and slugs stay linear', () => {
  add('codeFence: a long run of line breaks before the last line', () => {
    const breaks = '\n'.repeat(SIZE);
    check(codeFence(`${breaks}x`), `\`\`\`text\n${breaks}x\n\`\`\`\n`);
    check(codeFence(`x${breaks}`), '```text\nx\n```\n');
  });

  add('codeSpan and cellCodeSpan: backtick runs, space edges and pipes', () => {
    const ticks = '`'.repeat(SIZE);
    check(codeSpan(`a${ticks}b`), `\`${ticks}a${ticks}b\`${ticks}`);
    check(codeSpan(`${' '.repeat(SIZE)}a`), '`a`');
    check(cellCodeSpan(big('a|')), `\`${big('a\\|', 'a|')}\``);
  });

  add('markdownLink: a URL full of characters that must be encoded', () => {
    const title = 'x'.repeat(10);
    const link = markdownLink(title, `https://a.example/${')'.repeat(SIZE)}`);
    check(link, `[${title}](https://a.example/${'%29'.repeat(SIZE)})`);
  });

  add('HTML text, Mermaid labels and heading slugs', () => {
    check(escapeHtmlText('<'.repeat(SIZE)), '&lt;'.repeat(SIZE));
    check(escapeMermaidLabel('"'.repeat(SIZE)), '#34;'.repeat(SIZE));
    check(headingSlug(big('a!')), 'a'.repeat(SIZE / 2));
  });
});

group('text for GitHub stays linear (text/github.ts, text/markers.ts)', () => {
  add('HANDLE_IN_TEXT: long almost-handles, with and without allowed mentions', () => {
    const dashes = '-'.repeat(SIZE);
    check(textWithMentions(`@a${dashes}!`, new Set(['@a'])), `@a\\${dashes}!`);
    check(textWithMentions(big('@a-'), new Set()), big(`${INERT_AT}a-`, '@a-'));
  });

  add('comment breaking: runs of `<!--` and `-->` in text and in code', () => {
    check(breakComments('<!--'.repeat(SIZE / 4)), '<!\\-\\-'.repeat(SIZE / 4));
    check(breakCommentsInCode('-->'.repeat(SIZE / 4)), '-\u200B->'.repeat(SIZE / 4));
    check(text(big('<!--')).includes('<!--'), false);
    check(defuseMarkers(`<!--${' '.repeat(SIZE)}x`), `<!--${' '.repeat(SIZE)}x`);
  });

  add('cut code: bounded work whatever the length', () => {
    check(cellCode('x'.repeat(SIZE)), `\`${'x'.repeat(299)}…\``);
    check(code('y'.repeat(SIZE), 10), `\`${'y'.repeat(9)}…\``);
    check(truncate('😀'.repeat(SIZE), 3), '😀😀…');
  });
});

group('markers are found in linear time', () => {
  add('checklist item, begin and state lines', () => {
    check(splitItemMarker(`${' '.repeat(SIZE)}x`), undefined);
    check(splitItemMarker(`- [ ] a${' '.repeat(SIZE)}<!-- rollbook:item s:a -->`), {
      id: 's:a',
      before: '- [ ] a',
    });
    check(splitItemMarker(big('<!-- rollbook:item a -->x')), undefined);
    check(parseBeginLine(`<!-- rollbook:begin ${big('k=v ')}-->`), undefined);
    check(parseStateLine(`<!-- rollbook:state {${'}'.repeat(SIZE)} -->`), `{${'}'.repeat(SIZE)}`);
    check(parseStateLine(`<!-- rollbook:state {${'}'.repeat(SIZE)} --> x`), undefined);
  });

  add('report and generated-file markers', () => {
    check(parseReportMarker(big('<!-- rollbook:gate-report plan=a ')), undefined);
    check(parseReportMarker(`<!-- rollbook:gate-report plan=${'a'.repeat(SIZE)}`), undefined);
    check(readGeneratedMarker(big('<!-- rollbook:generated start=2026-01-01 ')), undefined);
    check(findDigestMarker(big('<!-- rollbook:digest ')), undefined);
    check(findDigestMarker(big(`<!-- rollbook:digest ${'0'.repeat(64)} \n`)), undefined);
  });

  add('stripping marker lines', () => {
    check(withoutMarkers(big('<!-- rollbook:end -->\n')), '');
    check(
      withoutMarkers(`<!-- rollbook:a ${' -->'.repeat(SIZE / 4)} x`),
      `<!-- rollbook:a ${' -->'.repeat(SIZE / 4)} x`,
    );
  });
});

group('checklist bodies people edit stay linear (checklist/)', () => {
  add('normalizeBody and normalizeLine: long runs of line breaks and spaces not at the end', () => {
    check(normalizeBody(`${'\n'.repeat(SIZE)}x\n\n`), `${'\n'.repeat(SIZE)}x`);
    check(normalizeLine(`${' '.repeat(SIZE)}x  `), `${' '.repeat(SIZE)}x`);
  });

  add('task lines and checkboxes with long white-space runs', () => {
    check(parseTaskLine(`${' '.repeat(SIZE)}x`), undefined);
    check(parseTaskLine(`- [x]${' '.repeat(SIZE)}done`), { checked: true, text: 'done' });
    check(setCheckbox(`${' '.repeat(SIZE)}- [ ] a`, true), `${' '.repeat(SIZE)}- [x] a`);
    check(setCheckbox(`${' '.repeat(SIZE)}a`, true), `${' '.repeat(SIZE)}a`);
  });

  add('the "removed from plan" suffix, repeated by a person', () => {
    const phrase = ' — *removed from plan (';
    const repeated = `task${big(phrase)}x`;
    check(
      removedLine('p/q/step:a', repeated, undefined),
      `- [x] ${breakComments(repeated)} — *removed from plan (was ticked; who and when unknown)* <!-- rollbook:item p/q/step:a -->`,
    );
    const earlier = `task${phrase}old)*`;
    check(removedLine('p/q/step:a', `${earlier}`, undefined).includes('- [x] task — *removed'), true);
  });
});

group('runbook and report tidying stays linear', () => {
  add('normalizeMarkdown: long space runs inside a line that ends in a space', () => {
    check(normalizeMarkdown(`a${' '.repeat(SIZE)}b \n`), `a${' '.repeat(SIZE)}b\n`);
    check(normalizeMarkdown(`a${'\n'.repeat(SIZE)}b\n`), 'a\n\nb\n');
  });
});

group('explaining a mis-indented line stays linear (plan/yaml-indent.ts)', () => {
  /** The message of a finding on a key deeper than the key above it, which has a value. */
  const deeper = (key: string, owner: string) =>
    `"${key}" is indented more than "${owner}" on line 1, so YAML reads it as part of that value`;
  const messages = (text: string, lines: number[]) =>
    findMisindentedLines(text, new Set(lines)).map((f) => `${f.line}: ${f.message}`);

  add('a key scanned for its colon: a long space run before it, and none at all', () => {
    check(messages(`a: 1\n b${' '.repeat(SIZE)}: 2\n`, [2]), [`2: ${deeper('b', 'a')}`]);
    check(messages(`a: 1\n b${' '.repeat(SIZE)}c\n`, [2]), []);
    check(messages(`a: 1\n ${'b:c'.repeat(SIZE / 3)}\n`, [2]), []);
  });

  add('a value scanned for a comment: a long space run without "#", and one before it', () => {
    check(messages(`a: b${' '.repeat(SIZE)}c\n  d: e\n`, [2]), [`2: ${deeper('d', 'a')}`]);
    check(messages(`a: ${' '.repeat(SIZE)}# only a comment\n  d: e\n`, [2]), []);
  });

  add('every line an error, and many lines at one depth', () => {
    const lines = SIZE / 8;
    const text = 'a:\n' + '  b: 1\n'.repeat(lines);
    check(
      messages(
        text,
        Array.from({ length: lines + 1 }, (_, i) => i + 1),
      ),
      [],
    );
    const odd = 'a:\n  b: 1\n' + ' c: 2\n'.repeat(lines);
    // The first " c" is explained with the rest of its block: the lines up to the end.
    check(
      messages(
        odd,
        Array.from({ length: lines + 2 }, (_, i) => i + 1),
      ),
      ['3: "c" is indented 1 space, which lines up with nothing above it'],
    );
  });

  add('lines indented with tabs, rewritten by each guess: many lines, and one long run of blanks', () => {
    const lines = SIZE / 8;
    const text = `a:\n${'\tb: 1\n'.repeat(lines)}`;
    const all = new Set(linesStartingWithTab(text));
    check(all.size, lines);
    check(withTabsReplaced(text, all, 'level'), `a:\n${'  b: 1\n'.repeat(lines)}`);
    check(withTabsReplaced(text, all, 'line-above'), `a:\n${'  b: 1\n'.repeat(lines)}`);
    const blanks = `a:\n\t${' \t'.repeat(SIZE / 2)}b: 1\n`;
    check(withTabsReplaced(blanks, new Set([1]), 'line-above'), 'a:\n  b: 1\n');
  });

  add('the first key of a list item, its list read to its end to find another item, for each item', () => {
    const hints = (text: string, lines: number[]) => findMisindentedLines(text, new Set(lines)).map((f) => f.hint);
    const moveDash = (line: number) =>
      `indent it 2 spaces, like "a" on line ${line}; or, if the list item on line ${line} is the one out of line, indent its "-" 1 space instead`;
    const long = `- a: 1\n   b: 1\n${'  c: 1\n'.repeat(SIZE / 8)}`;
    check(hints(long, [2]), [moveDash(1)]);
    // Many items, each in a list of its own under its own key, each with a line out of line.
    const items = SIZE / 32;
    const lists = Array.from({ length: items }, (_, i) => `k${i}:\n- a: 1\n   b: 1\n`).join('');
    check(
      hints(
        lists,
        Array.from({ length: items }, (_, i) => 3 * i + 3),
      ),
      Array.from({ length: items }, (_, i) => moveDash(3 * i + 2)),
    );
  });

  add('a deep staircase of keys, then a line that lines up with none of them', () => {
    const depth = 500;
    const stairs = Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n');
    const text = `${stairs}\n${' '.repeat(2 * depth - 1)}x: 1\n`;
    check(messages(text, [depth + 1]), []);
    const back = `${stairs}\n   x: 1\n`;
    check(messages(back, [depth + 1]), [
      `${depth + 1}: "x" is indented 3 spaces, which lines up with nothing above it`,
    ]);
  });
});

group('the hint of a YAML error stays linear in its line (plan/yaml-hints.ts)', () => {
  const RESERVED = 'plain value cannot start with reserved character @';
  add('a value in a list after a long run of brackets and spaces', () => {
    const line = `a: ${'[ '.repeat(SIZE / 2)}@x]`;
    check(
      yamlHint('BAD_SCALAR_START', RESERVED, line, line.indexOf('@') + 1),
      'quote the value, as "@x": YAML does not let an unquoted value start with "@"',
    );
  });

  add('a value read as an alias or a block scalar: long runs of spaces, comment marks and indicators', () => {
    const alias = yamlHint('UNEXPECTED_TOKEN', 'unexpected scalar', `do: *x${' #'.repeat(SIZE / 2)}`, 7);
    check(alias.endsWith('quote it: do: "*x"'), true);
    const block = yamlHint(
      'UNEXPECTED_TOKEN',
      'not a YAML token',
      `do: |${'-'.repeat(SIZE / 2)}${' '.repeat(SIZE / 2)}#`,
      5,
    );
    check(block.startsWith('the text of a block scalar'), false);
    const text = yamlHint('UNEXPECTED_TOKEN', 'not a YAML token', `do: >${' '.repeat(SIZE)}t`, 5);
    check(text.startsWith('the text of a block scalar starts on the line after ">"'), true);
  });

  add('a key joined by "=": long space runs around it, and a long word without one', () => {
    const EQUALS = 'YAML puts a colon between a key and its value, not "="';
    const spaced = yamlHint(
      'MULTILINE_IMPLICIT_KEY',
      'implicit keys',
      `k${' '.repeat(SIZE / 2)}=${' '.repeat(SIZE / 2)}: x`,
      1,
    );
    check(spaced.startsWith(EQUALS), false);
    const long = yamlHint('MULTILINE_IMPLICIT_KEY', 'implicit keys', `${'k'.repeat(SIZE)} x`, 1);
    check(long.startsWith(EQUALS), false);
    const value = yamlHint('MISSING_CHAR', 'implicit map keys', `k =${' '.repeat(SIZE)}v`, 1);
    check(value, `${EQUALS}: k: v`);
  });

  add('a value with ": " repeated, and a key with a run of colons after it', () => {
    const value = yamlHint('BLOCK_AS_IMPLICIT_KEY', 'nested mappings', `k: ${'a: '.repeat(SIZE / 3)}`, 4);
    check(value.startsWith('the value has ": " in it') && value.length < 300, true);
    const colons = yamlHint('MULTILINE_IMPLICIT_KEY', 'implicit keys', `x${':'.repeat(SIZE)}`, 1);
    check(colons.startsWith('put a space after the colon: x: ::') && colons.length < 300, true);
  });

  add('a reserved start followed by a long run of spaces and no comment', () => {
    const line = `do: @x${' '.repeat(SIZE)}y`;
    check(yamlHint('BAD_SCALAR_START', RESERVED, line, 5).length < 300, true);
  });
});
