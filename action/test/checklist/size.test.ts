// GitHub's 65,536-character body limit: a body that would be larger degrades (commands left to
// the runbook, then shorter texts, then bare items) and never loses an item id or a tick.
import { describe, expect, it } from 'vitest';
import { phaseEntries } from '../../src/checklist/items.ts';
import { MAX_BODY_CHARS, TRUNCATED_TEXT_CHARS } from '../../src/checklist/limits.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { syncRollout } from '../../src/checklist/sync.ts';
import type { RolloutPlan, Step } from '../../src/plan/schema.ts';
import { builtinTemplates, clone, demoPlan, hours, Rollout, T0, tick } from './helpers.ts';

const templates = await builtinTemplates();
const RUNBOOK = 'https://github.com/acme/app/blob/main/playbooks/runbooks/demo.md';
/**
 * The huge plan: 400 steps (with their rollbacks and 80 checklist items, 880 items) are more than
 * `minimal` fits, so it goes down to `bare`. Its texts need only be longer than
 * TRUNCATED_TEXT_CHARS (so `truncated` cuts every one) and its commands present (so `full` shows
 * them): at `bare` neither is in the body. With 120 words and 12 command lines a step, the
 * levels above `bare` were built and merged at over a megabyte on each of the test's seven syncs;
 * the body it checks is byte for byte the same with these (ADR 75).
 */
const HUGE_STEPS = 400;
const HUGE_TEXT_WORDS = 40;
const HUGE_COMMAND_LINES = 1;

function words(n: number, seed: string): string {
  return Array.from({ length: n }, (_, i) => `${seed}${i % 10}`).join(' ');
}

/** The demo plan with `steps` long steps in its staging phase. */
function bigPlan(steps: number, textWords: number, commandLines: number): RolloutPlan {
  const plan = clone(demoPlan());
  const staging = plan.phases[0]!;
  staging.steps = Array.from(
    { length: steps },
    (_, i): Step => ({
      id: `s-${i}`,
      kind: 'config',
      do: `Step ${i}: ${words(textWords, 'word')}`,
      command: Array.from(
        { length: commandLines },
        (_, l) => `deployctl apply --step ${i} --line ${l} ${words(8, 'arg')}`,
      ).join('\n'),
      rollback: { do: `Undo step ${i}: ${words(textWords, 'undo')}`, command: `deployctl revert --step ${i}` },
    }),
  );
  staging.checklist = Array.from({ length: steps / 5 }, (_, i) => ({ id: `c-${i}`, text: words(textWords, 'check') }));
  return plan;
}

function run(plan: RolloutPlan, ticks: string[], note = '') {
  const rollout = new Rollout(plan, templates, { runbookUrl: RUNBOOK });
  rollout.sync(T0);
  if (note) rollout.bodies.staging = `${note}\n\n${rollout.bodies.staging}`;
  for (const [i, key] of ticks.entries()) rollout.tick('staging', `user${i}`, hours(i / 10), key);
  return rollout;
}

describe('size limit', () => {
  it('fits a small plan in full', () => {
    const rollout = run(demoPlan(), ['step:deploy']);
    expect(rollout.phase('staging').level).toBe('full');
  });

  it('leaves commands to the runbook first (details collapse)', () => {
    const plan = bigPlan(60, 30, 6);
    const rollout = run(plan, ['step:s-0', 'step:s-59', 'rollback:s-3']);
    const body = rollout.bodies.staging!;
    expect(rollout.phase('staging').level).toBe('collapsed');
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body).not.toContain('```');
    expect(body).toContain(`commands are in [the runbook](${RUNBOOK})`);
    expect(body).toContain(words(30, 'word')); // texts still whole
  });

  it('shortens texts next, and keeps every item id and tick in a huge plan', () => {
    const plan = bigPlan(HUGE_STEPS, HUGE_TEXT_WORDS, HUGE_COMMAND_LINES);
    expect(plan.phases[0]!.steps.every((step) => step.do.length > TRUNCATED_TEXT_CHARS)).toBe(true);
    const last = `step:s-${HUGE_STEPS - 1}`;
    const ticked = ['step:s-0', 'step:s-1', last, 'item:c-7', 'rollback:s-200', 'complete'];
    const rollout = run(plan, ticked, `Release notes from the team. ${words(400, 'note')}`);
    const result = rollout.phase('staging');
    const body = rollout.bodies.staging!;
    expect(['truncated', 'minimal', 'bare']).toContain(result.level);
    expect(result.overLimit).toBe(false);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    const parsed = parseIssueBody(body);
    expect(parsed.items.map((i) => i.id)).toEqual(phaseEntries(plan, 'staging').map((e) => e.id));
    expect(
      [...parsed.ticks]
        .filter(([, on]) => on)
        .map(([id]) => id.replace('demo/staging/', ''))
        .sort(),
    ).toEqual([...ticked].sort());
    expect(parsed.state!.ticks[`demo/staging/${last}`]?.by).toBe('user2');
    expect(body.startsWith(`Release notes from the team. ${words(400, 'note')}`)).toBe(true);
    // Nothing new: nothing to write.
    const again = syncRollout(rollout.input(hours(1)));
    expect(again.phases.find((p) => p.phaseId === 'staging')!.changed).toBe(false);
  });

  it('goes down to bare items when it must, still fitting', () => {
    const plan = bigPlan(420, 10, 1);
    const rollout = run(plan, ['step:s-419']);
    const result = rollout.phase('staging');
    expect(result.level).toBe('bare');
    expect(result.overLimit).toBe(false);
    expect(rollout.bodies.staging!.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(parseIssueBody(rollout.bodies.staging!).ticks.get('demo/staging/step:s-419')).toBe(true);
  });

  it("flags a body that cannot fit because of people's own text, and drops none of it", () => {
    const rollout = new Rollout(demoPlan(), templates);
    rollout.sync(T0);
    const huge = `A very long note. ${'x'.repeat(MAX_BODY_CHARS)}`;
    rollout.bodies.staging = `${tick(rollout.bodies.staging!, 'demo/staging/step:deploy')}\n\n${huge}`;
    const result = syncRollout(rollout.input(hours(1))).phases[0]!;
    expect(result.overLimit).toBe(true);
    expect(result.body).toContain(huge);
    expect(parseIssueBody(result.body).ticks.get('demo/staging/step:deploy')).toBe(true);
  });
});
