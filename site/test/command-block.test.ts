// Command blocks built without Expressive Code's pipeline (ADR 55): which commands qualify, and
// that a difference from Expressive Code's own block switches every later command back to it.
// That the built blocks equal Expressive Code's is checked on every page of every build
// (CommandCheck.astro); the site's build tests fail on the warning a difference prints.
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import { describe, expect, test } from 'vitest';
import {
  checkTemplate,
  commandBlockHtml,
  commandBlockTree,
  firstCommandOf,
  isPlainCommand,
  templateMatches,
  withoutPageAssets,
} from '../src/lib/command-block.ts';

describe('command blocks', () => {
  test('only one-line commands without tabs or surrounding whitespace are built', () => {
    expect(isPlainCommand('kubectl rollout undo deploy/checkout -n "shop" && echo <done>')).toBe(true);
    for (const code of ['', 'a\nb', 'a\r\nb', 'a\tb', ' a', 'a ', 'a\u2028b'])
      expect(isPlainCommand(code), code).toBe(false);
  });

  test('text and the copied code are escaped by the hast serializer, and the width counts characters', () => {
    const html = commandBlockHtml('echo "<b>" & x', 'astro-abc');
    expect(html).toContain('<div class="expressive-code astro-abc">');
    expect(html).toContain('style="--ecMaxLine:14ch"');
    expect(html).toContain('<span style="--0:#d6deeb;--1:#403f53">echo "&#x3C;b>" &#x26; x</span>');
    expect(html).toMatch(/data-code="echo &#x22;<b>&#x22; &#x26; x"/);
  });

  test('the template cut at its three parts serializes exactly as the whole tree does', () => {
    const tricky = ['echo "<b>" & x', `a'b"c<d>e&f`, 'ünïcödé 🚀', '&amp; &#x3C; ]]>', 'x'.repeat(500), 'a\u00a0b'];
    for (const code of tricky) {
      for (const className of [undefined, 'astro-x', 'a b']) {
        expect(commandBlockHtml(code, className), code).toBe(toHtml(commandBlockTree(code, className)));
      }
    }
  });

  test("the page's stylesheet link and script are not part of the comparison", () => {
    const block = commandBlockHtml('x');
    const withAssets = block.replace(
      '<div class="expressive-code">',
      '<div class="expressive-code"><link rel="stylesheet" href="/_astro/ec.css"><script type="module" src="/_astro/ec.js"></script>',
    );
    expect(withoutPageAssets(withAssets)).toBe(block);
  });

  test('each page has one first command', () => {
    const [a, b] = [{}, {}];
    expect([firstCommandOf(a), firstCommandOf(a), firstCommandOf(b), firstCommandOf(b)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  test('a match keeps the built blocks; a difference warns once and turns them off', () => {
    expect(checkTemplate(commandBlockHtml('ls -l', 'c'), 'ls -l', 'c')).toBeUndefined();
    expect(templateMatches()).toBe(true);
    const drawnOtherwise = commandBlockHtml('ls -l').replace('--0:', '--0x:');
    expect(checkTemplate(drawnOtherwise, 'ls -l')).toMatch(/every command now goes through Expressive Code/);
    expect(templateMatches()).toBe(false);
    expect(checkTemplate(drawnOtherwise, 'ls -l')).toBeUndefined();
  });
});
