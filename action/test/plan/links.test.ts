// Links between the plans of a repository, checked across files: dependencies on another plan's
// phase and deprecation stages carried out by another plan. Positioned, with a did-you-mean.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { dependencyCycles, dependencyOrder, type PlanLinkFacts } from '../../src/plan/links.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { checkPlans } from '../../src/workspace/check-plans.ts';
import { tempDir } from '../helpers/cli.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const START = '2026-11-23';

/** A scaffolded plan whose production phase depends on `refs`. */
function dependent(name: string, refs: string[]): string {
  return replaceOnce(
    scaffoldPlan(name, 'schema.json'),
    '    title: Everyone\n',
    `    title: Everyone\n    dependsOn: [${refs.join(', ')}]\n`,
  );
}

function repoWith(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'playbooks'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'playbooks', name), text);
  return dir;
}

async function linkDiagnostics(dir: string, inputs: string[] = []) {
  const result = await checkPlans(inputs, { cwd: dir, config: {}, start: START });
  return result.diagnostics.filter((d) => d.code.startsWith('ref/'));
}

describe('dependencies on other plans', () => {
  it('a dependency on an existing phase of another plan is clean', async () => {
    const dir = repoWith({
      'expand.rollout.yaml': scaffoldPlan('orders-expand', 's.json'),
      'contract.rollout.yaml': dependent('orders-contract', ['orders-expand/production']),
    });
    expect(await linkDiagnostics(dir)).toEqual([]);
  });

  it('an unknown plan is an error at the plan name, with a did-you-mean', async () => {
    const text = dependent('orders-contract', ['orders-expnd/production']);
    const dir = repoWith({
      'expand.rollout.yaml': scaffoldPlan('orders-expand', 's.json'),
      'contract.rollout.yaml': text,
    });
    const [d, ...rest] = await linkDiagnostics(dir);
    expect(rest).toEqual([]);
    const at = positionOf(text, 'orders-expnd/');
    expect(d).toMatchObject({
      file: 'playbooks/contract.rollout.yaml',
      severity: 'error',
      code: 'ref/unknown-plan',
      ...at,
      endColumn: at.column + 'orders-expnd'.length,
      hint: 'did you mean "orders-expand"?',
    });
    expect(d!.message).toBe(
      'phase "production" depends on plan "orders-expnd", which is not a plan of this repository',
    );
  });

  it('an unknown phase is an error at the phase name, listing the phases of that plan', async () => {
    const text = dependent('orders-contract', ['"orders-expand/prodution"']);
    const dir = repoWith({
      'expand.rollout.yaml': scaffoldPlan('orders-expand', 's.json'),
      'contract.rollout.yaml': text,
    });
    const [d] = await linkDiagnostics(dir);
    expect(d).toMatchObject({
      code: 'ref/unknown-phase',
      ...positionOf(text, 'prodution'),
      expected: 'a phase of orders-expand: staging, canary, production',
      hint: 'did you mean "production"?',
    });
  });

  it('a plan outside the files named (a pre-commit hook) is found among the configured plans', async () => {
    const dir = repoWith({
      'expand.rollout.yaml': scaffoldPlan('orders-expand', 's.json'),
      'contract.rollout.yaml': dependent('orders-contract', ['orders-expand/production']),
    });
    expect(await linkDiagnostics(dir, ['playbooks/contract.rollout.yaml'])).toEqual([]);
    writeFileSync(
      join(dir, 'playbooks', 'contract.rollout.yaml'),
      dependent('orders-contract', ['orders-expand/production', 'orders-other/canary']),
    );
    const found = await linkDiagnostics(dir, ['playbooks/contract.rollout.yaml']);
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['ref/unknown-plan', 'phase "production" depends on plan "orders-other", which is not a plan of this repository'],
    ]);
  });

  it('a dependency on its own plan, and a cycle across plans, are errors', async () => {
    const self = dependent('orders-a', ['orders-a/staging']);
    const cycleA = replaceOnce(
      scaffoldPlan('orders-a', 's.json'),
      '    title: Production canary, employees first\n',
      '    title: Production canary, employees first\n    dependsOn: [orders-b/production]\n',
    );
    const cycleB = dependent('orders-b', ['orders-a/canary']);
    expect((await linkDiagnostics(repoWith({ 'a.rollout.yaml': self })))[0]).toMatchObject({
      code: 'ref/dependency-same-plan',
    });
    const cycle = await linkDiagnostics(repoWith({ 'a.rollout.yaml': cycleA, 'b.rollout.yaml': cycleB }));
    expect(cycle.map((d) => d.code)).toEqual(['ref/dependency-cycle']);
    expect(cycle[0]!.message).toMatch(
      /orders-a\/canary → orders-b\/production → orders-a\/canary|orders-b\/production → orders-a\/canary → orders-b\/production/,
    );
  });
});

describe('deprecation stages in other plans', () => {
  const breaking = (name: string, stages: string) =>
    replaceOnce(scaffoldPlan(name, 's.json'), '  breaking: false\n', `  breaking: true\n  deprecation:\n${stages}`);

  it('an unknown plan is a warning with a did-you-mean; one in another repository says so and is not looked up', async () => {
    const text = breaking(
      'orders-migrate',
      [
        '    - {stage: expand, description: Add the column., plan: orders-expnd, status: done}',
        '    - {stage: migrate, description: Backfill and switch reads.}',
        '    - {stage: contract, description: Drop the column., plan: orders-contract, repository: acme/orders-db}',
        '',
      ].join('\n'),
    );
    const dir = repoWith({
      'expand.rollout.yaml': scaffoldPlan('orders-expand', 's.json'),
      'migrate.rollout.yaml': text,
    });
    const found = await linkDiagnostics(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      code: 'ref/unknown-plan',
      ...positionOf(text, 'orders-expnd'),
      hint: 'did you mean "orders-expand"?',
    });
    expect(found[0]!.message).toBe(
      'the expand stage is carried out by plan "orders-expnd", which is not a plan of this repository',
    );
  });
});

describe('dependencyCycles', () => {
  const at = { line: 1, column: 1, endLine: 1, endColumn: 2 };
  const facts = (name: string, phases: string[], deps: [string, string, string][]): PlanLinkFacts => ({
    file: `${name}.yaml`,
    name,
    phases,
    stages: [],
    dependencies: deps.map(([phase, plan, otherPhase]) => ({
      phase,
      plan,
      otherPhase,
      position: at,
      planPosition: at,
      phasePosition: at,
    })),
  });

  it('finds none in a chain, one in a loop, and stays linear on a long chain', () => {
    const chain = Array.from({ length: 5000 }, (_, i) =>
      facts(`p${i}`, ['a', 'b'], i > 0 ? [['a', `p${i - 1}`, 'b']] : []),
    );
    expect(dependencyCycles(chain)).toEqual([]);
    const loop = [facts('x', ['a'], [['a', 'y', 'a']]), facts('y', ['a'], [['a', 'x', 'a']])];
    expect(dependencyCycles(loop).map((c) => c.path)).toEqual([['x/a', 'y/a', 'x/a']]);
  });
});

describe('dependencyOrder', () => {
  const plan = (name: string, deps: string[] = []) =>
    ({
      metadata: { name },
      phases: [{ id: 'a', dependsOn: deps.length ? deps : undefined }],
    }) as unknown as RolloutPlan;
  const order = (plans: RolloutPlan[]) => dependencyOrder(plans, (p) => p).map((p) => p.metadata.name);

  it('puts each plan after those it waits for, else keeps the order given', () => {
    expect(order([plan('c', ['b/a']), plan('a'), plan('b', ['a/a']), plan('d')])).toEqual(['a', 'd', 'b', 'c']);
    expect(order([plan('x'), plan('y', ['unknown/a', 'y/a'])])).toEqual(['x', 'y']);
  });

  it('keeps plans in a cycle, last and as given', () => {
    expect(order([plan('p', ['q/a']), plan('q', ['p/a']), plan('r')])).toEqual(['r', 'p', 'q']);
  });
});
