// The ramp gate of a phase with stages (ADR 28), and the bake that follows the ramp, through
// evaluatePhase: the pure evaluation the report and `rollbook gate` run.
import { describe, expect, it } from 'vitest';
import { evaluatePhase } from '../../src/gates/evaluate-phase.ts';
import type { PhaseFacts } from '../../src/gates/model.ts';
import { gateRow } from '../../src/gates/report/words.ts';
import type { StageTick } from '../../src/plan/stages.ts';
import { AT, HOUR, planWith } from './helpers.ts';

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(AT.getTime() - minutes * MINUTE).toISOString();
const tick = (minutesAgo: number): StageTick => ({ ticked: true, at: ago(minutesAgo), by: 'alice' });
const none: StageTick = { ticked: false };

function staged() {
  const plan = planWith([], { bake: '1h' });
  plan.phases[0]!.stages = [
    { percent: 5, hold: '10m' },
    { percent: 25, hold: '10m', pause: 'Compare the tracks' },
    { percent: 50 },
  ];
  return plan;
}

function evaluate(stages: StageTick[] | undefined, extra: PhaseFacts = {}) {
  const facts: PhaseFacts = { activatedAt: new Date(ago(600)), ...extra, ...(stages ? { stages } : {}) };
  const evaluation = evaluatePhase({ plan: staged(), target: 'second', at: AT, facts });
  const byId = (id: string) => evaluation.gates.find((g) => g.id === id);
  return { evaluation, ramp: byId('ramp'), bake: byId('bake') };
}

describe('the ramp gate', () => {
  it('holds while a stage holds, saying until when and what comes next', () => {
    const { ramp, bake, evaluation } = evaluate([tick(3), none, none]);
    expect(ramp).toMatchObject({ status: 'pending', kind: 'ramp' });
    expect(ramp!.reason).toBe(
      'ramp: stage 1 of 3 (5%) holds until 2026-11-23 09:07 UTC; then stage 2 (25%) waits for a tick.',
    );
    // The bake has not started: the activation 10 hours ago does not count in a phase with stages.
    expect(bake).toMatchObject({ status: 'pending' });
    expect(bake!.bake!.activatedAt).toBeUndefined();
    expect(evaluation.verdict).toBe('HOLD');
    expect(gateRow(ramp!)).toMatchObject({
      measured: 'stage 1 of 3, holding until 2026-11-23 09:07 UTC',
      threshold: '3 stages in order, holds 20m',
    });
  });

  it('says the next stage waits for a tick once the hold is over, and for a person after a pause', () => {
    expect(evaluate([tick(10), none, none]).ramp!.reason).toBe(
      'ramp: stage 1 of 3 (5%) has held; stage 2 (25%) waits for a tick.',
    );
    expect(evaluate([tick(40), tick(25), none]).ramp!.reason).toBe(
      'ramp: stage 2 of 3 (25%) is paused: a person decides whether to go on, by ticking stage 3 (50%).',
    );
  });

  it('passes when every stage is ticked; the bake then runs from the end of the last hold', () => {
    const running = evaluate([tick(90), tick(70), tick(30)]);
    expect(running.ramp).toMatchObject({
      status: 'pass',
      summary: 'all 3 stages done; the last hold ended 2026-11-23 08:30 UTC.',
    });
    expect(running.bake).toMatchObject({ status: 'pending', reason: 'bake: ends 2026-11-23 09:30 UTC' });
    const over = evaluate([tick(150), tick(130), tick(60)]);
    expect(over.bake!.status).toBe('pass');
    expect(over.evaluation.verdict).toBe('PROMOTE');
  });

  it('names a stage ticked before its time', () => {
    expect(evaluate([tick(60), tick(55), tick(20)]).ramp!.reason).toBeUndefined();
    const early = evaluate([tick(60), tick(55), tick(20)]).ramp!;
    expect(early.summary).toContain('Out of order: stage 2 was ticked before stage 1 allowed it.');
  });

  it('without stage facts (the CLI), there is no ramp gate and the bake runs from the activation', () => {
    const { ramp, bake } = evaluate(undefined);
    expect(ramp).toBeUndefined();
    expect(bake!.status).toBe('pass');
    expect(bake!.bake!.activatedAt).toBe(new Date(AT.getTime() - 10 * HOUR).toISOString());
  });
});
