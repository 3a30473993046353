// The phase flow drawn as SVG (render/html/flow-svg.ts), shared by the site and HTML runbooks.
import { describe, expect, test } from 'vitest';
import type { Phase } from '../../src/plan/schema.ts';
import { FLOW_NOW_TEXT, renderPhaseFlow } from '../../src/render/html/flow-svg.ts';
import { wrapText } from '../../src/text/wrap.ts';

const phase = (id: string, title: string, environment: Phase['environment'] = 'staging'): Phase => ({
  id,
  title,
  environment,
  strategy: 'canary',
  bake: '1d',
  steps: [{ id: 's', kind: 'binary', do: 'x', rollback: 'y' }],
});

describe('phase flow SVG', () => {
  const phases = [
    phase('a', 'Staging'),
    phase('b', 'Canary <b>& friends</b>', 'canary'),
    phase('c', 'Ten percent'),
    phase('d', 'Everyone', 'production'),
  ];
  const svg = renderPhaseFlow(phases, { idPrefix: 'f', hrefFor: (p) => `#phase-${p.id}` });

  test('is labelled, with one linked box per phase and an arrow between each pair', () => {
    expect(svg).toMatch(/^<svg class="phase-flow" role="group" aria-labelledby="f-title" aria-describedby="f-desc"/);
    expect(svg).toContain('<title id="f-title">Phase flow: 4 phases, from staging to production</title>');
    expect(svg.match(/<a class="flow-phase/g)).toHaveLength(4);
    expect(svg.match(/class="flow-arrow"/g)).toHaveLength(3);
    expect(svg).toContain('href="#phase-d"');
  });

  test('wraps to a second row after three boxes, with an elbow arrow', () => {
    expect(svg).toMatch(/d="M\d+ \d+ V\d+ H\d+ V\d+"/);
  });

  test('escapes plan text and is deterministic', () => {
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Canary &lt;b&gt;&amp; friends&lt;/b&gt;');
    expect(renderPhaseFlow(phases, { idPrefix: 'f', hrefFor: (p) => `#phase-${p.id}` })).toBe(svg);
  });

  test('stacks every box in one column with perRow 1, arrows straight down', () => {
    const stacked = renderPhaseFlow(phases, { idPrefix: 's', hrefFor: (p) => `#phase-${p.id}`, perRow: 1 });
    const xs = [...stacked.matchAll(/<rect class="flow-box" x="(\d+)"/g)].map((m) => m[1]);
    expect(xs).toHaveLength(4);
    expect(new Set(xs).size).toBe(1);
    expect(stacked).toMatch(/viewBox="0 0 232 /);
  });

  test('marks the current phase, and only it', () => {
    const marked = renderPhaseFlow(phases, { idPrefix: 'f', hrefFor: (p) => `#phase-${p.id}`, currentId: 'c' });
    expect(marked.match(/aria-current="step"/g)).toHaveLength(1);
    expect(marked).toMatch(/<a class="flow-phase env-staging flow-current" href="#phase-c"[^>]*aria-current="step">/);
    expect(svg).not.toContain('aria-current');
    // A line of text says it too (not the outline's colour alone), and the link's name includes it.
    const box = /<a class="flow-phase[^"]*flow-current"[^>]*>(.*?)<\/a>/s.exec(marked)![1]!;
    expect(box).toContain(`<text class="flow-meta flow-now"`);
    expect(box).toContain(`▶ ${FLOW_NOW_TEXT}`);
    expect(marked).toMatch(new RegExp(`aria-label="3\\. [^"]*, ${FLOW_NOW_TEXT}" aria-current="step"`));
    expect(marked.match(/flow-now/g)).toHaveLength(1);
    expect(svg).not.toContain(FLOW_NOW_TEXT);
  });

  test('names each link with exactly its visible text', () => {
    const long = phase('x', 'A very long phase title that needs three lines of text to fit');
    const one = renderPhaseFlow([long], { idPrefix: 'g', hrefFor: () => '#x' });
    const label = /aria-label="([^"]*)"/.exec(one)![1];
    const visible = [...one.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(label).toBe('1. A very long phase title that needs three lines of text to fit, staging · canary, bake 1d');
    expect(visible.replace(/ ·/g, '').replace(/,/g, '')).toBe(label!.replace(/ ·/g, '').replace(/,/g, ''));
  });
});

describe('wrapText', () => {
  test('wraps on words and splits words longer than a line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghij k', 4)).toEqual(['abcd', 'efgh', 'ij k']);
    expect(wrapText('', 5)).toEqual(['']);
  });
});

describe('phase flow SVG with hostile text', () => {
  const HOSTILE = `"><script>alert(1)</script><a href="javascript:x" onload='y'>&amp;`;
  const hostile: Phase = { ...phase('p', HOSTILE), audience: HOSTILE, bake: HOSTILE };

  test('escapes it in text and in every attribute: no tag or attribute comes from the plan', () => {
    const svg = renderPhaseFlow([hostile, phase('q', 'Next')], {
      idPrefix: `x"y`,
      hrefFor: () => `#a" onclick="z`,
      standalone: true,
    });
    expect(svg).not.toMatch(/<script|<a href/);
    const tags = [...svg.matchAll(/<([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(
      new Set(['svg', 'title', 'desc', 'style', 'defs', 'marker', 'path', 'a', 'rect', 'text']),
    );
    // Each attribute value is one quoted string with no quote inside.
    const names = new Set<string>();
    for (const [tag] of svg.matchAll(/<[a-z][^>]*>/g)) {
      expect(tag).toMatch(/^<[a-z]+(\s[a-zA-Z:-]+="[^"]*")*\/?>$/);
      for (const [, name] of tag.matchAll(/\s([a-zA-Z:-]+)="[^"]*"/g)) names.add(name!);
    }
    expect([...names].filter((n) => /^on|^style$|^src$/i.test(n))).toEqual([]);
    expect(svg).toContain('href="#a&quot; onclick=&quot;z"');
    expect(svg).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp;amp;');
  });

  test('carries its own colours only when standalone', () => {
    const site = renderPhaseFlow([hostile], { idPrefix: 'f', hrefFor: () => '#x' });
    const page = renderPhaseFlow([hostile], { idPrefix: 'f', hrefFor: () => '#x', standalone: true });
    expect(site).not.toContain('<style>');
    expect(page).toMatch(/<style>[^<]*\.phase-flow \.flow-box\{[^<]*<\/style>/);
  });
});
