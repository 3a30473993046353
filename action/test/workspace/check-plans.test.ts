// checkPlans' options that change how much work it does, never what a command shows: `render`
// skips the rules on plans it can render (it shows no diagnostics for those), and still gets the
// rules' findings on the plans it cannot render, which it prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { checkPlans } from '../../src/workspace/check-plans.ts';
import { tempDir } from '../helpers/cli.ts';
import { replaceOnce } from '../helpers/position.ts';

const START = '2026-11-23';
const SIGNOFF = '      - {signoff: ["@your-team/approvers"], count: 1}\n';

/** Schema-valid, but production has no sign-off gate: the `production-signoff` rule fires. */
function withoutProductionSignoff(name: string): string {
  const text = scaffoldPlan(name, 's.json');
  const production = text.indexOf('  - id: production');
  return text.slice(0, production) + replaceOnce(text.slice(production), SIGNOFF, '');
}

function repoWith(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'playbooks'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'playbooks', name), text);
  return dir;
}

const codes = (diagnostics: readonly { code: string }[]) => diagnostics.map((d) => d.code);

describe('lintValidPlans: false (render)', () => {
  it('leaves the rules out for a schema-valid plan, and runs them by default', async () => {
    const dir = repoWith({ 'a.rollout.yaml': withoutProductionSignoff('a') });
    const linted = await checkPlans([], { cwd: dir, config: {}, start: START });
    expect(codes(linted.diagnostics)).toContain('production-signoff');
    const plain = await checkPlans([], { cwd: dir, config: {}, start: START, lintValidPlans: false });
    expect(plain.diagnostics).toEqual([]);
    expect(plain.errors).toBe(0);
  });

  it('still runs them on what parsed of a plan with schema errors, whose diagnostics render prints', async () => {
    const text = replaceOnce(
      withoutProductionSignoff('b'),
      'kind: RolloutPlan\n',
      'kind: RolloutPlan\nunknown_key: 1\n',
    );
    const dir = repoWith({ 'b.rollout.yaml': text });
    const options = { cwd: dir, config: {}, start: START };
    const linted = await checkPlans([], options);
    const plain = await checkPlans([], { ...options, lintValidPlans: false });
    expect(codes(plain.diagnostics)).toContain('production-signoff');
    expect(plain.diagnostics).toEqual(linted.diagnostics);
  });

  it('hands render the same plans, valid or not', async () => {
    const dir = repoWith({
      'a.rollout.yaml': withoutProductionSignoff('a'),
      'c.rollout.yaml': scaffoldPlan('c', 's.json'),
    });
    const seen: string[] = [];
    await checkPlans([], {
      cwd: dir,
      config: {},
      start: START,
      retainPlans: false,
      lintValidPlans: false,
      onChecked: async (parsed) => {
        seen.push(`${parsed.file} ${parsed.plan?.metadata.name}`);
      },
    });
    expect(seen.sort()).toEqual(['playbooks/a.rollout.yaml a', 'playbooks/c.rollout.yaml c']);
  });
});
