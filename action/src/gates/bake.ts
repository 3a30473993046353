// The bake gate: the phase being left must have run for its `bake:` since it was
// activated. Exactly the bake time passes. Not activated yet means the bake has not
// started, which holds (there is nothing to measure from).
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
  const progress = `${formatDuration(elapsedMs)} of ${formatDuration(requiredMs)}`;
  if (remainingMs === 0) return { ...base, status: 'pass', summary: `${progress}, done` };
  return {
    ...base,
    status: 'pending',
    summary: `${progress}, ${formatDuration(remainingMs)} left (until ${formatTime(endsAt)})`,
    reason: `bake: ${formatDuration(remainingMs)} left`,
  };
}
