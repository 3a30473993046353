// An Atom feed document (RFC 4287) written as a string: the feed's id, title, updated, author and
// links, then one entry per item with id, title, updated, alternate link, categories and a plain
// text summary. Every value is escaped (text/xml.ts), so no text can add markup, and nothing here
// reads the clock: the caller gives every `updated`. Pure.
import { xmlText } from '../text/xml.ts';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

export interface AtomEntry {
  /** A permanent IRI: the same item keeps it on every build and wherever the site moves. */
  id: string;
  title: string;
  /** RFC 3339 time. */
  updated: string;
  /** The item's page. */
  link: string;
  /** Plain text (type="text"): shown as text, never read as HTML. */
  summary?: string;
  categories?: readonly string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  /** RFC 3339 time. */
  updated: string;
  author: string;
  /** The feed's own URL (rel="self"), when it is known. */
  self?: string;
  /** The page the feed follows (rel="alternate"). */
  alternate?: string;
  entries: readonly AtomEntry[];
}

const attr = (name: string, value: string) => ` ${name}="${xmlText(value)}"`;
const element = (name: string, value: string, attrs = '') => `<${name}${attrs}>${xmlText(value)}</${name}>`;

function entry(e: AtomEntry): string[] {
  return [
    '  <entry>',
    `    ${element('id', e.id)}`,
    `    ${element('title', e.title, attr('type', 'text'))}`,
    `    ${element('updated', e.updated)}`,
    `    <link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', e.link)}/>`,
    ...(e.categories ?? []).map((c) => `    <category${attr('term', c)}/>`),
    ...(e.summary !== undefined ? [`    ${element('summary', e.summary, attr('type', 'text'))}`] : []),
    '  </entry>',
  ];
}

export function atomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed${attr('xmlns', ATOM_NS)}>`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, attr('type', 'text'))}`,
    `  ${element('updated', feed.updated)}`,
    `  <author>${element('name', feed.author)}</author>`,
    ...(feed.self
      ? [`  <link${attr('rel', 'self')}${attr('type', 'application/atom+xml')}${attr('href', feed.self)}/>`]
      : []),
    ...(feed.alternate
      ? [`  <link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', feed.alternate)}/>`]
      : []),
    ...feed.entries.flatMap(entry),
    '</feed>',
    '',
  ].join('\n');
}
