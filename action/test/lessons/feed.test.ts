// The lessons' Atom feed, read back by a strict XML parser (sax, strict mode): well-formed, in the
// Atom namespace, with the elements RFC 4287 requires, hostile lesson text kept as text inside its
// element, stable ids, and the same file from the same lessons.
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { ATOM_NS } from '../../src/atom/feed.ts';
import { lessonEntryId, lessonsFeed } from '../../src/lessons/feed.ts';
import type { Lesson } from '../../src/lessons/schema.ts';
import { CHECKLIST_GUARD, lesson, otherHead } from './fixtures.ts';

interface Node {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

/** The document as a tree; throws on anything that is not well-formed XML with namespaces. */
function parseXml(xml: string): Node {
  const parser = sax.parser(true, { xmlns: true });
  const root: Node = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const t = tag as sax.QualifiedTag;
    expect(t.uri).toBe(ATOM_NS);
    const node: Node = {
      name: t.local,
      attributes: Object.fromEntries(Object.entries(t.attributes).map(([k, a]) => [k, a.value])),
      text: '',
      children: [],
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  };
  parser.ontext = (text) => {
    stack.at(-1)!.text += text;
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.write(xml).close();
  return root.children[0]!;
}

const child = (node: Node, name: string) => node.children.find((c) => c.name === name);
const children = (node: Node, name: string) => node.children.filter((c) => c.name === name);

const HOSTILE_TITLE = `</title><script>alert(1)</script> & "quotes" 'apos' ]]> <![CDATA[x]]> \u0001\u001b[31m\uFFFE \uD800 end`;

function lessons(): Lesson[] {
  const first = lesson(CHECKLIST_GUARD).lesson;
  const second = lesson(
    CHECKLIST_GUARD,
    otherHead('L-2021-03-config-typo', 'A typo in the config').replace('binary-push', 'config-push'),
  ).lesson;
  const hostile: Lesson = {
    ...first,
    id: 'L-2022-01-hostile',
    date: '2022-01-05',
    title: HOSTILE_TITLE,
    contributingFactors: ['<img src=x onerror=alert(1)>', 'a & b'],
    detection: { how: '<b>bold</b> & <!-- comment -->', sooner: 'x' },
  };
  return [first, second, hostile];
}

const options = { title: 'Lessons', urlOf: (l: Lesson) => `https://acme.example/rollbook/lessons/${l.id}/` };

describe('lessonsFeed', () => {
  it('is a well-formed Atom feed with the required feed and entry elements, newest lesson first', () => {
    const feed = parseXml(lessonsFeed(lessons(), { ...options, self: 'https://acme.example/rollbook/lessons.atom' }));
    expect(feed.name).toBe('feed');
    expect(child(feed, 'id')?.text).toBe('urn:rollbook:lessons');
    expect(child(feed, 'title')?.text).toBe('Lessons');
    expect(child(feed, 'updated')?.text).toBe('2022-01-05T00:00:00Z');
    expect(child(child(feed, 'author')!, 'name')?.text).toBeTruthy();
    expect(children(feed, 'link').find((l) => l.attributes.rel === 'self')?.attributes.href).toBe(
      'https://acme.example/rollbook/lessons.atom',
    );
    const entries = children(feed, 'entry');
    expect(entries.map((e) => child(e, 'id')?.text)).toEqual(
      ['L-2022-01-hostile', 'L-2021-03-config-typo', 'L-2020-11-thread-exhaustion'].map(lessonEntryId),
    );
    for (const e of entries) {
      expect(child(e, 'title')?.text).toBeTruthy();
      expect(child(e, 'updated')?.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(Date.parse(child(e, 'updated')!.text)).not.toBeNaN();
      const link = child(e, 'link')!;
      expect(link.attributes.rel).toBe('alternate');
      expect(link.attributes.href).toBe(
        `https://acme.example/rollbook/lessons/${child(e, 'id')!.text.split(':').at(-1)}/`,
      );
    }
    expect(child(entries[2]!, 'updated')?.text).toBe('2020-11-09T00:00:00Z');
  });

  it('keeps hostile lesson text as text inside its element, with what XML cannot carry replaced', () => {
    const xml = lessonsFeed(lessons(), options);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<b>');
    const hostile = children(parseXml(xml), 'entry')[0]!;
    expect(hostile.children.map((c) => c.name)).toEqual([
      'id',
      'title',
      'updated',
      'link',
      'category',
      'category',
      'summary',
    ]);
    expect(child(hostile, 'title')?.text).toBe(HOSTILE_TITLE.replace(/[\u0001\u001b\uFFFE\uD800]/g, '\uFFFD'));
    const summary = child(hostile, 'summary')!;
    expect(summary.attributes.type).toBe('text');
    expect(summary.text).toContain('<img src=x onerror=alert(1)>; a & b');
    expect(summary.text).toContain('<b>bold</b> & <!-- comment -->');
  });

  it('joins contributing factors that end their own sentences without doubling the stop', () => {
    const first = lesson(CHECKLIST_GUARD).lesson;
    const written: Lesson = {
      ...first,
      contributingFactors: ['Nobody had read the changelog.', 'the alert was muted'],
    };
    const summary = child(children(parseXml(lessonsFeed([written], options)), 'entry')[0]!, 'summary')!.text;
    expect(summary).toContain('Contributing factors: Nobody had read the changelog. the alert was muted.\n');
    expect(summary).not.toMatch(/\.\.|\.;/);
  });

  it('per trigger: only that trigger, its own id, and an updated from all lessons when it has none', () => {
    const all = lessons();
    const config = parseXml(lessonsFeed(all, { ...options, trigger: 'config-push' }));
    expect(child(config, 'id')?.text).toBe('urn:rollbook:lessons:trigger:config-push');
    expect(children(config, 'entry').map((e) => child(e, 'id')?.text)).toEqual([
      lessonEntryId('L-2021-03-config-typo'),
    ]);
    const typo = all.find((l) => l.trigger === 'config-push')!;
    expect(child(config, 'updated')?.text).toBe(`${typo.date}T00:00:00Z`);
    const hardware = parseXml(lessonsFeed(all, { ...options, trigger: 'hardware' }));
    expect(children(hardware, 'entry')).toHaveLength(0);
    expect(child(hardware, 'updated')?.text).toBe('2022-01-05T00:00:00Z');
    expect(child(parseXml(lessonsFeed([], options)), 'updated')?.text).toBe('1970-01-01T00:00:00Z');
  });

  it('is the same file from the same lessons in any order', () => {
    const all = lessons();
    expect(lessonsFeed([...all].reverse(), options)).toBe(lessonsFeed(all, options));
  });
});
