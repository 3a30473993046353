// The whole answer for one promotion: into `target`, judged by the gates of the phase
// before it (the one being left), its bake, its checklist, and the freezes that cover
// the target's environment. Pure: the clock, the readings and the facts are inputs.
import { phaseResponse, rollForwardLines } from '../plan/reversibility.ts';
import type { Phase, RolloutPlan } from '../plan/schema.ts';
import { stageProgress } from '../plan/stages.ts';
import { didYouMeanSuffix } from '../plan/suggest.ts';
import { ExpectedError } from '../runtime/expected-error.ts';
import { evaluateBake } from './bake.ts';
import { evaluateChecklist, evaluateDependency, evaluateGate } from './evaluate-gate.ts';
import { evaluateFreezes } from './freeze.ts';
import { gateIds } from './gate-id.ts';
import type { GateResult, Measurements, PhaseEvaluation, PhaseFacts, PhaseRef, PullRequestFacts } from './model.ts';
import { evaluateRamp } from './ramp.ts';
import { decideVerdict } from './verdict.ts';

export interface EvaluatePhaseInput {
  /** The plan from the base branch, never the PR head. */
  plan: RolloutPlan;
  /** The id of the phase the PR promotes to. */
  target: string;
  at: Date;
  /** Facts about the phase being left. */
  facts?: PhaseFacts;
  pr?: PullRequestFacts;
  measurements?: Measurements;
  /** The label that lets a PR through a freeze with allowHotfix (default `hotfix`). */
  hotfixLabel?: string;
}

export class UnknownPhaseError extends ExpectedError {
  override name = 'UnknownPhaseError';
}

export interface PhaseTransition {
  from?: Phase;
  to: Phase;
  index: number;
}

/** The phase promoted to and the one being left, or an error naming the phases there are. */
export function phaseTransition(plan: RolloutPlan, target: string): PhaseTransition {
  const index = plan.phases.findIndex((p) => p.id === target);
  if (index < 0) {
    const ids = plan.phases.map((p) => p.id);
    throw new UnknownPhaseError(
      `plan ${plan.metadata.name} has no phase "${target}" (phases: ${ids.join(', ')})${didYouMeanSuffix(target, ids)}`,
    );
  }
  const to = plan.phases[index]!;
  return index > 0 ? { from: plan.phases[index - 1]!, to, index } : { to, index };
}

const ref = (phase: Phase, index: number): PhaseRef => ({
  id: phase.id,
  title: phase.title,
  environment: phase.environment,
  index,
});

/** When the bake of the phase being left started: at the end of its ramp when it has stages, else at its activation. */
function bakeStart(
  staged: { stages: NonNullable<Phase['stages']>; ticks: NonNullable<PhaseFacts['stages']> } | undefined,
  facts: PhaseFacts,
  at: Date,
): Date | undefined {
  if (!staged) return facts.activatedAt;
  const progress = stageProgress(staged.stages, staged.ticks, at);
  return progress.waiting === 'done' && progress.endsAt ? new Date(progress.endsAt) : undefined;
}

export function evaluatePhase(input: EvaluatePhaseInput): PhaseEvaluation {
  const { plan, at } = input;
  const facts = input.facts ?? {};
  const pr = input.pr ?? {};
  const { from, to, index } = phaseTransition(plan, input.target);
  const gates: GateResult[] = [];
  if (from) {
    const staged = from.stages?.length && facts.stages ? { stages: from.stages, ticks: facts.stages } : undefined;
    if (staged) gates.push(evaluateRamp(staged.stages, staged.ticks, at));
    if (from.bake !== undefined) gates.push(evaluateBake(from.bake, bakeStart(staged, facts, at), at, from.id));
    const ids = gateIds(from);
    const context = { plan, phase: from, at, facts, pr, measurements: input.measurements ?? {} };
    (from.gates ?? []).forEach((gate, i) => {
      gates.push(evaluateGate(gate, ids[i]!, context));
    });
    if (facts.checklist) gates.push(evaluateChecklist(facts.checklist));
  }
  for (const phase of to.dependsOn ?? []) {
    const state =
      facts.dependencies && Object.hasOwn(facts.dependencies, phase) ? facts.dependencies[phase] : undefined;
    gates.push(evaluateDependency(phase, state));
  }
  const freezeQuery = { at, environment: to.environment, labels: pr.labels ?? [] };
  const freezes = evaluateFreezes(
    plan.freezes,
    input.hotfixLabel ? { ...freezeQuery, hotfixLabel: input.hotfixLabel } : freezeQuery,
  );
  const response = from ? phaseResponse(plan, from) : 'roll-back';
  const rollForward = from ? rollForwardLines(from) : [];
  const { verdict, reasons } = decideVerdict(gates, freezes, { response, rollForward });
  const evaluation: PhaseEvaluation = {
    plan: { name: plan.metadata.name, title: plan.metadata.title, owners: [...plan.metadata.owners] },
    to: ref(to, index),
    at: at.toISOString(),
    verdict,
    reasons,
    gates,
    freezes,
  };
  if (from) {
    evaluation.from = ref(from, index - 1);
    evaluation.response = response;
    if (rollForward.length > 0) evaluation.rollForward = rollForward;
  }
  return evaluation;
}
