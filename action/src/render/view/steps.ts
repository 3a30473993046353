// A phase's steps: numbered, with owner and a command to copy, each with its rollback beside it;
// the flag ramp table; the same steps undone last-first for "when it goes wrong", and what cannot
// be undone with how to roll it forward (plan/reversibility.ts).
import { rampText } from '../../plan/audience.ts';
import {
  irreversibleParts,
  isMarkedIrreversible,
  rollbackOf,
  rollForwardOf,
  undoSteps,
} from '../../plan/reversibility.ts';
import type { Phase, Step } from '../../plan/schema.ts';
import type { CellMd, InlineMd, TextMd } from '../../text/brands.ts';
import { cellCodeSpan, codeFence } from '../../text/markdown-code.ts';
import { mention } from '../../text/markdown-inline.ts';
import { cell, code, EMPTY_CELL, md, numberText, text } from './format.ts';
import type { ForwardItem, RampRow, StepView, UndoItem } from './types.ts';

const COMMAND_LANGUAGE = 'sh';

/** The step whose ticking starts the bake: the one marked `activates`, else the last non-test step. */
export function activatingStep(phase: Phase): Step | undefined {
  return phase.steps.find((step) => step.activates) ?? phase.steps.findLast((step) => step.kind !== 'test');
}

function forwardPlanView(plan: { do: string; command?: string } | undefined) {
  return plan
    ? { do: text(plan.do), command: plan.command === undefined ? null : codeFence(plan.command, COMMAND_LANGUAGE) }
    : null;
}

export function stepViews(phase: Phase): StepView[] {
  const activating = activatingStep(phase);
  return phase.steps.map((step, index) => {
    const rollback = rollbackOf(step);
    const irreversible = isMarkedIrreversible(step)
      ? {
          what: typeof step.irreversible === 'string' ? text(step.irreversible) : null,
          rollForward: forwardPlanView(rollForwardOf(step) ?? rollForwardOf(phase)),
        }
      : null;
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
      irreversible,
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
      percent: stage.of === undefined ? md`${numberText(stage.percent)}%` : (text(rampText(stage)) as string as CellMd),
      cohort: cell(stage.cohort),
    })),
  );
}

/** What cannot be undone in the phase, in order, each with how to roll it forward. */
export function forwardItems(phase: Phase): ForwardItem[] {
  return irreversibleParts(phase).map((part) => ({
    part: part.step
      ? md<TextMd>`Step ${numberText(part.step.index + 1)} ${code(part.step.id) as TextMd}`
      : ('The phase' as TextMd),
    what: part.what === undefined ? null : text(part.what.trim().replace(/[.\s]+$/, '')),
    do: part.rollForward ? text(part.rollForward.do) : null,
    command: part.rollForward?.command === undefined ? null : (code(part.rollForward.command) as InlineMd),
  }));
}

/** The steps last-first with how to undo each; steps without a rollback say so, irreversible ones say they cannot be. */
export function undoItems(phase: Phase): UndoItem[] {
  return undoSteps(phase).map((step) => {
    const none = step.irreversible
      ? ('Cannot be undone: roll it forward (above).' as TextMd)
      : ('No rollback given in the plan.' as TextMd);
    return {
      number: step.number,
      id: code(step.id),
      do: step.rollback ? text(step.rollback.do) : none,
      command: step.rollback?.command === undefined ? null : (code(step.rollback.command) as InlineMd),
    };
  });
}
