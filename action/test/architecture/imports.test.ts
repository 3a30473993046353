// The import structure ADR 13 decides: the areas of action/src (its top-level folders) import
// each other without cycles, and the site reaches the engine only through action/src/site-api.ts.
// A small scanner of relative import specifiers; type-only imports count too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../../..');
const ENGINE = join(REPO, 'action/src');
const SITE_ENTRY = join(ENGINE, 'site-api.ts');

/** `from '…'`, `import '…'` and `import('…')` with a relative specifier. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|mts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** The files `file` imports by relative path, resolved. */
function relativeImports(file: string, text: string): string[] {
  return [...text.matchAll(RELATIVE_IMPORT)].map((m) => resolve(dirname(file), m[1]!));
}

/** The area of an engine file: its top-level folder, or the file itself for program entries. */
function areaOf(file: string): string {
  return relative(ENGINE, file).split(sep)[0]!;
}

/** Strongly connected groups of more than one node (Tarjan), each sorted. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import structure', () => {
  it('finds the cycles it is meant to catch', () => {
    const graph = new Map([
      ['lint', new Set(['lessons', 'plan'])],
      ['lessons', new Set(['lint'])],
      ['plan', new Set<string>()],
    ]);
    expect(cycles(graph)).toEqual([['lessons', 'lint']]);
    expect(relativeImports('/r/a/b.ts', "import type { X } from '../c/d.ts';\nconst m = import('./e.ts');")).toEqual([
      '/r/c/d.ts',
      '/r/a/e.ts',
    ]);
  });

  it('the areas of action/src import each other without cycles', () => {
    const graph = new Map<string, Set<string>>();
    for (const file of sourceFiles(ENGINE)) {
      const from = areaOf(file);
      const edges = graph.get(from) ?? new Set<string>();
      graph.set(from, edges);
      for (const target of relativeImports(file, readFileSync(file, 'utf8'))) {
        if (!target.startsWith(ENGINE + sep)) continue;
        const to = areaOf(target);
        if (to !== from) edges.add(to);
      }
    }
    expect(graph.size).toBeGreaterThan(10);
    expect(cycles(graph)).toEqual([]);
  });

  it('the site imports the engine only through action/src/site-api.ts', () => {
    const reaches = sourceFiles(join(REPO, 'site')).flatMap((file) =>
      relativeImports(file, readFileSync(file, 'utf8'))
        .filter((target) => target.startsWith(ENGINE + sep) && target !== SITE_ENTRY)
        .map((target) => `${relative(REPO, file)} -> ${relative(REPO, target)}`),
    );
    expect(reaches).toEqual([]);
  });
});
