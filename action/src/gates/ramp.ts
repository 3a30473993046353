// The ramp gate: in a phase with stages (ADR 28), the phase being left must have gone through
// every stage, and the last stage's hold must have ended. Which stage runs, whether its hold is
// over and what it waits for (a tick, or a person after a pause) come from plan/stages.ts, from
// ticks verified against the edit history; the report only words them.
import { formatDuration } from '../plan/duration.ts';
import { describeRamp } from '../plan/ramp-text.ts';
import type { Stage } from '../plan/schema.ts';
import { type StageTick, stageProgress, totalHoldMs } from '../plan/stages.ts';
import type { GateResult } from './model.ts';

export function evaluateRamp(stages: readonly Stage[], ticks: readonly StageTick[], at: Date): GateResult {
  const progress = stageProgress(stages, ticks, at);
  const holds = totalHoldMs({ stages: [...stages] });
  const sentence = describeRamp(stages, progress);
  const detail = {
    ...progress,
    stages: stages.length,
    ...(holds > 0 ? { holds: formatDuration(holds) } : {}),
  };
  const base = { id: 'ramp', kind: 'ramp' as const, title: 'ramp', ramp: detail };
  const summary = sentence.replace(/^Ramp: /, '');
  if (progress.waiting === 'done') return { ...base, status: 'pass', summary };
  return { ...base, status: 'pending', summary, reason: sentence.replace(/^Ramp: /, 'ramp: ') };
}
