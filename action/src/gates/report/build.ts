// Everything a gate report shows, computed once: the evaluation, the per-day history and
// the charts. Pure; the renderers only format this.

import { type RollForwardStep, rollForwardPlans, type UndoStep, undoSteps } from '../../plan/reversibility.ts';
import type { Phase } from '../../plan/schema.ts';
import { buildCharts, type MetricChart } from '../chart.ts';
import { type EvaluatePhaseInput, evaluatePhase, phaseTransition } from '../evaluate-phase.ts';
import { buildHistory, type HistoryTable } from '../history.ts';
import { historyWindow } from '../history-window.ts';
import type { LessonGuard, PhaseEvaluation, Verdict } from '../model.ts';

/** What the plan says to do on a breach: undo the phase's steps (last first), or roll forward. Raw text. */
export type Remedy = { kind: 'roll-back'; steps: UndoStep[] } | { kind: 'roll-forward'; plans: RollForwardStep[] };

/** The plan's remedy for a ROLL BACK or ROLL FORWARD verdict in `phase`; undefined for other verdicts. */
export function remedyFor(phase: Phase, verdict: Verdict): Remedy | undefined {
  if (verdict === 'ROLL BACK') return { kind: 'roll-back', steps: undoSteps(phase) };
  if (verdict === 'ROLL FORWARD') return { kind: 'roll-forward', plans: rollForwardPlans(phase) };
  return undefined;
}

export interface GateReport {
  evaluation: PhaseEvaluation;
  history: HistoryTable;
  charts: MetricChart[];
  lessons: LessonGuard[];
  /** On ROLL BACK or ROLL FORWARD, the plan's steps for it in the phase being left. */
  remedy?: Remedy;
  /** Extra lines for readers, e.g. detection problems or "this PR edits the plan". */
  notes: string[];
  /**
   * Where repository paths (lesson files) link: `https://github.com/o/r/blob/<base sha>/`, so a
   * link works from a PR page. Without it (the terminal) they stay repository paths.
   */
  linkBase?: string;
}

export interface GateReportInput extends EvaluatePhaseInput {
  lessons?: readonly LessonGuard[];
  notes?: readonly string[];
}

export function buildGateReport(input: GateReportInput): GateReport {
  const evaluation = evaluatePhase(input);
  const { from } = phaseTransition(input.plan, input.target);
  const window = from ? historyWindow(from.bake, input.facts?.activatedAt, input.at) : undefined;
  const report: GateReport = {
    evaluation,
    history: buildHistory(input, evaluation),
    charts: buildCharts(evaluation, input.measurements ?? {}, window),
    lessons: [...(input.lessons ?? [])],
    notes: [...(input.notes ?? [])],
  };
  const remedy = from ? remedyFor(from, evaluation.verdict) : undefined;
  if (remedy) report.remedy = remedy;
  return report;
}
