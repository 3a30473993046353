// A phase's ramp stages for the runbook (ADR 28): in order, each with its share, cohort, what to
// do, a command to copy, and what follows it (a hold, a pause for a person, or the bake).
import { formatDuration } from '../../plan/duration.ts';
import type { Phase, Stage } from '../../plan/schema.ts';
import { stageAction, stageKeys, totalHoldMs } from '../../plan/stages.ts';
import type { TextMd } from '../../text/brands.ts';
import { codeFence } from '../../text/markdown-code.ts';
import { code, md, numberText, optionalText, text, titleText } from './format.ts';
import type { StagesView } from './types.ts';

const COMMAND_LANGUAGE = 'sh';

/** The stages of a phase, or null when it has none. */
export function stagesView(phase: Phase): StagesView | null {
  const stages = phase.stages ?? [];
  if (stages.length === 0) return null;
  const keys = stageKeys(phase);
  const totalMs = totalHoldMs(phase);
  return {
    count: stages.length,
    totalHold: totalMs > 0 ? text(formatDuration(totalMs)) : null,
    items: stages.map((stage, index) => ({
      number: index + 1,
      key: code(keys[index]!),
      percent: numberText(stage.percent),
      cohort: stage.cohort === undefined ? null : titleText(stage.cohort),
      do: text(stageAction(stage)),
      command: stage.command === undefined ? null : codeFence(stage.command, COMMAND_LANGUAGE),
      hold: optionalText(stage.hold),
      pause: optionalText(stage.pause),
      after: afterText(stage, index + 1, stages.length, phase.bake !== undefined),
      last: index === stages.length - 1,
    })),
  };
}

/** What follows a stage, as one sentence: its hold, its pause, and what comes next. */
function afterText(stage: Stage, number: number, total: number, bakes: boolean): TextMd {
  const hold = stage.hold === undefined ? undefined : text(stage.hold);
  const starts = hold ? md<TextMd>`Ticking this stage starts a **${hold}** hold` : undefined;
  if (number === total) {
    if (!bakes)
      return starts
        ? md<TextMd>`${starts}; the phase is done with its ramp when it ends.`
        : md<TextMd>`The last stage.`;
    return starts
      ? md<TextMd>`${starts}; the bake starts when it ends.`
      : md<TextMd>`The bake starts when this stage is ticked.`;
  }
  const next = number + 1;
  if (stage.pause !== undefined) {
    const pause = text(stage.pause);
    const after = starts ? md<TextMd>`${starts}; then` : md<TextMd>`Then`;
    return md<TextMd>`${after} pause until a person has checked: ${pause} Ticking stage ${next} is that decision.`;
  }
  return starts
    ? md<TextMd>`${starts}; stage ${next} waits until it ends.`
    : md<TextMd>`No hold: stage ${next} may follow at once.`;
}
