// The bake gate: the phase being left must have run for its `bake:` since it was
// activated. Exactly the bake time passes. Not activated yet means the bake has not
// started, which holds (there is nothing to measure from). Summaries and reasons give the
// absolute end time, not the time left, so they do not change while nothing happens.
import { formatDuration, parseDuration } from '../plan/duration.ts';
import { formatTime } from '../text/time.ts';
import type { BakeDetail, GateResult } from './model.ts';

export function evaluateBake(bake: string, activatedAt: Date | undefined, at: Date, phaseId: string): GateResult {
  const requiredMs = parseDuration(bake) ?? 0;
  const detail: BakeDetail = { requiredMs, required: bake };
  const base = { id: 'bake', kind: 'bake' as const, title: 'bake', bake: detail };
  if (!activatedAt) {
    return {
      ...base,
      status: 'pending',
      summary: `not started (${formatDuration(requiredMs)} required)`,
      reason: `bake: phase ${phaseId} has not been activated (${formatDuration(requiredMs)} required)`,
    };
  }
  const elapsedMs = Math.max(0, at.getTime() - activatedAt.getTime());
  const remainingMs = Math.max(0, requiredMs - elapsedMs);
  const endsAt = new Date(activatedAt.getTime() + requiredMs);
  Object.assign(detail, {
    activatedAt: activatedAt.toISOString(),
    elapsedMs,
    remainingMs,
    endsAt: endsAt.toISOString(),
  });
  // Absolute times, never counters: a report that says "3h left" would change every minute.
  const required = formatDuration(requiredMs);
  if (remainingMs === 0) return { ...base, status: 'pass', summary: `${required}, ended ${formatTime(endsAt)}` };
  return {
    ...base,
    status: 'pending',
    summary: `${required}, ends ${formatTime(endsAt)}`,
    reason: `bake: ends ${formatTime(endsAt)}`,
  };
}
