// How long a phase occupies the calendar: the one place that says so. The projected calendar
// (plan/calendar.ts) adds it to a phase's start to get its earliest finish, the time the next
// phase may start from. That is the sum of its ramp stages' holds, then its bake, which starts
// when the last hold ends (ADR 28); anything else a phase must wait through belongs here too, so
// every consumer agrees.
import { parseDuration } from './duration.ts';
import type { Phase } from './schema.ts';
import { totalHoldMs } from './stages.ts';

/**
 * The least time, in milliseconds, between a phase's start and its earliest finish: the holds of
 * its ramp stages, then its bake (0 without either).
 */
export function phaseMinimumDuration(phase: Phase): number {
  const bake = phase.bake === undefined ? 0 : (parseDuration(phase.bake) ?? 0);
  return totalHoldMs(phase) + bake;
}

/** The least time, in milliseconds, between the previous phase's earliest finish and this phase's start. */
export function phaseMinimumWait(phase: Phase): number {
  return phase.minWait === undefined ? 0 : (parseDuration(phase.minWait) ?? 0);
}
