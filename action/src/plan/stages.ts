// The ramp stages of a phase (`stages:`, ADR 28): their stable keys, their holds, the checks
// JSON Schema cannot express, and how far a set of ticks got at a given time. Pure: the ticks and
// the clock are inputs, so the checklist's phase state and the gate report read one answer.
//
// Semantics, in one place:
// - Stages come after the phase's steps, in order. Ticking a stage means its share is live; the
//   tick (its time from GitHub's edit history) starts the stage's hold.
// - The next stage waits for the hold to end, then for a tick. After a pause it waits for a person
//   to decide: the tick of the next stage is that decision. A stage with both holds, then waits
//   for a person. A stage with neither waits for nothing.
// - The ramp is over when every stage is ticked and the last one's hold has ended. The phase's
//   bake starts then, so a phase occupies the sum of its holds plus its bake.
import { isoSeconds } from '../text/time.ts';
import { parseDuration } from './duration.ts';
import type { Finding } from './finding.ts';
import type { DataPath } from './locate.ts';
import type { Phase, Stage } from './schema.ts';

/** What the ramp waits for now. */
export type StageWait =
  /** A stage to be ticked: the first, one after a hold that ended, or one skipped. */
  | 'tick'
  /** The current stage's hold is running (until `holdEndsAt`, when its tick time is known). */
  | 'hold'
  /** The current stage pauses: a person decides, by ticking the next stage. */
  | 'person'
  /** Every stage ticked and the last hold over. */
  | 'done';

/** One stage's tick, from the verified state: `at` is GitHub's time of the edit that ticked it. */
export interface StageTick {
  ticked: boolean;
  at?: string;
  by?: string;
}

export interface StageProgress {
  total: number;
  /** The highest stage ticked, from 1; 0 when none is. */
  reached: number;
  waiting: StageWait;
  /** The stage to tick next (from 1), unless done. */
  next?: number;
  /** For `hold`: when the running hold ends, when its tick time is known. */
  holdEndsAt?: string;
  /** For `done`: when the last hold ended (the last tick when it has none): the bake starts here. */
  endsAt?: string;
  /** Stages (from 1) ticked before the stage before them allowed it: unticked, or its hold running. */
  early: number[];
}

/** The share as a key: `25`, `0-5` for 0.5%. */
function percentKey(percent: number): string {
  return String(percent).replace('.', '-');
}

/** Each stage's key, in order: its `id`, else its percent; repeats get `-2`, `-3`… (explicit ids are reserved first). */
export function stageKeys(phase: Pick<Phase, 'stages'>): string[] {
  const stages = phase.stages ?? [];
  const taken = new Set(stages.flatMap((s) => (s.id ? [s.id] : [])));
  return stages.map((stage) => {
    if (stage.id) return stage.id;
    const base = percentKey(stage.percent);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return key;
  });
}

/** A stage's hold in milliseconds; 0 without one. */
export function holdMs(stage: Stage): number {
  return stage.hold === undefined ? 0 : (parseDuration(stage.hold) ?? 0);
}

/** The sum of a phase's stage holds in milliseconds: what the ramp adds to the phase's time. */
export function totalHoldMs(phase: Pick<Phase, 'stages'>): number {
  return (phase.stages ?? []).reduce((sum, stage) => sum + holdMs(stage), 0);
}

/** What a stage says to do: its `do`, else "Shift to N%". Raw text. */
export function stageAction(stage: Stage): string {
  return stage.do ?? `Shift to ${stage.percent}%`;
}

const iso = (ms: number) => isoSeconds(new Date(ms));

/** How far `ticks` (one per stage, in order) got at `now`. */
export function stageProgress(stages: readonly Stage[], ticks: readonly StageTick[], now: Date): StageProgress {
  const total = stages.length;
  const tickAt = (i: number) => {
    const at = ticks[i]?.at;
    return ticks[i]?.ticked && at !== undefined ? Date.parse(at) : undefined;
  };
  const early: number[] = [];
  for (let i = 1; i < total; i++) {
    if (!ticks[i]?.ticked) continue;
    const previous = tickAt(i - 1);
    const own = tickAt(i);
    if (!ticks[i - 1]?.ticked) early.push(i + 1);
    else if (previous !== undefined && own !== undefined && own < previous + holdMs(stages[i - 1]!)) early.push(i + 1);
  }
  let reached = 0;
  for (let i = total - 1; i >= 0; i--)
    if (ticks[i]?.ticked) {
      reached = i + 1;
      break;
    }
  const base = { total, reached, early };
  if (reached === 0) return { ...base, waiting: 'tick', next: 1 };
  const skipped = ticks.slice(0, reached).findIndex((t) => !t?.ticked);
  const current = stages[reached - 1]!;
  const at = tickAt(reached - 1);
  if (current.hold !== undefined) {
    if (at === undefined) return { ...base, waiting: 'hold', ...(reached < total ? { next: reached + 1 } : {}) };
    const ends = at + holdMs(current);
    if (now.getTime() < ends)
      return { ...base, waiting: 'hold', holdEndsAt: iso(ends), ...(reached < total ? { next: reached + 1 } : {}) };
  }
  if (current.pause !== undefined && reached < total && skipped < 0) {
    return { ...base, waiting: 'person', next: reached + 1 };
  }
  if (skipped >= 0) return { ...base, waiting: 'tick', next: skipped + 1 };
  if (reached < total) return { ...base, waiting: 'tick', next: reached + 1 };
  return { ...base, waiting: 'done', ...(at !== undefined ? { endsAt: iso(at + holdMs(current)) } : {}) };
}

/** Checks on one phase's stages that JSON Schema cannot express. Errors: a plan failing them cannot be tracked. */
export function checkStages(phase: Phase, phasePath: DataPath): Finding[] {
  const stages = phase.stages ?? [];
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  stages.forEach((stage, i) => {
    const path: DataPath = [...phasePath, 'stages', i];
    if (stage.id !== undefined) {
      const first = seen.get(stage.id);
      if (first === undefined) seen.set(stage.id, i);
      else
        out.push({
          path: [...path, 'id'],
          code: 'ref/duplicate-id',
          message: `stage id "${stage.id}" is defined twice`,
          firstAt: [...phasePath, 'stages', first, 'id'],
          expected: 'a unique stage id',
          hint: 'rename one of them; ids are how Rollbook keeps ticks, so keep the one already in use',
        });
    }
    if (stage.pause !== undefined && i === stages.length - 1) {
      out.push({
        path: [...path, 'pause'],
        code: 'ref/stage-wait',
        message: 'the last stage pauses, but no later stage can resume it',
        expected: '`hold:` or nothing on the last stage',
        hint: 'the phase\'s gates and its "Phase complete" item already wait for a person: move the check there',
      });
    }
    const before = stages[i - 1];
    if (before && stage.percent < before.percent) {
      out.push({
        path: [...path, 'percent'],
        code: 'ref/stage-order',
        message: `the stages go down from ${before.percent}% to ${stage.percent}%`,
        expected: 'percentages that grow stage by stage',
        hint: "a ramp-down is a rollback: describe it under the steps' `rollback:`",
      });
    }
  });
  return out;
}
