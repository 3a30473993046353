// Renders a Markdown reference of a JSON Schema: a table of value types, then one table per
// object type, in document order. Generated from the same TypeBox objects as the schema, so the
// docs cannot drift. Every field gets a type and, where it has one, a unit: strings are named by
// their pattern (a duration, a date, a percentage...), numbers carry a `unit` annotation.

import {
  AUDIENCE_PATTERN,
  CLOCK_TIME_PATTERN,
  DATE_OR_TIME_PATTERN,
  DATE_PATTERN,
  DURATION_PATTERN,
  ID_PATTERN,
  PERCENT_PATTERN,
  URL_PATTERN,
} from '../action/src/plan/schema.ts';
import { HANDLE_PATTERN } from '../action/src/text/handle.ts';
import { TIME_ZONE_PATTERN } from '../action/src/time/zone.ts';

export interface Node {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Node>;
  patternProperties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  enum?: string[];
  const?: unknown;
  required?: string[];
  pattern?: string;
  minItems?: number;
  unit?: string;
}

/** Strings with a known pattern: the name the reference uses, its unit, and what it looks like. */
export const VALUE_TYPES: readonly { pattern: string; name: string; unit: string; looks: string }[] = [
  {
    pattern: DURATION_PATTERN,
    name: 'duration',
    unit: 'w, d, h or m',
    looks:
      'a whole number followed by `w` (weeks), `d` (days), `h` (hours) or `m` (minutes), combined as in `1d12h`: `30m`, `24h`, `2d`, `6w`',
  },
  { pattern: DATE_PATTERN, name: 'date', unit: 'UTC day', looks: '`YYYY-MM-DD`, a calendar day in UTC: `2026-11-02`' },
  {
    pattern: DATE_OR_TIME_PATTERN,
    name: 'date or time',
    unit: "plan's time zone",
    looks:
      "a date (its midnight) or a date and time, in the plan's `schedule.timeZone` unless it ends in `Z` or an offset: `2026-12-01`, `2026-11-27T17:00`, `2026-11-27T16:00Z`",
  },
  {
    pattern: CLOCK_TIME_PATTERN,
    name: 'time of day',
    unit: "HH:MM, plan's time zone",
    looks: '`HH:MM` on a 24-hour clock, `24:00` for the end of the day: `09:00`, `16:30`',
  },
  {
    pattern: TIME_ZONE_PATTERN,
    name: 'time zone',
    unit: '',
    looks: 'an IANA time zone name: `Europe/Berlin`, `America/New_York`, `UTC` (not an offset)',
  },
  { pattern: PERCENT_PATTERN, name: 'percentage', unit: '%', looks: 'a number followed by `%`: `5%`, `12.5%`' },
  {
    pattern: AUDIENCE_PATTERN,
    name: 'audience',
    unit: '% of a unit',
    looks:
      'a percentage of the whole population, best with what it counts: `5% of users`, `10% of requests`, `1% of installs` (also sessions, hosts, pods, cells, regions); a bare `5%` is still accepted',
  },
  { pattern: ID_PATTERN, name: 'id', unit: '', looks: 'lower-case letters, digits and dashes: `canary-eu`' },
  { pattern: HANDLE_PATTERN, name: 'handle', unit: '', looks: 'a GitHub user or team: `@alice`, `@org/team`' },
  { pattern: URL_PATTERN, name: 'URL', unit: '', looks: 'an `http://` or `https://` address' },
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/**
 * A heading's anchor as GitHub (and Starlight, through github-slugger) makes it: lower case,
 * punctuation other than `-` and `_` dropped, each space a dash. `metadata.links` → `metadatalinks`.
 */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
const VALUE_TYPES_HEADING = 'Value types';

function valueType(node: Node) {
  return node.pattern === undefined ? undefined : VALUE_TYPES.find((v) => v.pattern === node.pattern);
}

/** A field's unit: declared on numbers, implied by a known string pattern, or none. */
export function unitOf(node: Node): string {
  if (node.unit) return node.unit;
  if (node.items) return unitOf(node.items);
  if (node.anyOf) return [...new Set(node.anyOf.map(unitOf).filter(Boolean))].join(' or ');
  return valueType(node)?.unit ?? '';
}

export function typeOf(node: Node, childName: string, queue: [string, Node][]): string {
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(' | ');
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (node.anyOf) return node.anyOf.map((n) => typeOf(n, childName, queue)).join(' or ');
  if (node.type === 'array' && node.items) return `list of ${typeOf(node.items, childName, queue)}`;
  if (node.type === 'object' && node.properties) {
    queue.push([childName, node]);
    return `[${childName}](#${anchorOf(childName)})`;
  }
  if (node.type === 'object' && node.patternProperties) {
    const [, value] = Object.entries(node.patternProperties)[0]!;
    return `map of name → ${typeOf(value, childName, queue)}`;
  }
  const known = valueType(node);
  if (known) return `[${known.name}](#${anchorOf(VALUE_TYPES_HEADING)})`;
  if (node.type === 'string') return node.pattern ? `text matching \`${node.pattern}\`` : 'text';
  if (node.type === 'boolean') return '`true` or `false`';
  if (node.type === 'integer') return 'whole number';
  return String(node.type ?? 'any');
}

function valueTypesTable(): string[] {
  return [
    `## ${VALUE_TYPES_HEADING}`,
    '',
    'Plain `text` is any non-empty string. Numbers state their unit in the tables below.',
    '',
    '| type | unit | written as |',
    '| --- | --- | --- |',
    ...VALUE_TYPES.map((v) => `| ${v.name} | ${cell(v.unit)} | ${cell(v.looks)} |`),
    '',
  ];
}

export function schemaToMarkdown(root: Node, rootName: string): string {
  const out: string[] = valueTypesTable();
  const queue: [string, Node][] = [[rootName, root]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const [name, node] = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(`## ${name}`, '');
    if (node.description) out.push(node.description, '');
    out.push('| key | type | unit | required | description |', '| --- | --- | --- | --- | --- |');
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === '$schema') continue;
      const childName = name === rootName ? key : `${name}.${key}`;
      const type = typeOf(child, childName, queue);
      const required = node.required?.includes(key) ? 'yes' : '';
      const description = child.description ?? child.items?.description ?? child.anyOf?.[0]?.description ?? '';
      out.push(`| \`${key}\` | ${cell(type)} | ${cell(unitOf(child))} | ${required} | ${cell(description)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
