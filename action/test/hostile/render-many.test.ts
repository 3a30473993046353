// Issue 12 item 8: render now renders plan by plan (peak memory is in the benchmark, "render
// memory"). This checks that streaming kept the answers: every file written once and in file
// order, a contested file name kept by the first plan in path order however checking
// interleaves, and --check and --prune over many plans.
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planText } from '../../../scripts/bench/corpus.ts';
import { runCli, tempDir } from '../helpers/cli.ts';

/**
 * Many times the two plans render keeps in flight (READ_CONCURRENCY in check-plans.ts), so
 * checking runs ahead of writing throughout. Six times is that; the render runs four times over
 * them, so each plan more costs four parses and renders (40 took 3.5 CPU-s, ADR 75).
 */
const COUNT = 12;
/** The plan another file copies, and the plan deleted before --check: both well inside the run. */
const COPIED = 7;
const DELETED = 10;
const padded = (i: number) => String(i).padStart(4, '0');

describe('render over many plans', () => {
  it('writes every runbook once, in order; --check, a contested name and --prune still work', async () => {
    const dir = tempDir();
    for (let i = 0; i < COUNT; i++) writeFileSync(join(dir, `plan-${padded(i)}.rollout.yaml`), planText(i));
    // A later file claiming an earlier plan's name: the earlier file keeps the runbook.
    writeFileSync(join(dir, 'zz-copy.rollout.yaml'), planText(COPIED));
    const args = ['render', '.', '--out', 'out', '--start', '2026-11-23'];
    const first = await runCli(args, dir);
    const wrote = first.stdout.split('\n').filter((l) => l.startsWith('wrote '));
    expect(wrote).toHaveLength(COUNT + 1);
    expect(wrote.slice(0, COUNT)).toEqual(
      Array.from({ length: COUNT }, (_, i) => `wrote out/bench-plan-${padded(i)}.md`),
    );
    expect(wrote.at(-1)).toBe('wrote out/index.md');
    expect(first.stderr).toContain(
      `cannot render zz-copy.rollout.yaml: its runbook bench-plan-${padded(COPIED)}.md is already taken by plan-${padded(COPIED)}.rollout.yaml`,
    );
    expect(first.code).toBe(1);
    const index = readFileSync(join(dir, 'out', 'index.md'), 'utf8');
    expect(index.match(/bench-plan-\d{4}\.md/g)?.length).toBeGreaterThanOrEqual(COUNT);

    unlinkSync(join(dir, 'zz-copy.rollout.yaml'));
    const check = await runCli([...args, '--check'], dir);
    expect(check.stdout).toBe(`All ${COUNT + 1} files in out are up to date.\n`);
    expect(check.code).toBe(0);

    unlinkSync(join(dir, `plan-${padded(DELETED)}.rollout.yaml`));
    const stale = await runCli([...args, '--check'], dir);
    expect(stale.stdout).toContain(`orphaned: out/bench-plan-${padded(DELETED)}.md`);
    expect(stale.stdout).toContain('stale: out/index.md');
    expect(stale.code).toBe(1);
    const pruned = await runCli([...args, '--prune'], dir);
    expect(pruned.stdout).toContain(`removed out/bench-plan-${padded(DELETED)}.md`);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(COUNT);
  });
});

describe('validate keeps no clean file in memory, yet frames a late duplicate name', () => {
  it('shows the code frame of a plan whose name turns out to be taken', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.rollout.yaml'), planText(3));
    writeFileSync(join(dir, 'b.rollout.yaml'), planText(3));
    const result = await runCli(['validate', '.', '--start', '2026-11-23'], dir);
    expect(result.stdout).toContain('b.rollout.yaml:5:9 error ref/duplicate-plan plan name "bench-plan-0003"');
    expect(result.stdout).toContain('> 5 |   name: bench-plan-0003');
  });
});
