// A phase's steps: numbered, with owner and a command to copy, each with its rollback beside it;
// the flag ramp table; and the same steps undone last-first for "when it goes wrong".
import type { Phase, Step } from '../../plan/schema.ts';
import type { InlineMd, TextMd } from '../../text/brands.ts';
import { cellCodeSpan, codeFence } from '../../text/markdown-code.ts';
import { mention } from '../../text/markdown-inline.ts';
import { cell, code, EMPTY_CELL, md, numberText, text } from './format.ts';
import type { RampRow, StepView, UndoItem } from './types.ts';

const COMMAND_LANGUAGE = 'sh';

interface Rollback {
  do: string;
  command?: string;
}

function rollbackOf(step: Step): Rollback | undefined {
  if (step.rollback === undefined) return undefined;
  return typeof step.rollback === 'string' ? { do: step.rollback } : step.rollback;
}

/** The step whose ticking starts the bake: the one marked `activates`, else the last non-test step. */
export function activatingStep(phase: Phase): Step | undefined {
  return phase.steps.find((step) => step.activates) ?? phase.steps.findLast((step) => step.kind !== 'test');
}

export function stepViews(phase: Phase): StepView[] {
  const activating = activatingStep(phase);
  return phase.steps.map((step, index) => {
    const rollback = rollbackOf(step);
    return {
      number: index + 1,
      id: code(step.id),
      kind: text(step.kind),
      do: text(step.do),
      owner: step.owner === undefined ? null : mention(step.owner),
      command: step.command === undefined ? null : codeFence(step.command, COMMAND_LANGUAGE),
      rollback: rollback
        ? {
            do: text(rollback.do),
            command: rollback.command === undefined ? null : codeFence(rollback.command, COMMAND_LANGUAGE),
          }
        : null,
      activates: step === activating && !phase.stages?.length,
      flag: step.flag === undefined ? null : code(step.flag),
      migration: step.migration === undefined ? null : code(step.migration),
    };
  });
}

export function rampRows(phase: Phase): RampRow[] {
  return phase.steps.flatMap((step, index) =>
    (step.ramp ?? []).map((stage, stageIndex) => ({
      step: md`${numberText(index + 1)} ${cellCodeSpan(step.id)}`,
      flag: step.flag === undefined ? EMPTY_CELL : cellCodeSpan(step.flag),
      stage: stageIndex + 1,
      percent: md`${numberText(stage.percent)}%`,
      cohort: cell(stage.cohort),
    })),
  );
}

/** The steps last-first with how to undo each; steps without a rollback say so. */
export function undoItems(phase: Phase): UndoItem[] {
  return phase.steps
    .map((step, index) => {
      const rollback = rollbackOf(step);
      return {
        number: index + 1,
        id: code(step.id),
        do: rollback ? text(rollback.do) : ('No rollback given in the plan.' as TextMd),
        command: rollback?.command === undefined ? null : (code(rollback.command) as InlineMd),
      };
    })
    .reverse();
}
