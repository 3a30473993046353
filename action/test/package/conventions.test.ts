// The project's public conventions, kept true as files change: workflows and README examples use
// actions on a Node 24 runtime, the licence file matches package.json, the pre-commit hook runs
// the package's own bin, and the SchemaStore entry and schema docs name the published URLs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../../scripts/bundle.ts';
import { CONFIG_SCHEMA, LESSON_SCHEMA, PLAN_SCHEMA } from '../../src/plan/published-schemas.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; bin: Record<string, string>; version: string };

/** Oldest major of each action that runs on node24 (the majors before run on Node 20). */
const NODE24_MAJORS: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/deploy-pages': 5,
};

function documents(): string[] {
  const workflows = readdirSync(join(ROOT, '.github/workflows')).map((f) => `.github/workflows/${f}`);
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', ...workflows, ...docs];
}

describe('project conventions', () => {
  it('workflows and documentation use actions that run on Node 24', () => {
    const outdated: string[] = [];
    let seen = 0;
    for (const file of documents()) {
      for (const match of read(file).matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@v(\d+)/g)) {
        const oldest = NODE24_MAJORS[match[1]!];
        if (oldest === undefined) continue;
        seen++;
        if (Number(match[2]) < oldest) outdated.push(`${file}: ${match[0]}`);
      }
    }
    expect(seen).toBeGreaterThan(3);
    expect(outdated).toEqual([]);
  });

  it('has a LICENSE matching package.json', () => {
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toMatch(/^Copyright \(c\) \d{4} Rollbook contributors$/m);
  });

  it('offers a pre-commit hook that validates changed plans with the package bin', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; files: string }[];
    const hook = hooks.find((h) => h.id === 'rollbook-validate')!;
    expect(hook.entry).toBe('rollbook validate');
    expect(Object.keys(pkg.bin)).toContain('rollbook');
    const files = new RegExp(hook.files);
    expect(files.test('playbooks/checkout.rollout.yaml')).toBe(true);
    expect(files.test('playbooks/lessons/L-1.md')).toBe(false);
  });

  it('publishes the schemas at the URLs the docs, the schemas and SchemaStore name', () => {
    const entry = JSON.parse(read('schemastore/catalog-entry.json')) as { url: string; fileMatch: string[] };
    expect(entry.url).toBe(PLAN_SCHEMA.url);
    expect(entry.fileMatch).toContain('*.rollout.yaml');
    const docs = read('docs/schemas.md');
    for (const schema of [PLAN_SCHEMA, CONFIG_SCHEMA, LESSON_SCHEMA]) {
      expect(docs).toContain(schema.url);
      expect(JSON.parse(read(schema.file)).$id).toBe(schema.url);
      expect(schema.url.startsWith('https://cdn.jsdelivr.net/npm/rollbook@')).toBe(true);
    }
    // The URL names the package's major; before 1.0.0 (the first release) that is 1.
    const major = Math.max(1, Number(pkg.version.split('.')[0]));
    expect(PLAN_SCHEMA.url).toContain(`rollbook@${major}/`);
  });
});
