// Lines indented with tabs are the error, told once: the YAML library's errors that only follow
// from them (what its parser made of the lines after) are left out, other mistakes are kept, and
// a file indented with tabs throughout is one error naming a few of its lines.
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parseLesson } from '../../src/lessons/parse.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { withTabsReplaced } from '../../src/plan/yaml-tabs.ts';
import { replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const parse = (text: string) => parsePlan(text, 'p.rollout.yaml');
const codes = (text: string) => parse(text).diagnostics.map((d) => `${d.line} ${d.code}`);
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('a line indented with a tab', () => {
  it('among lines indented with spaces is the one error, not the errors of the lines after it', () => {
    const text = replaceOnce(BASE, '    environment: canary\n', '\tenvironment: canary\n');
    const line = lineOf(text, '\tenvironment');
    expect(codes(text)).toEqual([`${line} yaml/tab-as-indent`]);
    expect(parse(text).diagnostics[0]!.hint).toBe('YAML indents with spaces only; replace the tab');
  });

  it('keeps the other syntax errors of the file, and each tab line up to a few', () => {
    const tabbed = replaceOnce(BASE, '    environment: canary\n', '\tenvironment: canary\n');
    const text = replaceOnce(
      replaceOnce(tabbed, '  title: Demo\n', '  title: Demo\n  title: Again\n'),
      '    bake: 72h\n',
      '\tbake: 72h\n',
    );
    expect(codes(text)).toEqual([
      `${lineOf(text, '  title: Again')} yaml/duplicate-key`,
      `${lineOf(text, '\tenvironment')} yaml/tab-as-indent`,
      `${lineOf(text, '\tbake')} yaml/tab-as-indent`,
    ]);
  });

  it('opening a block under a key is read one level deeper than the key', () => {
    const text = replaceOnce(BASE, 'metadata:\n  name: demo\n', 'metadata:\n\tname: demo\n');
    expect(codes(text)).toEqual([`${lineOf(text, '\tname')} yaml/tab-as-indent`]);
  });
});

describe('a file indented with tabs', () => {
  const tabbed = BASE.split('\n')
    .map((line) => {
      const spaces = /^ */.exec(line)![0].length;
      return '\t'.repeat(spaces / 2) + line.slice(spaces);
    })
    .join('\n');

  it('is one error at its first tab line, naming a few lines and how many more', () => {
    const tabLines = tabbed.split('\n').filter((l) => l.startsWith('\t')).length;
    const diagnostics = parse(tabbed).diagnostics;
    expect(diagnostics).toHaveLength(1);
    const first = lineOf(tabbed, '\t');
    expect(diagnostics[0]).toMatchObject({
      code: 'yaml/tab-as-indent',
      line: first,
      column: 1,
      message: `${tabLines} lines are indented with tabs, the first here`,
      expected: 'indentation with spaces',
    });
    expect(diagnostics[0]!.hint).toBe(
      `YAML indents with spaces only: replace the tabs on lines ${first}, ${first + 1}, ${first + 2} and ${tabLines - 3} more (an editor can convert a file's indentation to spaces)`,
    );
  });

  it('in a lesson, names the lines of the file, counting the front matter’s opening line', () => {
    const lesson = [
      '---',
      'id: L-2026-01-tabs',
      'title: Tabs',
      'date: 2026-01-05',
      'severity: minor',
      'trigger: rollback',
      'guards:',
      '\t- id: g',
      '\t\tmatch: {services: [x]}',
      '\t\trequire: {bake: 1h}',
      '\t\treason: because',
      '---',
      '',
      'Story.',
      '',
    ].join('\n');
    const [d] = parseLesson(lesson, 'playbooks/lessons/L-2026-01-tabs.md').diagnostics;
    expect(d).toMatchObject({ code: 'yaml/tab-as-indent', line: 8 });
    expect(d!.hint).toContain('lines 8, 9, 10 and 1 more');
  });
});

describe('withTabsReplaced', () => {
  const text = 'a:\n  b: 1\n\tc: 2\nd:\n\te:\n\t\tf: 3\n';
  it('reads a tab as one level of two spaces', () => {
    expect(withTabsReplaced(text, new Set([2, 4, 5]), 'level')).toBe('a:\n  b: 1\n  c: 2\nd:\n  e:\n    f: 3\n');
  });

  it('reads a tab line as lined up with the line above, or one level under a key that opens a block', () => {
    expect(withTabsReplaced(text, new Set([2, 4, 5]), 'line-above')).toBe('a:\n  b: 1\n  c: 2\nd:\n  e:\n    f: 3\n');
    expect(withTabsReplaced('a:\n    b: 1\n\tc: 2\n', new Set([2]), 'line-above')).toBe('a:\n    b: 1\n    c: 2\n');
  });

  it('leaves every other line, and the line ends, as they are', () => {
    const crlf = 'a:\r\n\tb: 1\r\n# \tcomment\r\nc: "\tx"\r\n';
    expect(withTabsReplaced(crlf, new Set([1]), 'level')).toBe('a:\r\n  b: 1\r\n# \tcomment\r\nc: "\tx"\r\n');
  });
});
