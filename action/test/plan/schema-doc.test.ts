import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Node, schemaToMarkdown, typeOf, unitOf } from '../../../scripts/schema-doc.ts';
import { RolloutPlan } from '../../src/plan/schema.ts';

const PLAN = JSON.parse(JSON.stringify(RolloutPlan)) as Node;

/** Every field of the schema, with its dotted path. */
function fields(node: Node, path: string, out: [string, Node][] = []): [string, Node][] {
  const visit = (child: Node, at: string) => {
    out.push([at, child]);
    fields(child, at, out);
  };
  for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, path ? `${path}.${key}` : key);
  for (const child of Object.values(node.patternProperties ?? {})) fields(child, `${path}.<name>`, out);
  if (node.items) fields(node.items, `${path}[]`, out);
  for (const branch of node.anyOf ?? []) fields(branch, path, out);
  return out;
}

describe('the plan format reference', () => {
  it('names a type for every field, and a unit for every number', () => {
    for (const [path, node] of fields(PLAN, '')) {
      if (path.endsWith('$schema')) continue;
      const type = typeOf(node, 'x', []);
      expect(type, path).not.toMatch(/^(any|string)$/);
      const numbers = [node, node.items, ...(node.anyOf ?? [])].filter(
        (n) => n?.type === 'number' || n?.type === 'integer',
      );
      if (numbers.length > 0) expect(unitOf(node), `${path} is a number without a unit`).not.toBe('');
    }
  });

  it('documents reviewAfter as a duration, with its units', () => {
    const row = schemaToMarkdown(PLAN, 'plan')
      .split('\n')
      .find((line) => line.startsWith('| `reviewAfter` |'));
    expect(row).toContain('[duration](#value-types) | w, d, h or m |');
  });

  it('links only to headings it has, by the anchors GitHub gives them', () => {
    const doc = schemaToMarkdown(PLAN, 'plan');
    // GitHub's rule, written out here so the test does not read the generator's own: lower case,
    // punctuation but `-` and `_` dropped, spaces made dashes.
    const githubAnchor = (heading: string) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
    const anchors = new Set([...doc.matchAll(/^#{1,6} (.+)$/gm)].map((m) => githubAnchor(m[1] as string)));
    const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(links).toContain('metadatalinks');
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });

  it('is committed as generated', () => {
    const doc = readFileSync(new URL('../../../docs/plan-format.md', import.meta.url), 'utf8');
    expect(doc).toContain(schemaToMarkdown(PLAN, 'plan'));
  });
});
