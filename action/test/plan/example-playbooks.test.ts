// The example playbooks are what a new user copies: their text is plain, as every plan's is
// (docs/security.md, "Text that reaches GitHub"), so Markdown in it shows as typed in the runbook,
// the checklist issues and the site. A command goes in `command:`, which each of them shows as
// code. (A stray pair of backticks once showed as \`…\` on five plan pages.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse.ts';

const DIR = new URL('../../../playbooks/', import.meta.url).pathname;
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.rollout.yaml'));

/** Every string in `value` with its dotted path. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) strings(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('the example playbooks', () => {
  it('are there to check', () => {
    expect(FILES.length).toBeGreaterThan(3);
  });

  it.each(FILES)('%s writes plain text: no Markdown code spans, commands in `command:`', (file) => {
    const parsed = parsePlan(readFileSync(join(DIR, file), 'utf8'), file);
    expect(parsed.plan, file).toBeDefined();
    const marked = strings(parsed.plan, 'plan').filter(([, text]) => /`[^`\n]+`/.test(text));
    expect(marked).toEqual([]);
  });
});
