// `rollbook render` with a plan that depends on another plan's phase: the dependent plan's
// calendar starts that phase when the other is projected to finish, even when its file comes
// first, and the index keeps file order.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { replaceOnce } from '../helpers/position.ts';

describe('render: calendars across plans', () => {
  it('projects a dependent phase after the phase it waits for, whatever the file order', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'playbooks'));
    const contract = replaceOnce(
      scaffoldPlan('orders-contract', 's.json'),
      '    title: Staging, flag on for the team\n',
      '    title: Staging, flag on for the team\n    dependsOn: [orders-expand/production]\n',
    );
    writeFileSync(join(dir, 'playbooks', 'a-contract.rollout.yaml'), contract);
    writeFileSync(join(dir, 'playbooks', 'b-expand.rollout.yaml'), scaffoldPlan('orders-expand', 's.json'));
    const result = await runCli(['render', 'playbooks', '--out', 'out', '--start', '2026-11-02'], dir);
    expect(result.code).toBe(0);
    const runbook = readFileSync(join(dir, 'out', 'orders-contract.md'), 'utf8');
    const expand = readFileSync(join(dir, 'out', 'orders-expand.md'), 'utf8');
    expect(runbook).toContain('Waiting for `orders-expand/production` (another plan) moved the start by');
    // The calendar rows: | n | [title](#…) | environment | starts | baked by | … | delayed by |
    const row = (text: string, title: string) =>
      text
        .split('\n')
        .find((line) => line.includes(`[${title}](`))
        ?.split('|')
        .map((cell) => cell.trim());
    const finish = Date.parse(row(expand, 'Everyone')![5]!.replace(/^\w+ /, '').replace(' UTC', 'Z').replace(' ', 'T'));
    const staging = row(runbook, 'Staging, flag on for the team')!;
    const starts = Date.parse(staging[4]!.replace(/^\w+ /, '').replace(' UTC', 'Z').replace(' ', 'T'));
    expect(starts).toBeGreaterThanOrEqual(finish);
    expect(staging.at(-2)).toContain('waiting for `orders-expand/production` +6d');
    const index = readFileSync(join(dir, 'out', 'index.md'), 'utf8');
    expect(index.indexOf('orders-contract')).toBeLessThan(index.indexOf('orders-expand'));
  });
});
