// A ramp's progress (plan/stages.ts) as one plain sentence, the same in the checklist issue's
// status line, the gate report and `rollbook status`. It holds only numbers, fixed words and
// absolute times (never "3 minutes left"), so it changes only when the ramp moves on, and it
// needs no escaping wherever it lands.
import { formatTime } from '../text/time.ts';
import type { Stage } from './schema.ts';
import type { StageProgress } from './stages.ts';

function stageName(stages: readonly Stage[], number: number): string {
  return `stage ${number} (${stages[number - 1]?.percent}%)`;
}

export function describeRamp(stages: readonly Stage[], progress: StageProgress): string {
  const { total, reached, waiting, next } = progress;
  const current = reached > 0 ? `stage ${reached} of ${total} (${stages[reached - 1]?.percent}%)` : '';
  const nextName = next === undefined ? '' : stageName(stages, next);
  let sentence: string;
  switch (waiting) {
    case 'done':
      sentence = progress.endsAt
        ? `all ${total} stages done; the last hold ended ${formatTime(progress.endsAt)}.`
        : `all ${total} stages done.`;
      break;
    case 'hold': {
      const then =
        next === undefined
          ? ''
          : stages[reached - 1]?.pause !== undefined
            ? `; then a person decides on ${nextName}`
            : `; then ${nextName} waits for a tick`;
      sentence = progress.holdEndsAt
        ? `${current} holds until ${formatTime(progress.holdEndsAt)}${then}.`
        : `${current} is holding; when it was ticked is not known yet${then}.`;
      break;
    }
    case 'person':
      sentence = `${current} is paused: a person decides whether to go on, by ticking ${nextName}.`;
      break;
    case 'tick':
      if (reached === 0) sentence = `stage 1 of ${total} (${stages[0]?.percent}%) waits for a tick.`;
      else if (next !== undefined && next <= reached)
        sentence = `${nextName} is not ticked although stage ${reached} is: tick it.`;
      else sentence = `${current} has held; ${nextName} waits for a tick.`;
      break;
  }
  const early = progress.early.map((n) => `stage ${n} was ticked before stage ${n - 1} allowed it`);
  const text = `Ramp: ${sentence}`;
  return early.length ? `${text} Out of order: ${early.join('; ')}.` : text;
}
