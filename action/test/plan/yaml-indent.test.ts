// A mis-indented key or list item is reported as one error that says so, at that line, with the
// lines it could line up with; the YAML library's own errors for the same lines (what its parser
// tripped on, often several) are left out. Other syntax errors keep the library's words.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { findMisindentedLines } from '../../src/plan/yaml-indent.ts';
import { positionOf } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const parse = (text: string) => parsePlan(text, 'p.rollout.yaml');

/** `text` with the first line that is `line` once trimmed indented by `spaces` instead, and written as `written`. */
function reindent(text: string, line: string, spaces: number, written = line): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === line);
  if (at < 0) throw new Error(`no line "${line}"`);
  lines[at] = ' '.repeat(spaces) + written;
  return lines.join('\n');
}

/** The 1-based number of the `occurrence`th line that is `line` once trimmed. */
function lineOf(text: string, line: string, occurrence = 1): number {
  const numbers = text.split('\n').flatMap((l, i) => (l.trim() === line ? [i + 1] : []));
  return numbers[occurrence - 1]!;
}

describe('a mis-indented line', () => {
  // Each row: the line moved, its new indentation, then the message and the hint expected, in
  // terms of the scaffold's own lines (which the table names by their text).
  const cases: {
    name: string;
    line: string;
    spaces: number;
    /** The line as the mistake writes it, when it is more than an indentation. */
    written?: string;
    message: (t: string) => string;
    hint: (t: string) => string;
  }[] = [
    {
      name: 'a key one space short of its siblings',
      line: 'bake: 24h',
      spaces: 3,
      message: () => '"bake" is indented 3 spaces, which lines up with nothing above it',
      hint: (t) => `indent it 4 spaces, like "steps" on line ${lineOf(t, 'steps:')}`,
    },
    {
      name: 'a key one space past its siblings',
      line: 'bake: 24h',
      spaces: 5,
      message: () => '"bake" is indented 5 spaces, which lines up with nothing above it',
      hint: (t) => `indent it 4 spaces, like "steps" on line ${lineOf(t, 'steps:')}`,
    },
    {
      name: 'a key in line with the "-" of a list item',
      line: 'bake: 24h',
      spaces: 6,
      message: (t) =>
        `"bake" lines up with the "-" of the list item on line ${lineOf(t, '- id: enable')}, where keys do not start`,
      hint: (t) =>
        `indent it 8 spaces, like "rollback" on line ${lineOf(t, 'rollback: Turn the flag off.')}; ` +
        `or indent it 4 spaces, like "steps" on line ${lineOf(t, 'steps:')}`,
    },
    {
      name: 'a list item one space short of the items before it',
      line: '- id: enable',
      spaces: 5,
      message: () => 'this list item is indented 5 spaces, which lines up with nothing above it',
      hint: (t) => `indent it 6 spaces, like the list item on line ${lineOf(t, '- id: deploy')}`,
    },
    {
      name: 'a list item one space past the items before it',
      line: '- id: enable',
      spaces: 7,
      message: () => 'this list item is indented 7 spaces, which lines up with nothing above it',
      hint: (t) => `indent it 6 spaces, like the list item on line ${lineOf(t, '- id: deploy')}`,
    },
    {
      name: 'a key inside a list item, one space short',
      line: 'rollback: Turn the flag off.',
      spaces: 7,
      message: () => '"rollback" is indented 7 spaces, which lines up with nothing above it',
      hint: (t) => `indent it 8 spaces, like "do" on line ${lineOf(t, 'do: Turn the flag on in staging.')}`,
    },
    {
      name: 'a key deeper than the key before it, which has a value',
      line: 'rollback: Turn the flag off.',
      spaces: 9,
      message: (t) =>
        `"rollback" is indented more than "do" on line ${lineOf(t, 'do: Turn the flag on in staging.')}, so YAML reads it as part of that value`,
      hint: (t) => `indent it 8 spaces, like "do" on line ${lineOf(t, 'do: Turn the flag on in staging.')}`,
    },
    {
      name: 'a top-level key indented one space',
      line: 'flags:',
      spaces: 1,
      message: () => '"flags" is indented 1 space, which lines up with nothing above it',
      hint: (t) =>
        `indent it 2 spaces, like "impact" on line ${lineOf(t, 'impact:')}; ` +
        `or start it at the beginning of the line, like "story" on line ${lineOf(t, 'story:')}`,
    },
    {
      name: 'a list item without the space after its "-"',
      line: '- id: enable',
      spaces: 6,
      written: '-id: enable',
      message: () => '"-id" has no space after its "-", so YAML does not read it as a list item',
      hint: () => 'put a space after the "-": - id: enable',
    },
    {
      name: 'a list item in line with the keys above its list',
      line: '- {metric: error_rate, max: 0.01}',
      spaces: 4,
      message: (t) =>
        `this list item lines up with "gates" on line ${lineOf(t, 'gates:')}, a key of a mapping, where list items do not start`,
      hint: (t) =>
        `indent it 6 spaces, like the list item on line ${lineOf(t, '- {check: integration-tests}')}; ` +
        `or indent it 2 spaces, like the list item on line ${lineOf(t, '- id: staging')}`,
    },
    {
      name: 'a phase one space short of the phase before it',
      line: '- id: canary',
      spaces: 1,
      message: () => 'this list item is indented 1 space, which lines up with nothing above it',
      hint: (t) => `indent it 2 spaces, like the list item on line ${lineOf(t, '- id: staging')}`,
    },
  ];

  it.each(cases)('$name: one error at the line, saying so and where it could go', (c) => {
    for (const eol of ['\n', '\r\n']) {
      const written = c.written ?? c.line;
      const text = reindent(BASE, c.line, c.spaces, written).replaceAll('\n', eol);
      const plain = text.replaceAll('\r\n', '\n');
      const moved = lineOf(plain, written);
      const parsed = parse(text);
      expect(parsed.plan).toBeUndefined();
      expect(parsed.diagnostics).toEqual([
        {
          file: 'p.rollout.yaml',
          severity: 'error',
          code: c.written?.startsWith('-') ? 'yaml/dash-without-space' : 'yaml/bad-indent',
          line: moved,
          column: c.spaces + 1,
          endLine: moved,
          endColumn: c.spaces + 1 + (written.startsWith('- ') ? 1 : written.indexOf(':')),
          message: c.message(plain),
          expected: expect.stringMatching(
            /^the indentation of a block it belongs to: |^a key lined up with|^a list item: /,
          ),
          hint: c.hint(plain),
        },
      ]);
    }
  });

  // The first key of a mapping sets its indentation, so when it is the one out of line YAML trips
  // on the second: both ways to make them agree are named.
  it.each([
    [1, 'is indented more than "breaking" on line {b}, so YAML reads it as part of that value'],
    [3, 'is indented 2 spaces, which lines up with nothing above it'],
  ])('a first key indented %i spaces: the next key, or the first key moved to it', (spaces, words) => {
    const text = reindent(BASE, 'breaking: false', spaces);
    const breaking = lineOf(text, 'breaking: false');
    const [d, ...rest] = parse(text).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'yaml/bad-indent',
      line: breaking + 1,
      message: `"mixedVersions" ${words.replace('{b}', String(breaking))}`,
      hint: `indent it ${spaces === 1 ? '1 space' : `${spaces} spaces`}, like "breaking" on line ${breaking}; or, if "breaking" is the one out of line, indent it 2 spaces instead`,
    });
  });

  // The first key of a list item moves only with its "-", which lines up with the list's other
  // items: the other way out is offered for a list of one item, and then as the "-" to move.
  describe('the first key of a list item', () => {
    const ONE_LINK = BASE.replace(
      /^ {4}- \{title: (.*), url: (".*"), kind: (\w+)\}$/m,
      '    - title: $1\n      url: $2\n      kind: $3',
    );

    it.each([
      [9, 'is indented more than "id" on line {id}, so YAML reads it as part of that value'],
      [7, 'is indented 7 spaces, which lines up with nothing above it'],
    ])('in a list of several, only its line up is offered (the second key at %i spaces)', (spaces, words) => {
      // The steps of the scaffold's first phase: `- id: deploy`, then `kind: binary` under it.
      const text = reindent(BASE, 'kind: binary', spaces);
      const id = lineOf(text, '- id: deploy');
      const [d, ...rest] = parse(text).diagnostics;
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        code: 'yaml/bad-indent',
        line: id + 1,
        hint: `indent it 8 spaces, like "id" on line ${id}`,
      });
      expect(d!.message).toBe(`"kind" ${words.replace('{id}', String(id))}`);
    });

    it.each([
      [
        5,
        'indent it 6 spaces, like "title" on line {t}; or, if the list item on line {t} is the one out of line, indent its "-" 3 spaces instead',
      ],
      [
        7,
        'indent it 6 spaces, like "title" on line {t}; or, if the list item on line {t} is the one out of line, indent its "-" 5 spaces instead',
      ],
    ])('in a list of one, its "-" is the other thing to move (the second key at %i spaces)', (spaces, hint) => {
      expect(parse(ONE_LINK).diagnostics).toEqual([]);
      const text = reindent(ONE_LINK, 'url: "https://grafana.example.com/d/your-service"', spaces);
      const title = lineOf(text, '- title: Service dashboard');
      const [d, ...rest] = parse(text).diagnostics;
      expect(rest).toEqual([]);
      expect(d!.hint).toBe(hint.replaceAll('{t}', String(title)));
      // Either way out the hint names leaves YAML nothing to trip on.
      const dash = Number(/its "-" (\d+) spaces/.exec(d!.hint ?? '')?.[1]);
      const itemMoved = reindent(text, '- title: Service dashboard', dash);
      const itemKeys = lineOf(itemMoved, 'kind: dashboard');
      const allMoved = itemMoved.split('\n').map((l, i) => (i + 1 === itemKeys ? ' '.repeat(spaces) + l.trim() : l));
      expect(parse(reindent(text, 'url: "https://grafana.example.com/d/your-service"', 6)).diagnostics).toEqual([]);
      expect(parse(allMoved.join('\n')).diagnostics.filter((x) => x.code.startsWith('yaml/'))).toEqual([]);
    });

    // Line 3 is the item (`- id: x`), line 4 its second key. The "-" may move to the column of
    // the key whose value the list is, or deeper; each way out the hint names must parse.
    it.each([
      ['a list at its key\'s column, "-" not to move left of it', '  - id: x\n   b: 1', undefined],
      ['a list at its key\'s column, "-" moved deeper', '  - id: x\n     b: 1', 3],
      ['a list deeper than its key, "-" moved nearer', '    - id: x\n     b: 1', 3],
      ['a list deeper than its key, "-" moved to its column', '   - id: x\n    b: 1', 2],
    ])('%s', (_name, item, dash) => {
      const text = `a:\n  steps:\n${item}\n`;
      const errors = new Set(parseDocument(text).errors.map((e) => e.linePos![0].line));
      const [finding, ...rest] = findMisindentedLines(text, errors);
      expect(rest).toEqual([]);
      const [itemLine, keyLine] = item.split('\n') as [string, string];
      const keyIndent = keyLine.indexOf('b');
      expect(finding!.line).toBe(4);
      if (dash === undefined) expect(finding!.hint).not.toContain('indent its "-"');
      else expect(finding!.hint.endsWith(`indent its "-" ${dash} spaces instead`)).toBe(true);
      const lined = `a:\n  steps:\n${itemLine}\n${' '.repeat(itemLine.indexOf('id'))}b: 1\n`;
      expect(parseDocument(lined).errors).toEqual([]);
      if (dash === undefined) return;
      expect(parseDocument(`a:\n  steps:\n${' '.repeat(dash)}- id: x\n${' '.repeat(keyIndent)}b: 1\n`).errors).toEqual(
        [],
      );
    });

    it('a list whose first item is followed by another is not a list of one', () => {
      const two = ONE_LINK.replace(
        '      kind: dashboard\n',
        '      kind: dashboard\n    - {title: Runbook, url: "https://example.com/r"}\n',
      );
      expect(parse(two).diagnostics).toEqual([]);
      const text = reindent(two, 'url: "https://grafana.example.com/d/your-service"', 7);
      const title = lineOf(text, '- title: Service dashboard');
      expect(parse(text).diagnostics.map((d) => d.hint)).toEqual([`indent it 6 spaces, like "title" on line ${title}`]);
    });
  });

  it("takes a list right under its key, at the key's column, for the list it is", () => {
    const compact = BASE.replace('    steps:\n      - id: deploy', '    steps:\n    - id: deploy');
    expect(compact).not.toBe(BASE);
    // Only the first item moved: YAML trips on the second, which is now deeper than the first.
    const found = parse(compact).diagnostics.map((d) => d.code);
    expect(found).not.toContain('yaml/dash-without-space');
    expect(parse(compact).diagnostics.every((d) => d.line !== lineOf(compact, '- id: deploy'))).toBe(true);
  });

  it('keeps the errors of other lines, and explains each mis-indented line on its own', () => {
    let text = BASE.replace('  title: Demo\n', '  title: Demo\n  title: Again\n');
    text = reindent(text, 'bake: 24h', 3);
    text = reindent(text, '- id: production', 1);
    const found = parse(text).diagnostics.map((d) => `${d.code}@${d.line}`);
    expect(found).toEqual([
      `yaml/duplicate-key@${positionOf(text, 'title: Again').line}`,
      `yaml/bad-indent@${lineOf(text, 'bake: 24h')}`,
      `yaml/bad-indent@${lineOf(text, '- id: production')}`,
    ]);
  });

  // The finding stands in for the library's errors on the lines of its block; one that the block
  // still has once the mis-indented line is fixed is a mistake of its own, and is shown with it.
  it.each([
    [
      'an unclosed quote',
      (t: string) => t.replace(/^( {4}rehearsal: )(.*)$/m, '$1"$2'),
      'rehearsal:',
      'yaml/missing-char',
    ],
    [
      'a colon without its space',
      (t: string) => t.replace(/^( {4}rehearsal:) /m, '$1'),
      'rehearsal:',
      'yaml/multiline-implicit-key',
    ],
  ])("keeps another mistake in the mis-indented line's block: %s", (_name, mistake, at, code) => {
    const other = mistake(BASE);
    expect(other).not.toBe(BASE);
    const alone = parse(other).diagnostics.filter((d) => d.code.startsWith('yaml/'));
    const line = other.split('\n').findIndex((l) => l.trim().startsWith(at)) + 1;
    expect(alone.map((d) => `${d.code}@${d.line}`)).toContain(`${code}@${line}`);
    // `bake` one space short, in the same block (the first phase), before the other mistake.
    const both = reindent(other, 'bake: 24h', 3);
    const found = parse(both).diagnostics.filter((d) => d.code.startsWith('yaml/'));
    expect(found.map((d) => `${d.code}@${d.line}`)).toEqual([
      `yaml/bad-indent@${lineOf(both, 'bake: 24h')}`,
      ...alone.map((d) => `${d.code}@${d.line}`),
    ]);
  });

  it('a key where a list item\'s "-" stands, its keys under it: the "- " left out, offered first', () => {
    // The second step's "- " left out: its other keys would be duplicates of the first step's
    // if the line were only moved, and those errors, which the file does not have, are not shown.
    const text = reindent(BASE, '- id: enable', 6, 'id: enable');
    const [d, ...rest] = parse(text).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'yaml/bad-indent',
      line: lineOf(text, 'id: enable'),
      message: `"id" lines up with the "-" of the list item on line ${lineOf(text, '- id: deploy')}, where keys do not start`,
      expected:
        'a list item ("- " and then its first key), or the indentation of a block it belongs to: 8 spaces or 4 spaces',
      hint: `make it an item of that list: - id: enable; or indent it 8 spaces, like "rollback" on line ${lineOf(text, 'rollback: Redeploy the previous version.')}; or indent it 4 spaces, like "steps" on line ${lineOf(text, 'steps:')}`,
    });
    expect(parse(reindent(text, 'id: enable', 6, '- id: enable')).diagnostics).toEqual([]);
    // One space further, it lines up with nothing: moved to 8 spaces, the two steps would read as
    // one with every key twice, which the file itself does not have, so that is not said.
    const between = reindent(BASE, '- id: enable', 7, 'id: enable');
    expect(parse(between).diagnostics.map((x) => `${x.code}@${x.line}`)).toEqual([
      `yaml/bad-indent@${lineOf(between, 'id: enable')}`,
    ]);
  });

  it('still shows the mis-indented line alone when the library reports several errors for it', () => {
    const text = reindent(BASE, 'bake: 24h', 3);
    expect(parse(text).diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual([
      `yaml/bad-indent@${lineOf(text, 'bake: 24h')}`,
    ]);
  });

  it("reads a block scalar's text as text, whatever its indentation looks like", () => {
    const block = '  problem: |\n    first: line\n       odd: indentation\n\n      - not an item\n';
    let text = BASE.replace('  problem: What hurts today, and for whom.\n', block);
    expect(parse(text).diagnostics).toEqual([]);
    text = reindent(text, 'bake: 24h', 3);
    expect(parse(text).diagnostics.map((d) => `${d.code}@${d.line}:${d.message}`)).toEqual([
      `yaml/bad-indent@${lineOf(text, 'bake: 24h')}:"bake" is indented 3 spaces, which lines up with nothing above it`,
    ]);
  });

  it("a key between a block scalar's key and its text: neither, and both ways out named", () => {
    const block = '  problem: |\n    first: line\n   less: indented\n';
    const text = BASE.replace('  problem: What hurts today, and for whom.\n', block);
    const problem = lineOf(text, 'problem: |');
    expect(parse(text).diagnostics).toEqual([
      expect.objectContaining({
        code: 'yaml/bad-indent',
        line: lineOf(text, 'less: indented'),
        column: 4,
        message: `"less" is indented 3 spaces: more than "problem" on line ${problem} and less than its text, so it ends that text without starting anything`,
        hint: `indent it 4 spaces to keep it in the text of "problem"; or indent it 2 spaces, like "problem" on line ${problem}`,
      }),
    ]);
  });

  it('leaves an error that is not about indentation in the library words', () => {
    const text = BASE.replace('kind: RolloutPlan', 'kind: "RolloutPlan');
    const [d] = parse(text).diagnostics;
    expect(d!.code).toBe('yaml/missing-char');
    expect(d!.message).toBe('missing closing "quote');
  });
});

describe('the hint of a syntax error fits the message, where one code covers several mistakes', () => {
  it.each([
    ['an unclosed quote', 'a: "x\nb: 1\n', 'the quote is not closed; close it, or drop the opening one'],
    [
      'a line the library takes for a list item without its "-"',
      'phases:\n  - id: a\n    title: b\n   just text\n',
      'each item of a list starts with "- "; if this line is not an item, line it up with the keys above it',
    ],
    [
      'a key without its colon',
      'a: b\nc\nd: e\n',
      'put a colon after the key ("key: value"); if the line goes on from the one above, indent it further',
    ],
    ['a tag run into its value', 'a: !tag[1]\n', 'put a space after the tag or anchor'],
    [
      'an unclosed bracket',
      'a: [1, 2\nb: 3\n',
      'close it with "]"; if it goes on to more lines, indent them further than the key it belongs to',
    ],
    [
      'Markdown emphasis at the start of a value, which YAML reads as an alias',
      'a: 1\ndo: *Deploy* the old version # then wait\nc: 2\n',
      'YAML reads a value that starts with "*" as an alias of an anchor ("&name"); if it is text, quote it: do: "*Deploy* the old version"',
    ],
    [
      'Markdown emphasis at the start of a list item',
      'a:\n  - *bold* text\n',
      'YAML reads a value that starts with "*" as an alias of an anchor ("&name"); if it is text, quote it: - "*bold* text"',
    ],
    [
      "text after a block scalar's indicator",
      'a: 1\ndo: >- Turn it on\nc: 2\n',
      'the text of a block scalar starts on the line after ">-", indented further than its key; or drop ">-" to keep the text on this line',
    ],
    [
      'a closing bracket of the other kind',
      'a: [1, {b: 2]\nc: 1\n',
      'a bracket is not closed: end the list with "]", a mapping with "}"',
    ],
    ['a key without the space after its colon', 'a: 1\nbake:24h\nc: 2\n', 'put a space after the colon: bake: 24h'],
    [
      'a key and its value joined by "=", between keys',
      'a: 1\ntitle = Checkout V2\nc: 2\n',
      'YAML puts a colon between a key and its value, not "=": title: Checkout V2',
    ],
    [
      'a key and its value joined by "=", last in its mapping and without spaces',
      'a:\n  b: 1\n  bake=24h\n',
      'YAML puts a colon between a key and its value, not "=": bake: 24h',
    ],
    [
      'a list item\'s first key joined by "=", its value a URL',
      'a:\n  - url = https://example.com/x\n    b: 1\n',
      'YAML puts a colon between a key and its value, not "=": - url: https://example.com/x',
    ],
    [
      'a URL where a key should be, which is not a colon without its space',
      'a: 1\nhttps://example.com\nc: 2\n',
      'a key must be on one line; did you forget a colon on the line before?',
    ],
    [
      'a value with ": " in it',
      'phases:\n  - title: Staging: flag on for the team\n',
      'the value has ": " in it, which YAML reads as another key; quote the whole value: title: "Staging: flag on for the team"',
    ],
    [
      'a value starting with a reserved character, in a list',
      'owners: [@your-team, "@b"]\n',
      'quote the value, as "@your-team": YAML does not let an unquoted value start with "@"',
    ],
    [
      'a value starting with a reserved character, with quotes inside and a comment after',
      'do: `flagctl set "x"` on # the tool\n',
      'quote the value, as "`flagctl set \\"x\\"` on": YAML does not let an unquoted value start with "`"',
    ],
  ])('%s', (_name, text, hint) => {
    // The first syntax error (a tag run into its value also gets an error for the tag itself).
    const d = parse(text).diagnostics.find((x) => x.code.startsWith('yaml/') && x.code !== 'yaml/tag-resolve-failed');
    expect(d!.hint).toBe(hint);
  });
});
