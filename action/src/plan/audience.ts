// What a phase reaches, as facts: its audience with the unit the percentage counts, its
// structured targets in order, and the share of the whole population it exposes. Lint sizes
// phases with `phaseExposure`; the runbook, checklist and site show `targetLabel` in order.
// docs/adr/0030-facts-units-and-reversibility.md says why the unit matters.
import type { AudienceUnit, Phase, RampStage, Target } from './schema.ts';

export interface AudienceFact {
  percent: number;
  /** Absent when the plan wrote a bare `10%`. */
  unit?: AudienceUnit;
}

const AUDIENCE = /^([0-9]+(?:\.[0-9]+)?)%(?: of ([a-z]+))?$/;
const FULL = 100;

/** `10% of users` → {percent: 10, unit: 'users'}; undefined when absent or not a valid audience. */
export function parseAudience(audience: string | undefined): AudienceFact | undefined {
  if (audience === undefined) return undefined;
  const match = AUDIENCE.exec(audience.trim());
  if (!match) return undefined;
  const fact: AudienceFact = { percent: Number.parseFloat(match[1]!) };
  if (match[2] !== undefined) fact.unit = match[2] as AudienceUnit;
  return fact;
}

export type PhaseTarget = string | Target;

export function isStructuredTarget(target: PhaseTarget): target is Target {
  return typeof target === 'object' && target !== null;
}

/** `cell shard-07: 6%`, `wave wave-2 (eu-west-1, eu-central-1): 30%`, or the plain text as written. Raw text. */
export function targetLabel(target: PhaseTarget): string {
  if (!isStructuredTarget(target)) return target;
  const includes = target.includes?.length ? ` (${target.includes.join(', ')})` : '';
  const share = target.share === undefined ? '' : `: ${target.share}`;
  return `${target.kind} ${target.name}${includes}${share}`;
}

/** The sum of the targets' shares when every target is structured and gives one, else undefined. */
export function targetsShare(phase: Pick<Phase, 'targets'>): number | undefined {
  const targets = phase.targets ?? [];
  if (targets.length === 0) return undefined;
  let sum = 0;
  for (const target of targets) {
    if (!isStructuredTarget(target) || target.share === undefined) return undefined;
    sum += Number.parseFloat(target.share);
  }
  return Math.min(sum, FULL);
}

/** Units whose members carry uneven shares of traffic: 10% of regions may be 30% of requests. */
const UNEVEN_UNITS: ReadonlySet<AudienceUnit> = new Set(['cells', 'regions']);

/**
 * The share of the whole population, in percent, the phase can reach: its audience when it gives
 * one (an audience always counts the whole population), else the sum of its targets' shares.
 * An audience counted in cells or regions is a share of those, not of traffic: the targets'
 * shares, when given, say more. Undefined when the plan does not say.
 */
export function phaseExposure(phase: Pick<Phase, 'targets' | 'audience'>): number | undefined {
  const audience = parseAudience(phase.audience);
  const shares = targetsShare(phase);
  if (audience?.unit !== undefined && UNEVEN_UNITS.has(audience.unit) && shares !== undefined) return shares;
  return audience?.percent ?? shares;
}

export interface RampExposure {
  /** The stage's percent as written. */
  percent: number;
  /** What it counts: the stage's `of`, else the phase audience's unit; absent when unstated. */
  of?: AudienceUnit | 'targets';
  /**
   * The share of the whole population it reaches, in percent. A stage `of: targets` reaches its
   * percent of the phase's exposure; undefined when the phase does not say how big it is.
   */
  overall?: number;
}

/** A ramp stage's reach: "100% of shard 07", in a phase whose one cell carries 6% of traffic, reaches 6%. */
export function rampExposure(phase: Pick<Phase, 'targets' | 'audience'>, stage: RampStage): RampExposure {
  const of = stage.of ?? parseAudience(phase.audience)?.unit;
  const result: RampExposure = { percent: stage.percent };
  if (of !== undefined) result.of = of;
  if (of !== 'targets') result.overall = stage.percent;
  else {
    const exposure = phaseExposure(phase);
    if (exposure !== undefined) result.overall = (stage.percent * exposure) / FULL;
  }
  return result;
}

/** `5% of users`, `100% of targets`, `10%`: a stage as people say it. Raw text. */
export function rampText(stage: RampStage): string {
  return stage.of === undefined ? `${stage.percent}%` : `${stage.percent}% of ${stage.of}`;
}

/** Every audience unit a phase states: its audience's and its ramp stages' (not `targets`). */
export function phaseUnits(phase: Phase): AudienceUnit[] {
  const units = new Set<AudienceUnit>();
  const audience = parseAudience(phase.audience)?.unit;
  if (audience) units.add(audience);
  for (const step of phase.steps)
    for (const stage of step.ramp ?? []) if (stage.of && stage.of !== 'targets') units.add(stage.of);
  return [...units];
}
