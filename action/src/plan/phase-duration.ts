// How long a phase occupies the calendar: the one place that says so. The projected calendar
// (plan/calendar.ts) adds it to a phase's start to get its earliest finish, the time the next
// phase may start from. Today that is the phase's bake; anything else a phase must wait through
// (timed holds between ramp stages, say) belongs here too, so every consumer agrees.
import { parseDuration } from './duration.ts';
import type { Phase } from './schema.ts';

/** The least time, in milliseconds, between a phase's start and its earliest finish: its bake (0 without one). */
export function phaseMinimumDuration(phase: Phase): number {
  return phase.bake === undefined ? 0 : (parseDuration(phase.bake) ?? 0);
}

/** The least time, in milliseconds, between the previous phase's earliest finish and this phase's start. */
export function phaseMinimumWait(phase: Phase): number {
  return phase.minWait === undefined ? 0 : (parseDuration(phase.minWait) ?? 0);
}
