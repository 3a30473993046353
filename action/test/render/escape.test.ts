// The escapers one by one; the hostile-strings test checks them together in real runbooks.
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { normalizeMarkdown } from '../../src/render/output/normalize.ts';
import { renderIndex } from '../../src/render/render.ts';
import { escapeHtmlText } from '../../src/text/html.ts';
import { cellCodeSpan, codeFence, codeSpan } from '../../src/text/markdown-code.ts';
import { escapeMarkdownInline, INERT_AT, mention } from '../../src/text/markdown-inline.ts';
import { markdownLink, safeHttpUrl, safeRelativeUrl } from '../../src/text/markdown-link.ts';
import { generatedMarker, readGeneratedMarker } from '../../src/text/markers.ts';
import { escapeMermaidLabel } from '../../src/text/mermaid.ts';
import { headingSlug, SlugCounter } from '../../src/text/slug.ts';
import { builtinTemplates } from './support/render-support.ts';

/** The text marked reads back from one line of Markdown, and the inline token types. */
function readBack(markdown: string): { text: string; types: string[] } {
  const [block] = new Lexer({ gfm: true }).lex(markdown);
  const tokens = block && 'tokens' in block ? (block.tokens ?? []) : [];
  // An escape token's text is HTML-escaped; its raw form is a backslash and the character.
  const text = tokens.map((t) => (t.type === 'escape' ? t.raw.slice(1) : 'text' in t ? t.text : '')).join('');
  return { text, types: [block!.type, ...tokens.map((t) => t.type)] };
}

describe('escapeMarkdownInline', () => {
  it.each([
    '# not a heading',
    '> not a quote',
    '- not a list',
    '12. not a list',
    '*not em* _nor this_ ~~nor this~~ `nor code`',
    '[not](a link) and ![not](an image)',
    '<b>not html</b> <!-- not a comment',
    'a | b \\ c',
    '&amp; stays &amp;',
  ])('reads back as the same plain text: %s', (text) => {
    const { text: back, types } = readBack(escapeMarkdownInline(text));
    expect(types.filter((t) => t !== 'text' && t !== 'escape')).toEqual(['paragraph']);
    expect(back).toBe(text);
  });

  it('keeps ordinary punctuation readable', () => {
    expect(escapeMarkdownInline('2.1M cards; p99 >= 0.25 s (eu-west-1), #channel')).toBe(
      '2.1M cards; p99 >= 0.25 s (eu-west-1), #channel',
    );
  });

  it('collapses line breaks and strips control and bidi characters', () => {
    expect(escapeMarkdownInline('one\r\ntwo\n\n  three\u202E\u0007')).toBe('one two three');
  });

  it('makes http(s) URLs autolinks, and other links inert', () => {
    expect(escapeMarkdownInline('see https://example.com/a_(b). Or www.example.com, ftp://x')).toBe(
      'see <https://example.com/a_(b)>. Or www\\.example.com, ftp\\://x',
    );
  });

  it('keeps URLs as text in link text and titles', () => {
    expect(escapeMarkdownInline('see https://example.com [x](y)', { linkText: true })).toBe(
      'see https\\://example.com \\[x\\]\\(y)',
    );
  });

  it('breaks mentions and e-mail autolinks with a zero-width space', () => {
    expect(escapeMarkdownInline('ask @alice or mail bob@example.com')).toBe(
      `ask ${INERT_AT}alice or mail bob${INERT_AT}example.com`,
    );
  });

  it('escapes brace runs and a closing hash sequence', () => {
    expect(escapeMarkdownInline('{{x}} {y} title ##')).toBe('\\{\\{x\\}\\} {y} title &#35;&#35;');
  });
});

describe('mention', () => {
  it('lets a valid handle ping and escapes anything else', () => {
    expect(mention('@alice')).toBe('@alice');
    expect(mention('@org/team_name')).toBe('@org/team\\_name');
    expect(mention('@alice <b>')).toBe(`${INERT_AT}alice \\<b>`);
  });
});

describe('code', () => {
  it('uses a delimiter longer than any backtick run, padded when the code starts or ends with one', () => {
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('line one\nline two')).toBe('`line one line two`');
  });

  it('escapes pipes in table cells, and falls back to text for `\\|`', () => {
    expect(cellCodeSpan('a|b')).toBe('`a\\|b`');
    expect(cellCodeSpan('grep a\\|b')).toBe('grep a\\\\\\|b');
  });

  it('fences a block with more backticks than it contains, keeping its lines', () => {
    expect(codeFence('echo ```\n  indented', 'sh')).toBe('````sh\necho ```\n  indented\n````\n');
    expect(() => codeFence('x', 'sh onload')).toThrow();
  });
});

describe('links', () => {
  it('accepts http(s) URLs only, percent-encoding what Markdown would read', () => {
    expect(safeHttpUrl('https://grafana.example.com/d/a?x=(1)|{2}')).toBe(
      'https://grafana.example.com/d/a?x=%281%29%7C%7B2%7D',
    );
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'https://u:p@x.example/',
    ]) {
      expect(safeHttpUrl(url), url).toBeUndefined();
    }
  });

  it('accepts relative paths without a scheme for lesson links', () => {
    expect(safeRelativeUrl('../lessons/L 1.md')).toBe('../lessons/L%201.md');
    for (const url of ['javascript:alert(1)', '//evil.example/x', 'a\\b', '\u0001javascript:x', '']) {
      expect(safeRelativeUrl(url), url).toBeUndefined();
    }
  });

  it('renders the title alone when the URL is unsafe', () => {
    expect(markdownLink('Dash [board]', 'https://x.example/d')).toBe('[Dash \\[board\\]](https://x.example/d)');
    expect(markdownLink('Dash', 'javascript:alert(1)')).toBe('Dash');
    expect(markdownLink('Lesson', '../lessons/L-1.md', { allowRelative: true })).toBe('[Lesson](../lessons/L-1.md)');
  });
});

describe('other contexts', () => {
  it('writes Mermaid labels with entity codes for everything but letters, digits, spaces, commas and dots', () => {
    expect(escapeMermaidLabel('1. Canary "eu" <b>; %%{x}%% `y`')).toBe(
      '1. Canary #34;eu#34; #60;b#62;#59; #37;#37;#123;x#125;#37;#37; #96;y#96;',
    );
  });

  it('escapes HTML text', () => {
    expect(escapeHtmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('computes GitHub heading anchors, numbering repeats', () => {
    expect(headingSlug('Phase 2: Canary at 1% of EU (eu-west-1)')).toBe('phase-2-canary-at-1-of-eu-eu-west-1');
    const slugs = new SlugCounter();
    expect(['Steps', 'Steps', 'Steps-1', 'Steps'].map((t) => slugs.next(t))).toEqual([
      'steps',
      'steps-1',
      'steps-1-1',
      'steps-2',
    ]);
  });
});

describe('output', () => {
  it('collapses blank lines and trailing spaces outside code fences only', () => {
    const text = '# T  \n\n\n\nline\n```sh\na  \n\n\nb\n```\n\n\nend\n\n';
    expect(normalizeMarkdown(text)).toBe('# T\n\nline\n```sh\na  \n\n\nb\n```\n\nend\n');
  });

  it('records and reads back the calendar start in the generated marker', () => {
    const text = `# Runbook\n\n${generatedMarker('2026-11-02')}`;
    expect(readGeneratedMarker(text)).toEqual({ start: '2026-11-02' });
    expect(readGeneratedMarker('# Hand-written\n')).toBeUndefined();
    const timed = `# Runbook\n\n${generatedMarker('2026-11-02T09:30+01:00')}`;
    expect(readGeneratedMarker(timed)).toEqual({ start: '2026-11-02T09:30+01:00' });
    expect(() => generatedMarker('next monday')).toThrow(RangeError);
  });

  it('never writes down a start that does not exist', async () => {
    const templates = await builtinTemplates();
    expect(() => renderIndex([], '2026-02-30', templates, 'md')).toThrow(RangeError);
    expect(renderIndex([], '2026-02-28', templates, 'md')).toContain('start=2026-02-28 ');
  });
});
