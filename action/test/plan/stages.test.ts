import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import type { Stage } from '../../src/plan/schema.ts';
import { type StageTick, stageKeys, stageProgress, totalHoldMs } from '../../src/plan/stages.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const refs = (text: string) => parsePlan(text, 'p.rollout.yaml').diagnostics.filter((d) => d.code.startsWith('ref/'));
const withStages = (yaml: string) => replaceOnce(BASE, '    bake: 48h\n', `    stages:\n${yaml}    bake: 48h\n`);

const RAMP: Stage[] = [
  { percent: 5, hold: '10m' },
  { percent: 25, hold: '10m', pause: 'Compare the canary with the stable fleet' },
  { percent: 50, pause: 'The on-call agrees' },
  { percent: 100 },
];
const T0 = Date.parse('2026-11-20T09:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString().replace('.000Z', 'Z');
const tick = (minutes: number): StageTick => ({ ticked: true, at: at(minutes), by: 'alice' });
const none: StageTick = { ticked: false };
const now = (minutes: number) => new Date(T0 + minutes * 60_000);

describe('stage keys and holds', () => {
  it('keys stages by id, else by percent, suffixing repeats after reserving explicit ids', () => {
    expect(
      stageKeys({
        stages: [{ percent: 0.5 }, { percent: 5 }, { percent: 5, cohort: 'eu' }, { percent: 50, id: '5-2' }],
      }),
    ).toEqual(['0-5', '5', '5-3', '5-2']);
    expect(stageKeys({})).toEqual([]);
  });

  it('adds up the holds', () => {
    expect(totalHoldMs({ stages: RAMP })).toBe(20 * 60_000);
    expect(
      totalHoldMs({
        stages: [
          { percent: 1, hold: '1h30m' },
          { percent: 2, hold: '1d' },
        ],
      }),
    ).toBe((90 + 1440) * 60_000);
    expect(totalHoldMs({})).toBe(0);
  });
});

describe('stage progress', () => {
  it('waits for the first tick before anything is ticked', () => {
    expect(stageProgress(RAMP, [none, none, none, none], now(0))).toEqual({
      total: 4,
      reached: 0,
      waiting: 'tick',
      next: 1,
      early: [],
    });
  });

  it('holds from the tick for exactly the hold, then waits for the next tick', () => {
    const ticks = [tick(0), none, none, none];
    expect(stageProgress(RAMP, ticks, now(9))).toMatchObject({
      reached: 1,
      waiting: 'hold',
      holdEndsAt: at(10),
      next: 2,
    });
    expect(stageProgress(RAMP, ticks, now(10))).toMatchObject({ reached: 1, waiting: 'tick', next: 2 });
  });

  it('holds, then waits for a person, on a stage with both', () => {
    const ticks = [tick(0), tick(12), none, none];
    expect(stageProgress(RAMP, ticks, now(20))).toMatchObject({ reached: 2, waiting: 'hold', holdEndsAt: at(22) });
    expect(stageProgress(RAMP, ticks, now(22))).toMatchObject({ reached: 2, waiting: 'person', next: 3 });
    expect(stageProgress(RAMP, ticks, now(10_000))).toMatchObject({ waiting: 'person', next: 3 });
  });

  it('is done when every stage is ticked, and ends at the last hold (the last tick without one)', () => {
    const ticks = [tick(0), tick(12), tick(40), tick(41)];
    expect(stageProgress(RAMP, ticks, now(41))).toEqual({
      total: 4,
      reached: 4,
      waiting: 'done',
      endsAt: at(41),
      early: [],
    });
    const held: Stage[] = [...RAMP.slice(0, 3), { percent: 100, hold: '30m' }];
    expect(stageProgress(held, ticks, now(50))).toMatchObject({ waiting: 'hold', holdEndsAt: at(71) });
    expect(stageProgress(held, ticks, now(71))).toMatchObject({ waiting: 'done', endsAt: at(71) });
  });

  it('names stages ticked early and sends people back to a stage skipped', () => {
    // Stage 2 ticked 5 minutes into stage 1's 10-minute hold; stage 4 ticked with stage 3 never ticked.
    const ticks = [tick(0), tick(5), none, tick(30)];
    const progress = stageProgress(RAMP, ticks, now(60));
    expect(progress.early).toEqual([2, 4]);
    expect(progress).toMatchObject({ reached: 4, waiting: 'tick', next: 3 });
  });

  it('does not end a hold whose tick time nobody knows', () => {
    const progress = stageProgress(RAMP, [{ ticked: true }, none, none, none], now(10_000));
    expect(progress).toMatchObject({ reached: 1, waiting: 'hold', next: 2 });
    expect(progress.holdEndsAt).toBeUndefined();
  });
});

describe('stage checks', () => {
  it('accepts a plan with stages', () => {
    const text = withStages(
      '      - {percent: 1, hold: 10m}\n      - {percent: 5, pause: Look}\n      - {percent: 5}\n',
    );
    expect(refs(text)).toEqual([]);
  });

  it('refuses stages that go down, at the lower percent', () => {
    const text = withStages('      - {percent: 5, hold: 10m}\n      - {percent: 2}\n');
    expect(refs(text)).toEqual([expect.objectContaining({ code: 'ref/stage-order', ...positionOf(text, '2}') })]);
  });

  it('refuses a pause on the last stage: nothing could resume it', () => {
    const text = withStages('      - {percent: 1, hold: 10m}\n      - {percent: 5, pause: Look at it}\n');
    expect(refs(text)).toEqual([
      expect.objectContaining({ code: 'ref/stage-wait', ...positionOf(text, 'Look at it') }),
    ]);
  });

  it('refuses a stage id used twice, at the second', () => {
    const text = withStages('      - {id: first, percent: 1, hold: 10m}\n      - {id: first, percent: 5}\n');
    expect(refs(text)).toEqual([
      expect.objectContaining({
        code: 'ref/duplicate-id',
        ...positionOf(text, 'id: first', 2, 4),
        message: `stage id "first" is defined twice (first on line ${positionOf(text, 'id: first').line})`,
      }),
    ]);
  });

  it('refuses a hold that is not a duration, with the schema error', () => {
    const text = withStages('      - {percent: 1, hold: 10 minutes}\n      - {percent: 5}\n');
    const diagnostics = parsePlan(text, 'p.rollout.yaml').diagnostics;
    expect(diagnostics.some((d) => d.line === positionOf(text, '10 minutes').line)).toBe(true);
  });
});
